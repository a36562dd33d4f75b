// The plan of the bundled provinces as users see it, and planted errors reported once each with both locations.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseLock, renderPlan, serializeLock } from '../../modules/addressing/index.js';
import { planArtifacts } from '../../modules/cli/artifacts/plan.js';
import { evaluateDir, PORTS, runCli as run } from '../helpers.js';

const made: string[] = [];
async function copyOf(inventory: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-plan-'));
  made.push(dir);
  const target = join(dir, inventory.split('/').pop()!);
  await cp(inventory, target, { recursive: true });
  return target;
}
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('bundled provinces', () => {
  test.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s: the committed lock is up to date and the plan has no error', async (dir) => {
    const { code, stderr } = await run('plan', dir, '--frozen', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('the Quảng Ngãi plan (golden)', async () => {
    const evaluation = await evaluateDir('inventory/quang-ngai', { asOf: '2026-11-29' });
    const { plan } = evaluation;
    const judged = { plan, findings: evaluation.planFindings };
    await expect(renderPlan(judged, 'table', 'en', 'inventory/quang-ngai')).toMatchFileSnapshot('golden/quang-ngai.plan.txt');
    await expect(renderPlan(judged, 'csv', 'en', 'inventory/quang-ngai')).toMatchFileSnapshot('golden/quang-ngai.plan.csv');
    // Every zone, agency, cluster range and link has both families: the plan is dual-stack.
    const subjects = new Set(plan.allocations.map((a) => a.key.slice(0, a.key.lastIndexOf('/'))));
    for (const subject of subjects) {
      const families = plan.allocations.filter((a) => a.key.startsWith(`${subject}/`) && a.prefix).map((a) => a.family);
      expect([subject, families.sort()]).toEqual([subject, ['ipv4', 'ipv6']]);
    }
    const m = evaluation.model;
    const links = m.sites.reduce((n, s) => n + (s.pointToPointLinks?.length ?? 0), 0);
    expect(links).toBeGreaterThan(0);
    expect(subjects.size).toBe(m.zones.length + m.agencies.length + 2 * m.clusters.length + links);
  });

  test('documentation prefixes are warnings only: validate still exits 0', async () => {
    const { code, stdout } = await run('validate', 'inventory/quang-ngai', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { findings: { rule: string; severity: string; status: string }[] };
    const v608 = report.findings.filter((f) => f.rule === 'V6-08');
    expect(v608.length).toBeGreaterThan(0);
    expect(v608.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('hatang plan and the lock file', () => {
  test('a second run leaves the lock unchanged; adding an agency: plan shows the change, --write-lock adds only its own lines', async () => {
    const dir = await copyOf('inventory/quang-ngai');
    const lockPath = join(dir, 'addressing.lock.yaml');
    const before = await readFile(lockPath, 'utf8');
    expect((await run('plan', dir, '--write-lock')).code).toBe(0);
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    await writeFile(
      join(dir, 'extra.yaml'),
      [
        'apiVersion: hatang.vn/v1',
        'kind: Agency',
        'metadata:',
        '  name: so-moi',
        'spec:',
        '  name: Sở Mới',
        '  kind: department',
        '  code: "51-SMOI"',
        '  ipv4: { size: 26, pool: tslcd-v4 }',
        '  ipv6: { size: 56, pool: agencies-dept-v6 }',
        '',
      ].join('\n'),
    );
    const frozen = await run('plan', dir, '--frozen', '--lang', 'en');
    expect(frozen.code).toBe(1);
    expect(frozen.stderr).toContain('is out of date with the inventory (--frozen)');
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    // Without --write-lock, plan shows what would change in the lock and writes nothing.
    const shown = await run('plan', dir, '--lang', 'en');
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain(`${lockPath} would change; nothing written. Run again with --write-lock`);
    expect(shown.stderr).toContain('  + agencies/so-moi/ipv4 10.151.4.64/26 (pool tslcd-v4)');
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    expect((await run('plan', dir, '--write-lock')).code).toBe(0);
    const after = await readFile(lockPath, 'utf8');
    const removed = before.split('\n').filter((l) => !after.split('\n').includes(l));
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  agencies/so-moi/ipv4: { pool: tslcd-v4, size: 26, prefix: "10.151.4.64/26" }',
      '  agencies/so-moi/ipv6: { pool: agencies-dept-v6, size: 56, prefix: "2001:db8:5148:200::/56" }',
    ]);
  });

  test('a lock from another province or with a broken entry is refused with its location, exit 2', async () => {
    const dir = await copyOf('inventory/lang-son');
    const lockPath = join(dir, 'addressing.lock.yaml');
    const lock = parseLock(await readFile(lockPath, 'utf8')).lock!;
    await writeFile(lockPath, serializeLock({ ...lock, province: 'quang-ngai' }));
    const other = await run('plan', dir, '--lang', 'en');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`${lockPath}:1:1: error [lock-file]: The lock file belongs to province "quang-ngai", not "lang-son".`);
    await writeFile(lockPath, serializeLock(lock).replace('10.120.3.0/27', '10.120.3.1/27'));
    const broken = await run('plan', dir, '--lang', 'en');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/addressing\.lock\.yaml:9:3: error \[lock-file\]: Lock entry "agencies\/ubnd-xa-huu-lien\/ipv4" is not valid/);
  });

  test('--diff against another folder lists added, removed and changed prefixes and flows', async () => {
    const dir = await copyOf('inventory/quang-ngai');
    const zones = join(dir, 'zones.yaml');
    await writeFile(zones, (await readFile(zones, 'utf8')).replace('10.51.10.0/24, gateway: 10.51.10.1', '10.51.11.0/24, gateway: 10.51.11.1'));
    const flows = join(dir, 'flows.yaml');
    await writeFile(flows, (await readFile(flows, 'utf8')).replace('ports: [tcp/443, tcp/80]', 'ports: [tcp/443]'));
    const { code, stdout } = await run('plan', dir, '--diff', 'inventory/quang-ngai', '--lang', 'en', '--format', 'json');
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as { prefixes: { changed: unknown[]; added: unknown[]; removed: unknown[] }; flows: unknown };
    expect(diff.prefixes).toEqual({ added: [], removed: [], changed: [{ key: 'zones/qn-dc-dmz/ipv4', before: '10.51.10.0/24', after: '10.51.11.0/24' }] });
    expect(diff.flows).toEqual({ added: [], removed: [], changed: ['internet-to-dmz-cong-ttdt'] });
    const table = await run('plan', dir, '--diff', 'inventory/quang-ngai', '--lang', 'en');
    expect(table.stdout).toBe(
      [
        `Plan diff: inventory/quang-ngai → ${dir}`,
        '~ zones/qn-dc-dmz/ipv4 10.51.10.0/24 → 10.51.11.0/24',
        '~ flows/internet-to-dmz-cong-ttdt',
        '1 prefix and 1 flow changed.',
        '',
      ].join('\n'),
    );
  });

  test('--diff against a git revision reads the inventory as committed', async () => {
    const { code, stdout } = await run('plan', 'inventory/quang-ngai', '--diff', 'HEAD', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Plan diff: HEAD → inventory\/quang-ngai\n/);
    const bad = await run('plan', 'inventory/quang-ngai', '--diff', 'no-such-ref-xyz', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-ref-xyz" is neither a folder nor a readable git revision');
  });

  test('an invalid inventory or command line exits 2 with a located message', async () => {
    const bad = await run('plan', 'test/fixtures/bad/yaml-syntax', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/test\/fixtures\/bad\/yaml-syntax\/[^:]+\.yaml:\d+:\d+: error \[yaml-syntax\]/);
    const date = await run('plan', 'inventory/lang-son', '--as-of', '2026-13', '--lang', 'en');
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('hatang: --as-of "2026-13" is not a date of the form YYYY-MM-DD.\n');
  });

  test('csv output is one row per prefix with a header', async () => {
    const { code, stdout } = await run('plan', 'inventory/lang-son', '--format', 'csv', '--no-write');
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('key,target,role,family,prefix,origin,size,pool,routingDomain,site,vlan,hosts,gateway');
    expect(rows).toContain('agencies/ubnd-xa-huu-lien/ipv4,agencies/ubnd-xa-huu-lien,network,ipv4,10.120.3.0/27,locked,27,tslcd-wan,tslcd,ls-thdl,,20,');
  });
});

describe('hatang build', () => {
  // The producer `hatang build` runs (the whole build also renders reports; this keeps the test fast).
  test('the plan artefacts: addressing/plan.json and plan.csv, byte-identical on a second run, planned with the lock', async () => {
    const path = 'inventory/quang-ngai';
    // `hatang build` hands its producers the evaluation its checks made (with the committed lock)
    const evaluation = await evaluateDir(path);
    const input = { evaluation, findings: evaluation.findings, lang: 'en' as const, pdf: false, version: '0.0.0', ports: PORTS };
    const first = await planArtifacts(input);
    const second = await planArtifacts(input);
    expect(first.map((a) => a.path)).toEqual(['addressing/plan.json', 'addressing/plan.csv']);
    expect(second).toEqual(first);
    const doc = JSON.parse(String(first[0]!.content)) as { version: number; lock: { changed: boolean }; allocations: { key: string; origin: string }[] };
    expect(doc.version).toBe(1);
    expect(doc.lock.changed).toBe(false);
    expect(doc.allocations.find((a) => a.key === 'agencies/xa-ngoc-linh/ipv6')).toMatchObject({ origin: 'locked', prefix: '2001:db8:5150::/56' });
  });
});
