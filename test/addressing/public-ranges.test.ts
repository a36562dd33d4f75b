// `hatang plan` shows every public range with its registration for monitoring: the status in words, the body, the
// document and its date (dd/mm/yyyy in Vietnamese); the JSON carries the registration as written.
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPlan } from '../../modules/addressing/index.js';
import { loadInventory, type AddressPool, type Model } from '../../modules/model/index.js';
import { evaluateModel } from '../helpers.js';

const CENTRE = 'Trung tâm Giám sát an toàn không gian mạng quốc gia';

let base: Model;
beforeAll(async () => {
  const loaded = await loadInventory('test/baseline/base');
  if (!loaded.model) throw new Error('fixture does not load');
  base = loaded.model;
});

/** The base model with its public pools given these registrations (undefined: none written). */
function withRegistrations(registrations: Record<string, AddressPool['registration']>): Model {
  const pools = base.province.addressPools.map((p) => {
    if (!(p.name in registrations)) return p;
    const { registration: _none, ...rest } = p;
    const r = registrations[p.name];
    return r ? { ...rest, registration: r } : rest;
  });
  return { ...base, province: { ...base.province, addressPools: pools } };
}

function planText(model: Model, lang: 'vi' | 'en'): string {
  const evaluation = evaluateModel(model, { asOf: '2026-11-29' });
  return renderPlan({ plan: evaluation.plan, findings: evaluation.planFindings }, 'table', lang, 'test/baseline/base');
}

/** The rows of the public-range table, from its header to the next blank line. */
function publicSection(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, text).toBeGreaterThan(-1);
  const end = lines.indexOf('', start);
  return lines.slice(start + 3, end);
}

describe('public ranges in the address plan', () => {
  const model = () =>
    withRegistrations({
      'public-v4': { status: 'registered', with: CENTRE, reference: 'Công văn số 123/TTGSANM', date: '2025-03-04' },
      'public-v6': { status: 'pending', with: CENTRE },
    });

  test('Vietnamese: status in words, with whom, the document and its date dd/mm/yyyy', () => {
    const rows = publicSection(planText(model(), 'vi'), 'Dải địa chỉ công khai: đăng ký với cơ quan giám sát');
    expect(rows).toHaveLength(2);
    const [v4, v6] = rows;
    expect(v4).toMatch(
      /^public-v4\s+203\.0\.113\.0\/24\s+đã đăng ký\s+Trung tâm Giám sát an toàn không gian mạng quốc gia\s+Công văn số 123\/TTGSANM\s+04\/03\/2025$/,
    );
    expect(v6).toMatch(/^public-v6\s+2001:db8:5e::\/48\s+đã gửi đăng ký, chờ xác nhận\s+Trung tâm Giám sát/);
    expect(v6).toMatch(/—\s+—$/);
    for (const row of rows) expect(row).not.toMatch(/\b(registered|pending|not-registered)\b|2025-03-04/);
  });

  test('English, and a public pool that says nothing or is not registered', () => {
    const text = planText(
      withRegistrations({ 'public-v4': undefined, 'public-v6': { status: 'not-registered', with: 'VNCERT/CC', reference: 'Đơn\nsố 9' } }),
      'en',
    );
    const [v4, v6] = publicSection(text, 'Public ranges: registration for monitoring');
    expect(v4).toMatch(/^public-v4\s+203\.0\.113\.0\/24\s+not declared\s+—\s+—\s+—$/);
    // Inventory text stays on its row.
    expect(v6).toMatch(/^public-v6\s+2001:db8:5e::\/48\s+not registered\s+VNCERT\/CC\s+Đơn số 9\s+—$/);
  });

  test('no public pool, no section; the JSON carries the registration as written', () => {
    const noPublic = { ...base, province: { ...base.province, addressPools: base.province.addressPools.filter((p) => p.purpose !== 'public') } };
    expect(planText(noPublic, 'vi')).not.toContain('Dải địa chỉ công khai');
    const evaluation = evaluateModel(model(), { asOf: '2026-11-29' });
    const json = JSON.parse(renderPlan({ plan: evaluation.plan, findings: evaluation.planFindings }, 'json', 'en', 'x')) as {
      pools: { name: string; registration?: unknown }[];
    };
    expect(json.pools.find((p) => p.name === 'public-v4')?.registration).toEqual({
      status: 'registered',
      with: CENTRE,
      reference: 'Công văn số 123/TTGSANM',
      date: '2025-03-04',
    });
    expect(json.pools.find((p) => p.name === 'dc-v4')).not.toHaveProperty('registration');
  });
});
