import { describe, expect, test } from 'vitest';
import { loadFiles, loadInventory } from '../../modules/model/index.js';

describe('loading the minimal inventory', async () => {
  const result = await loadInventory('test/fixtures/minimal');
  const model = result.model!;

  test('loads without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(model.province).toMatchObject({ name: 'mau', code: '51', tiers: 2, title: 'Tỉnh Mẫu' });
  });

  test('normalises address specs, durations and ports', () => {
    const dmz = model.zones.find((z) => z.name === 'dc-dmz')!;
    expect(dmz.ipv4).toEqual({ prefix: '10.51.10.0/24', gateway: '10.51.10.1' });
    expect(dmz.ipv6).toEqual({ prefix: '2001:db8:51:10::/64' });
    expect(model.zones.find((z) => z.name === 'dc-app')!.ipv6).toEqual({ size: 64, pool: 'dc-v6' });
    expect(model.systems[0]).toMatchObject({ rpoMinutes: 240, rtoMinutes: 480, citizenFacing: false });
    expect(model.flows[0]!.ports).toEqual([{ protocol: 'tcp', from: 443, to: 443 }]);
    expect(model.flows[0]!.from).toEqual({ type: 'external', external: 'internet' });
  });

  test('keeps where each entity came from', () => {
    const app = model.zones.find((z) => z.name === 'dc-app')!;
    expect(app.source).toEqual({ file: 'test/fixtures/minimal/inventory.yaml', line: 44, column: 1, document: 3 });
    expect(result.locate(app.source, ['spec', 'vlan'])).toEqual({ file: 'test/fixtures/minimal/inventory.yaml', line: 51, column: 9 });
    expect(result.locate(app.source, ['spec', 'vlan'], 'key')).toEqual({ file: 'test/fixtures/minimal/inventory.yaml', line: 51, column: 3 });
  });

  test('sorts entities by name whatever the file order', () => {
    expect(model.zones.map((z) => z.name)).toEqual(['dc-app', 'dc-dmz']);
  });
});

describe('loadFiles', () => {
  const province = `apiVersion: hatang.vn/v1\nkind: Province\nmetadata: { name: p }\nspec: { code: "20", name: Lạng Sơn, tiers: 3 }\n`;

  test('the same files give the same hash; another content another hash', () => {
    const a = loadFiles('x', [{ path: 'x/p.yaml', text: province }]);
    const b = loadFiles('y', [{ path: 'y/p.yaml', text: province }]);
    const c = loadFiles('x', [{ path: 'x/p.yaml', text: province.replace('"20"', '"22"') }]);
    expect(a.model!.hash).toBe(b.model!.hash);
    expect(a.model!.hash).not.toBe(c.model!.hash);
  });

  test('documents that only hold comments are skipped', () => {
    const result = loadFiles('x', [{ path: 'x/p.yaml', text: `# header\n---\n${province}---\n# trailing\n` }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.province.code).toBe('20');
  });

  test('two provinces in one folder are refused', () => {
    const result = loadFiles('x', [
      { path: 'x/a.yaml', text: province },
      { path: 'x/b.yaml', text: province.replace('name: p }', 'name: q }') },
    ]);
    expect(result.diagnostics.map((d) => `${d.location?.file}:${d.location?.line} ${d.code} ${d.message.en}`)).toEqual([
      'x/b.yaml:1 province-count An inventory holds exactly one Province; "p" is already at x/a.yaml:1:1. Use one folder per province.',
    ]);
  });

  test('a cycle of parent agencies is reported once', () => {
    const agency = (name: string, parent: string) =>
      `---\napiVersion: hatang.vn/v1\nkind: Agency\nmetadata: { name: ${name} }\nspec: { name: ${name}, kind: district, parent: ${parent} }\n`;
    const result = loadFiles('x', [{ path: 'x/p.yaml', text: province + agency('a', 'b') + agency('b', 'c') + agency('c', 'a') }]);
    expect(result.diagnostics.map((d) => d.message.en)).toEqual(['Parent links form a cycle: a → b → c → a.']);
  });

  test('references to a document the schema rejected are not reported twice', () => {
    const zone = `---\napiVersion: hatang.vn/v1\nkind: Zone\nmetadata: { name: z }\nspec: { site: s, kind: dmz, ipv4: 10.0.0.0/24, vlan: bad }\n`;
    const site = `---\napiVersion: hatang.vn/v1\nkind: Site\nmetadata: { name: s }\nspec: { name: S, role: primary }\n`;
    const flow = `---\napiVersion: hatang.vn/v1\nkind: Flow\nmetadata: { name: f }\nspec: { from: { external: internet }, to: { zone: z }, ports: [tcp/443], purpose: x }\n`;
    const result = loadFiles('x', [{ path: 'x/p.yaml', text: province + site + zone + flow }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['wrong-type']);
  });
});
