// The bundled provinces are what a new user runs first: they must load cleanly and show what the format can say.
import { describe, expect, test } from 'vitest';
import { main } from '../../modules/cli/index.js';
import { loadInventory, ZONE_KINDS } from '../../modules/model/index.js';

async function validate(dir: string) {
  let stdout = '';
  const code = await main(['validate', dir, '--format', 'json'], { stdout: (s) => void (stdout += s), stderr: () => {} });
  return { code, report: JSON.parse(stdout) as { diagnostics: unknown[] } };
}

// Quảng Ngãi passes the security baseline (its intended gaps carry waivers); Lạng Sơn's legacy 2020 layout fails
// it on purpose (single firewall, no SIEM, no WAF…), so validate exits 1 there.
describe.each([
  { dir: 'inventory/quang-ngai', exit: 0 },
  { dir: 'inventory/lang-son', exit: 1 },
])('$dir', ({ dir, exit }) => {
  test(`hatang validate exits ${exit} with no diagnostics`, async () => {
    const { code, report } = await validate(dir);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(exit);
  });
});

describe('Quảng Ngãi, the default inventory', async () => {
  const { model } = await loadInventory('inventory/quang-ngai');
  if (!model) throw new Error('inventory/quang-ngai does not load');

  test('is the post-2025 two-tier province 51 that absorbed Kon Tum', () => {
    expect(model.province).toMatchObject({ code: '51', tiers: 2 });
    expect(model.province.formerUnits.map((u) => u.code)).toContain('62');
  });

  test('has a primary data centre and a DR site for it', () => {
    const primary = model.sites.filter((s) => s.role === 'primary');
    expect(primary).toHaveLength(1);
    expect(model.sites.filter((s) => s.role === 'dr' && s.drFor === primary[0]!.name)).toHaveLength(1);
  });

  test('uses every zone kind', () => {
    expect(new Set(model.zones.map((z) => z.zoneKind))).toEqual(new Set(ZONE_KINDS));
  });

  test('has at least two clusters, ten systems at levels 1 to 4 and thirty agencies', () => {
    expect(model.clusters.length).toBeGreaterThanOrEqual(2);
    expect(model.systems.length).toBeGreaterThanOrEqual(10);
    for (const system of model.systems) expect(system.level).toBeLessThanOrEqual(4);
    expect(new Set(model.systems.map((s) => s.level)).size).toBeGreaterThanOrEqual(3);
    expect(model.agencies.length).toBeGreaterThanOrEqual(30);
  });

  test('communes and wards carry five-digit official codes (QĐ 19/2025)', () => {
    for (const agency of model.agencies.filter((a) => a.agencyKind === 'commune' || a.agencyKind === 'ward')) {
      expect(agency.code).toMatch(/^\d{5}$/);
    }
  });
});

describe('Lạng Sơn, the legacy three-tier inventory', async () => {
  const { model } = await loadInventory('inventory/lang-son');
  if (!model) throw new Error('inventory/lang-son does not load');

  test('is three-tier, with districts and communes under them', () => {
    expect(model.province.tiers).toBe(3);
    const districts = model.agencies.filter((a) => a.agencyKind === 'district');
    expect(districts.length).toBeGreaterThan(0);
    const districtNames = new Set(districts.map((d) => d.name));
    const communes = model.agencies.filter((a) => a.agencyKind === 'commune');
    expect(communes.length).toBeGreaterThan(0);
    for (const commune of communes) expect(districtNames.has(commune.parent ?? '')).toBe(true);
  });
});
