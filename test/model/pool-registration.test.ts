// `registration` on an address pool: read into the model on a public pool, refused on any other pool.
import { describe, expect, test } from 'vitest';
import { loadFiles } from '../../modules/model/index.js';

const province = (pool: string) =>
  `apiVersion: hatang.vn/v1\nkind: Province\nmetadata: { name: p }\nspec:\n  code: "20"\n  name: Lạng Sơn\n  tiers: 2\n  addressPools:\n    - ${pool}\n`;
const REG = '{ status: pending, with: Trung tâm Giám sát an toàn không gian mạng quốc gia, reference: Văn bản số 1, date: "2026-10-01" }';

describe('address pool registration', () => {
  test('a public pool keeps its registration', () => {
    const pool = `{ name: pub, family: ipv4, prefix: 198.51.100.0/24, purpose: public, routingDomain: internet, source: isp, registration: ${REG} }`;
    const result = loadFiles('x', [{ path: 'x/p.yaml', text: province(pool) }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.model!.province.addressPools[0]!.registration).toEqual({
      status: 'pending',
      with: 'Trung tâm Giám sát an toàn không gian mạng quốc gia',
      reference: 'Văn bản số 1',
      date: '2026-10-01',
    });
  });

  test('any other pool with a registration is an invalid value at that field', () => {
    const pool = `{ name: dc, family: ipv4, prefix: 10.20.0.0/16, purpose: datacenter, routingDomain: dc, source: rfc1918, registration: ${REG} }`;
    const result = loadFiles('x', [{ path: 'x/p.yaml', text: province(pool) }]);
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.message.en])).toEqual([
      [
        'invalid-value',
        '/spec/addressPools/0/registration',
        'Pool "dc" is not a public pool; only a pool of purpose public has a registration with the national monitoring centre.',
      ],
    ]);
  });

  test('status and with are required; a status outside the list is refused', () => {
    const pool = `{ name: pub, family: ipv4, prefix: 198.51.100.0/24, purpose: public, routingDomain: internet, source: isp, registration: { status: done } }`;
    const found = loadFiles('x', [{ path: 'x/p.yaml', text: province(pool) }]).diagnostics.map((d) => `${d.code} ${d.pointer}`);
    expect(found).toEqual(['missing-field /spec/addressPools/0/registration/with', 'invalid-value /spec/addressPools/0/registration/status']);
  });
});
