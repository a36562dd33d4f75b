// Planted address-plan errors are each reported once, located, overlaps with both sides' locations; exit 1.
import { describe, expect, test } from 'vitest';
import { planAddresses } from '../../modules/addressing/index.js';
import type { AddressPool, Model } from '../../modules/model/index.js';
import { evaluateModel, runCli as run } from '../helpers.js';

const FILE = 'test/fixtures/addressing/planted/inventory.yaml';

describe('planted errors', () => {
  test('each planted error is reported once, at its line, and validate exits 1', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/addressing/planted', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      findings: { rule: string; severity: string; target: string; location: { file: string; line: number }; message: { en: string } }[];
    };
    const errors = report.findings.filter((f) => f.severity === 'error' && /^(ADDR|V6|AU)-/.test(f.rule));
    expect(errors.map((f) => [f.rule, f.target, f.location.line])).toEqual([
      ['ADDR-POOL-02', 'agencies/so-mau', 123], // a department's IPv4 in the data-centre pool
      ['AU-02', 'agencies/xa-mau', 111], // commune code of 4 digits
      ['ADDR-POOL-02', 'clusters/k8s', 102], // service CIDR in the data-centre pool…
      ['V6-09', 'province', 16], // ULA with Global ID 0
      ['V6-12', 'province', 15], // TSLCD pool not from Cục BĐTW
      ['ADDR-OVERLAP-01', 'zones/dc-app', 56], // 10.51.10.128/25 inside dc-dmz's /24
      ['V6-01', 'zones/dc-app', 57], // a LAN of /56
      ['ADDR-GW-01', 'zones/dc-db', 67], // gateway = network address
      ['ADDR-K8S-01', 'zones/dc-db', 67], // …and equal to a zone's prefix
      ['ADDR-SIZE-01', 'zones/dc-db', 67], // 20 hosts in a /28
      ['ADDR-VLAN-01', 'zones/dc-dmz', 44], // VLAN 110 twice at dc-chinh
      ['ADDR-POOL-01', 'zones/dc-lab', 90], // outside every pool…
      ['ADDR-SPECIAL-01', 'zones/dc-lab', 90], // …and link-local
      ['ADDR-DR-01', 'zones/dr-dmz', 79], // DR zone inside the primary's DMZ…
      ['ADDR-POOL-02', 'zones/dr-dmz', 79], // …so in the primary's pool
    ]);
    const both = (rule: string) => errors.find((f) => f.rule === rule)!.message.en;
    expect(both('ADDR-OVERLAP-01')).toBe(
      `zones/dc-dmz/ipv4 (10.51.10.0/24, ${FILE}:45:9) contains zones/dc-app/ipv4 (10.51.10.128/25, ${FILE}:56:9) in routing domain "dc-internal"; prefixes must be unique within a routing domain.`,
    );
    expect(both('ADDR-K8S-01')).toContain(
      `clusters/k8s/serviceCidrs/ipv4 (10.51.30.0/28, ${FILE}:102:25) is the same as zones/dc-db/ipv4 (10.51.30.0/28, ${FILE}:67:9)`,
    );
    expect(both('ADDR-DR-01')).toContain(`zones/dc-dmz/ipv4 (10.51.10.0/24, ${FILE}:45:9) contains zones/dr-dmz/ipv4 (10.51.10.0/26, ${FILE}:79:9)`);
    expect(both('ADDR-VLAN-01')).toBe(`VLAN 110 of zone dc-dmz (${FILE}:44:9) is already used by zone dc-app (${FILE}:55:9) at site dc-chinh.`);
  });

  test('plan prints the same findings and exits 1', async () => {
    const { code, stdout } = await run('plan', 'test/fixtures/addressing/planted', '--no-write', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain(`${FILE}:56:9: error ADDR-OVERLAP-01 [zones/dc-app]: zones/dc-dmz/ipv4 (10.51.10.0/24, ${FILE}:45:9) contains`);
    // The agency-code error (AU-02) is a model rule: `plan` shows the address rules only.
    expect(stdout).toMatch(/\n\d+ prefixes, 14 errors, \d+ warnings\.\n$/);
  });
});

const source = { file: 'p.yaml', line: 1, column: 1, document: 0 };
function withPools(pools: AddressPool[], zoneV6?: string): Model {
  return {
    root: 'p',
    hash: 'sha256:0',
    files: ['p.yaml'],
    province: { kind: 'Province', name: 'p', labels: {}, source, code: '51', title: 'P', tiers: 2, formerUnits: [], addressPools: pools },
    sites: [{ kind: 'Site', name: 's', labels: {}, source, title: 'S', role: 'primary', internetUplinks: [] }],
    zones: zoneV6 ? [{ kind: 'Zone', name: 'z', labels: {}, source, site: 's', zoneKind: 'dmz', ipv6: { prefix: zoneV6 } }] : [],
    flows: [],
    devices: [],
    clusters: [],
    systems: [],
    agencies: [],
    waivers: [],
  };
}
const pool = (name: string, prefix: string, extra: Partial<AddressPool> = {}): AddressPool => ({
  name,
  family: prefix.includes(':') ? 'ipv6' : 'ipv4',
  prefix,
  purpose: 'datacenter',
  routingDomain: 'dc-internal',
  source: 'vnnic',
  ...extra,
});
const rules = (m: Model, asOf?: string) => evaluateModel(m, asOf ? { asOf } : {}).planFindings.map((f) => `${f.rule} ${f.severity} ${f.target}`);

describe('IPv6 and special-range rules', () => {
  test.each([
    { name: 'documentation prefix in a plan is a warning (V6-08)', pools: [pool('a', '2001:db8:1::/48')], expected: ['V6-08 warning province'] },
    { name: 'outside 2000::/3 and not ULA is an error (V6-08)', pools: [pool('a', '4000::/48')], expected: ['V6-08 error province'] },
    { name: 'nibble boundary (V6-06)', pools: [pool('a', '2400:1::/46')], expected: ['V6-06 warning province'] },
    { name: 'fc00::/8 ULA is refused (V6-09)', pools: [pool('a', 'fc12:3456:789a::/48', { source: 'ula' })], expected: ['V6-09 error province'] },
    { name: 'ULA shorter than /48 (V6-09)', pools: [pool('a', 'fd12:3400::/40', { source: 'ula' })], expected: ['V6-09 error province'] },
    {
      name: 'ULA towards the Internet (V6-10)',
      pools: [
        pool('a', 'fd12:3456:789a::/48', {
          source: 'ula',
          routingDomain: 'internet',
          purpose: 'public',
          registration: { status: 'registered', with: 'Trung tâm Giám sát an toàn không gian mạng quốc gia' },
        }),
      ],
      expected: ['V6-10 error province'],
    },
    { name: 'a good ULA pool passes', pools: [pool('a', 'fd12:3456:789a::/48', { source: 'ula' })], expected: [] },
    { name: 'multicast pool (special range)', pools: [pool('a', '239.1.0.0/16')], expected: ['ADDR-SPECIAL-01 error province'] },
    { name: 'CGN space is a warning', pools: [pool('a', '100.64.0.0/16')], expected: ['ADDR-SPECIAL-01 warning province'] },
    {
      name: 'two pools with one prefix in one routing domain',
      pools: [pool('a', '10.0.0.0/16'), pool('b', '10.0.0.0/16')],
      expected: ['ADDR-POOL-03 error province'],
    },
    {
      name: 'the same prefix in two routing domains is allowed',
      pools: [pool('a', '10.0.0.0/16'), pool('b', '10.0.0.0/16', { routingDomain: 'tslcd', source: 'cuc-bdtw', lastReviewed: '2026-01-01' })],
      expected: [],
    },
  ])('$name', ({ pools, expected }) => {
    expect(rules(withPools(pools))).toEqual(expected);
  });

  test('TSLCD pools are reviewed yearly (V6-12), measured at the as-of date', () => {
    const m = withPools([pool('t', '10.0.0.0/16', { routingDomain: 'tslcd', purpose: 'tslcd-wan', source: 'cuc-bdtw', lastReviewed: '2025-11-30' })]);
    expect(rules(m, '2026-11-29')).toEqual([]);
    expect(rules(m, '2026-12-30')).toEqual(['V6-12 warning province']);
  });

  test('a zone LAN other than /64 (V6-01), and the /0 and /128 extremes', () => {
    expect(rules(withPools([pool('a', '2400::/32')], '2400::/64'))).toEqual([]);
    expect(rules(withPools([pool('a', '2400::/32')], '2400::/128'))).toEqual(['V6-01 error zones/z']);
    expect(rules(withPools([pool('a', '2400::/32')], '::/0'))).toEqual([
      'ADDR-POOL-01 error zones/z',
      'ADDR-SPECIAL-01 error zones/z',
      'ADDR-SPECIAL-01 error zones/z',
      'ADDR-SPECIAL-01 error zones/z',
      'ADDR-SPECIAL-01 error zones/z',
      'ADDR-SPECIAL-01 error zones/z',
      'V6-01 error zones/z',
    ]);
  });
});

describe('point-to-point links', () => {
  const site = (_links: { name: string; ipv4?: unknown; ipv6?: unknown }[]) =>
    ({
      ...withPools([pool('p2p-v4', '10.53.16.0/30', { purpose: 'p2p-links' }), pool('p2p-v6', '2400:db8:510e::/60', { purpose: 'p2p-links' })]),
    }) as Model & { sites: unknown[] };
  const withLinks = (links: object[]): Model => {
    const m = site([]);
    return { ...m, sites: [{ ...m.sites[0]!, pointToPointLinks: links }] } as Model;
  };

  test('requested /127s each keep a /64 and use its ::2/127; /31s are packed', () => {
    const req = { ipv4: { size: 31, pool: 'p2p-v4' }, ipv6: { size: 127, pool: 'p2p-v6' } };
    const m3 = withLinks([
      { name: 'a', ...req },
      { name: 'b', ...req },
      { name: 'c', ...req },
    ]);
    const plan = planAddresses(m3);
    expect(Object.fromEntries(plan.allocations.map((a) => [a.key, a.prefix]))).toEqual({
      'sites/s/pointToPointLinks/a/ipv4': '10.53.16.0/31',
      'sites/s/pointToPointLinks/a/ipv6': '2400:db8:510e::2/127',
      'sites/s/pointToPointLinks/b/ipv4': '10.53.16.2/31',
      'sites/s/pointToPointLinks/b/ipv6': '2400:db8:510e:1::2/127',
      'sites/s/pointToPointLinks/c/ipv4': undefined,
      'sites/s/pointToPointLinks/c/ipv6': '2400:db8:510e:2::2/127',
    });
    expect(evaluateModel(m3).planFindings.map((f) => `${f.rule} ${f.target}`)).toEqual(['ADDR-ALLOC-01 sites/s']);
    // the reserved /64s count as used
    expect(plan.pools.find((p) => p.name === 'p2p-v6')).toMatchObject({ used: String(3n << 64n), children: 3 });
  });

  test('a locked /127 keeps its whole /64 from later requests', () => {
    const req = { ipv6: { size: 127, pool: 'p2p-v6' } };
    const first = planAddresses(withLinks([{ name: 'b', ...req }]));
    const second = planAddresses(
      withLinks([
        { name: 'a', ...req },
        { name: 'b', ...req },
      ]),
      first.lock,
    );
    expect(Object.fromEntries(second.allocations.map((a) => [a.key, a.prefix]))).toEqual({
      'sites/s/pointToPointLinks/a/ipv6': '2400:db8:510e:1::2/127',
      'sites/s/pointToPointLinks/b/ipv6': '2400:db8:510e::2/127',
    });
  });

  test.each([
    { name: 'IID ::0 (Subnet-Router anycast) is refused (V6-03)', links: [{ name: 'a', ipv6: { prefix: '2400:db8:510e::/127' } }], expected: ['V6-03 error'] },
    {
      name: 'reserved anycast IIDs are refused (V6-03)',
      links: [{ name: 'a', ipv6: { prefix: '2400:db8:510e:0:ffff:ffff:ffff:fffe/127' } }],
      expected: ['V6-03 error'],
    },
    {
      name: 'two /127s in one /64 (V6-02 warning)',
      links: [
        { name: 'a', ipv6: { prefix: '2400:db8:510e::2/127' } },
        { name: 'b', ipv6: { prefix: '2400:db8:510e::4/127' } },
      ],
      expected: ['V6-02 warning'],
    },
    { name: 'a /126 link (V6-02 error)', links: [{ name: 'a', ipv6: { prefix: '2400:db8:510e::4/126' } }], expected: ['V6-02 error'] },
    { name: 'a /29 link (ADDR-LINK-01)', links: [{ name: 'a', ipv4: { prefix: '10.53.16.0/29' } }], expected: ['ADDR-LINK-01 error'] },
    { name: 'a /64 link and a /31 pass', links: [{ name: 'a', ipv4: { prefix: '10.53.16.2/31' }, ipv6: { prefix: '2400:db8:510e:3::/64' } }], expected: [] },
  ])('$name', ({ links, expected }) => {
    const findings = evaluateModel(withLinks(links)).planFindings.filter((f) => f.rule !== 'ADDR-POOL-01');
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(expected);
  });
});
