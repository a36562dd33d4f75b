// The allocator's promises: no overlap, inside the pool, deterministic, and stable when requests come and go.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AddressLock, AddressPlan } from '../../modules/addressing/index.js';
import type { Finding } from '../../modules/model/index.js';
import { evaluateModel } from '../helpers.js';
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../../modules/net/index.js';
import type { Agency, AddressPool, Model } from '../../modules/model/index.js';

/** The plan of a model as an evaluation makes it, with the plan rules' findings. */
function planOf(m: Model, lock?: AddressLock, options: { release?: boolean } = {}): AddressPlan & { findings: readonly Finding[] } {
  const evaluation = evaluateModel(m, {}, { ...(lock ? { lock } : {}), ...options });
  return { ...evaluation.plan, findings: evaluation.planFindings };
}

const source = { file: 'synthetic.yaml', line: 1, column: 1, document: 0 };

function model(pools: AddressPool[], agencies: { name: string; v4?: number; v6?: number; fixed4?: string }[]): Model {
  return {
    root: 'synthetic',
    hash: 'sha256:0',
    files: ['synthetic.yaml'],
    province: { kind: 'Province', name: 'p', labels: {}, source, code: '51', title: 'P', tiers: 2, formerUnits: [], addressPools: pools },
    sites: [],
    zones: [],
    flows: [],
    devices: [],
    clusters: [],
    systems: [],
    waivers: [],
    agencies: agencies
      .map((a): Agency => ({
        kind: 'Agency',
        name: a.name,
        labels: {},
        source,
        title: a.name,
        agencyKind: 'department',
        code: `51-${a.name}`,
        formerCodes: [],
        ...(a.fixed4 ? { ipv4: { prefix: a.fixed4 } } : a.v4 !== undefined ? { ipv4: { size: a.v4, pool: 'v4' } } : {}),
        ...(a.v6 !== undefined ? { ipv6: { size: a.v6, pool: 'v6' } } : {}),
      }))
      .sort((x, y) => (x.name < y.name ? -1 : 1)),
  };
}

const pools = (v4 = '10.151.0.0/22', v6 = '2001:db8:5140::/44'): AddressPool[] => [
  { name: 'v4', family: 'ipv4', prefix: v4, purpose: 'tslcd-wan', routingDomain: 'tslcd', source: 'cuc-bdtw', lastReviewed: '2026-01-01' },
  { name: 'v6', family: 'ipv6', prefix: v6, purpose: 'agencies', routingDomain: 'tslcd', source: 'cuc-bdtw', lastReviewed: '2026-01-01' },
];

const parsed = (plan: AddressPlan) =>
  plan.allocations.filter((a) => a.prefix).map((a) => ({ key: a.key, p: (parsePrefixStrict(a.prefix!) as { prefix: Prefix }).prefix }));
const byKey = (plan: AddressPlan) => Object.fromEntries(plan.allocations.map((a) => [a.key, a.prefix]));

const requests = fc.uniqueArray(
  fc.record({ name: fc.stringMatching(/^[a-w][a-z0-9]{0,5}$/), v4: fc.integer({ min: 24, max: 32 }), v6: fc.constantFrom(48, 52, 56, 60, 64) }),
  { selector: (r) => r.name, maxLength: 30 },
);

describe('allocator', () => {
  test('allocations never overlap and always lie in their pool', () => {
    fc.assert(
      fc.property(requests, (reqs) => {
        const plan = planOf(model(pools(), reqs));
        const list = parsed(plan);
        const pool4 = (parsePrefixStrict('10.151.0.0/22') as { prefix: Prefix }).prefix;
        const pool6 = (parsePrefixStrict('2001:db8:5140::/44') as { prefix: Prefix }).prefix;
        for (const { p } of list) expect(prefixContainsPrefix(p.family === 'ipv4' ? pool4 : pool6, p)).toBe(true);
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const a = list[i]!.p;
            const b = list[j]!.p;
            expect(a.family === b.family && (prefixContainsPrefix(a, b) || prefixContainsPrefix(b, a))).toBe(false);
          }
        }
        // what did not fit is reported, once per request
        const unallocated = plan.allocations.filter((a) => a.origin === 'unallocated').map((a) => a.target);
        expect(
          plan.findings
            .filter((f) => f.rule === 'ADDR-ALLOC-01')
            .map((f) => f.target)
            .sort(),
        ).toEqual(unallocated.sort());
        expect(plan.findings.filter((f) => f.rule === 'ADDR-OVERLAP-01')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('allocations avoid explicit prefixes, even ones that overlap each other, and locked ones', () => {
    const explicit = fc.uniqueArray(
      fc.record({
        name: fc.stringMatching(/^x[a-z0-9]{0,4}$/),
        offset: fc.integer({ min: 0, max: 1023 }),
        len: fc.integer({ min: 23, max: 30 }),
      }),
      { selector: (r) => r.name, maxLength: 8 },
    );
    fc.assert(
      fc.property(requests, explicit, fc.boolean(), (reqs, fixedOnes, relock) => {
        const fixed4 = fixedOnes.map(({ name, offset, len }) => {
          const block = 2 ** (32 - len);
          const n = 0x0a970000 + Math.floor((offset * 4) / block) * block; // inside 10.151.0.0/22
          return { name, fixed4: `10.151.${Math.floor(n / 256) % 256}.${n % 256}/${len}` };
        });
        const m = model(pools(), [...reqs, ...fixed4]);
        const first = planOf(m);
        const plan = relock ? planOf(m, first.lock) : first;
        const list = parsed(plan);
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const a = list[i]!;
            const b = list[j]!;
            if (a.key.startsWith('agencies/x') && b.key.startsWith('agencies/x')) continue; // explicit vs explicit: a finding, not the allocator's doing
            expect([a.key, b.key, a.p.family === b.p.family && (prefixContainsPrefix(a.p, b.p) || prefixContainsPrefix(b.p, a.p))]).toEqual([
              a.key,
              b.key,
              false,
            ]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('the same requests in any order give the same plan and lock', () => {
    fc.assert(
      fc.property(
        requests.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length }))),
        ([a, b]) => {
          const pa = planOf(model(pools(), a));
          const pb = planOf(model(pools(), b));
          expect(byKey(pb)).toEqual(byKey(pa));
          expect(pb.lock).toEqual(pa.lock);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('adding a request never renumbers a locked one', () => {
    fc.assert(
      fc.property(requests, fc.record({ name: fc.constant('znew'), v4: fc.integer({ min: 24, max: 30 }), v6: fc.constantFrom(48, 56, 64) }), (reqs, extra) => {
        const first = planOf(model(pools(), reqs));
        const second = planOf(model(pools(), [...reqs, extra]), first.lock);
        const before = byKey(first);
        const after = byKey(second);
        for (const [key, prefix] of Object.entries(before)) if (prefix) expect(after[key]).toBe(prefix);
        for (const key of Object.keys(first.lock.allocations)) expect(second.lock.allocations[key]).toEqual(first.lock.allocations[key]);
      }),
      { numRuns: 100 },
    );
  });

  test('removing a request never renumbers another, and its prefix stays reserved until released', () => {
    fc.assert(
      fc.property(
        requests.filter((r) => r.length > 0),
        fc.nat(),
        (reqs, pick) => {
          const gone = reqs[pick % reqs.length]!;
          const first = planOf(model(pools(), reqs));
          const rest = reqs.filter((r) => r !== gone);
          const second = planOf(model(pools(), rest), first.lock);
          const before = byKey(first);
          for (const [key, prefix] of Object.entries(byKey(second))) if (before[key]) expect(prefix).toBe(before[key]);
          const goneKeys = Object.keys(first.lock.allocations).filter((k) => k.startsWith(`agencies/${gone.name}/`));
          expect(second.reserved.map((r) => r.key)).toEqual(goneKeys);
          expect(Object.keys(second.lock.allocations).sort()).toEqual(Object.keys(first.lock.allocations).sort());
          const released = planOf(model(pools(), rest), first.lock, { release: true });
          expect(released.reserved).toEqual([]);
          for (const k of goneKeys) expect(released.lock.allocations[k]).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  test('a second run with the lock changes nothing', () => {
    fc.assert(
      fc.property(requests, (reqs) => {
        const first = planOf(model(pools(), reqs));
        const second = planOf(model(pools(), reqs), first.lock);
        expect(second.lockChanged).toBe(false);
        expect(byKey(second)).toEqual(byKey(first));
      }),
      { numRuns: 100 },
    );
  });

  test('first fit in the documented order: larger blocks first, then by key; blocks aligned to their size', () => {
    const plan = planOf(
      model(pools('10.0.0.0/24'), [
        { name: 'a', v4: 28 },
        { name: 'b', v4: 26 },
        { name: 'c', v4: 28 },
        { name: 'd', fixed4: '10.0.0.64/27' },
      ]),
    );
    expect(byKey(plan)).toEqual({
      'agencies/a/ipv4': '10.0.0.96/28', // after b (/26 first) and the explicit /27
      'agencies/b/ipv4': '10.0.0.0/26',
      'agencies/c/ipv4': '10.0.0.112/28',
      'agencies/d/ipv4': '10.0.0.64/27',
    });
  });

  test('IPv6 blocks of a length off the nibble grid still start on a nibble boundary', () => {
    const plan = planOf(
      model(pools('10.0.0.0/24', '2001:db8::/48'), [
        { name: 'a', v6: 62 },
        { name: 'b', v6: 62 },
        { name: 'c', v6: 64 },
      ]),
    );
    expect(byKey(plan)).toEqual({
      'agencies/a/ipv6': '2001:db8::/62',
      'agencies/b/ipv6': '2001:db8:0:10::/62',
      'agencies/c/ipv6': '2001:db8:0:4::/64',
    });
    expect(plan.findings.filter((f) => f.rule === 'V6-06').map((f) => f.target)).toEqual(['agencies/a', 'agencies/b']);
  });

  test('a full pool is a finding, not an exception', () => {
    const plan = planOf(
      model(pools('10.0.0.0/30'), [
        { name: 'a', v4: 30 },
        { name: 'b', v4: 31 },
      ]),
    );
    expect(plan.allocations.find((a) => a.key === 'agencies/b/ipv4')).toMatchObject({ origin: 'unallocated' });
    expect(plan.findings.filter((f) => f.rule === 'ADDR-ALLOC-01').map((f) => f.message.en)).toEqual([
      'Cannot allocate a /31 for agencies/b/ipv4: pool "v4" (10.0.0.0/30) has no free block that large left.',
    ]);
  });

  test('a changed request keeps its locked prefix until released', () => {
    const first = planOf(model(pools(), [{ name: 'a', v4: 28 }]));
    const changed = planOf(model(pools(), [{ name: 'a', v4: 27 }]), first.lock);
    expect(byKey(changed)['agencies/a/ipv4']).toBe(byKey(first)['agencies/a/ipv4']);
    expect(changed.findings.map((f) => f.rule)).toContain('ADDR-LOCK-01');
    const released = planOf(model(pools(), [{ name: 'a', v4: 27 }]), first.lock, { release: true });
    expect(byKey(released)['agencies/a/ipv4']).toBe('10.151.0.0/27');
    expect(released.findings.map((f) => f.rule)).not.toContain('ADDR-LOCK-01');
  });

  test('edge pools: 0.0.0.0/0 and ::/0 hand out their first blocks; /32 and /128 pools hold one host route', () => {
    const wide = planOf(
      model(pools('0.0.0.0/0', '::/0'), [
        { name: 'a', v4: 1, v6: 1 },
        { name: 'b', v4: 1, v6: 1 },
      ]),
    );
    // An IPv6 /1 starts on a nibble boundary, and the only one in ::/0 is ::
    expect(byKey(wide)).toEqual({
      'agencies/a/ipv4': '0.0.0.0/1',
      'agencies/a/ipv6': '::/1',
      'agencies/b/ipv4': '128.0.0.0/1',
      'agencies/b/ipv6': undefined,
    });
    const narrow = planOf(
      model(pools('10.0.0.7/32', '2001:db8::1/128'), [
        { name: 'a', v4: 32, v6: 128 },
        { name: 'b', v4: 32, v6: 128 },
      ]),
    );
    expect(byKey(narrow)).toEqual({
      'agencies/a/ipv4': '10.0.0.7/32',
      'agencies/a/ipv6': '2001:db8::1/128',
      'agencies/b/ipv4': undefined,
      'agencies/b/ipv6': undefined,
    });
    const links = planOf(
      model(pools('10.0.0.0/30', '2001:db8::/126'), [
        { name: 'a', v4: 31, v6: 127 },
        { name: 'b', v4: 31, v6: 127 },
      ]),
    );
    expect(byKey(links)).toEqual({
      'agencies/a/ipv4': '10.0.0.0/31',
      'agencies/a/ipv6': '2001:db8::/127',
      'agencies/b/ipv4': '10.0.0.2/31',
      'agencies/b/ipv6': '2001:db8::2/127',
    });
  });
});
