// Property tests of PoolAllocator, the pure first-fit allocator behind the address planner: what a planner user relies
// on (inside the pool, right size, aligned, no collisions, nibble grid, RFC 6164 links, determinism, honest "full").
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PoolAllocator } from '../../modules/addressing/allocate.js';
import { parsePrefixStrict, prefixContainsPrefix, type Family, type Prefix } from '../../modules/net/index.js';

type Role = Parameters<PoolAllocator['allocate']>[1];
interface Request {
  readonly size: number;
  readonly role: Role;
}
interface Scenario {
  readonly pool: Prefix;
  readonly occupied: readonly Prefix[];
  readonly requests: readonly Request[];
}

// Deterministic: a failure reproduces on every machine; the seed is in the report fast-check prints.
const SEED = 20_260_407;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };
const LOW64 = (1n << 64n) - 1n;
const ROLES: readonly Role[] = ['network', 'cluster-pod', 'cluster-service', 'link'];

// --- independent prefix arithmetic (deliberately not the allocator's own helpers) ------------------------------------

const span = (family: Family, length: number): bigint => 1n << BigInt(BITS[family] - length);
const lastOf = (p: Prefix): bigint => p.network + span(p.family, p.length) - 1n;
const overlaps = (a: Prefix, b: Prefix): boolean => a.family === b.family && a.network <= lastOf(b) && b.network <= lastOf(a);

function addressText(family: Family, value: bigint): string {
  if (family === 'ipv4') return [24n, 16n, 8n, 0n].map((s) => ((value >> s) & 0xffn).toString()).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':');
}

/** The prefix of `length` holding `value`, built through the strict parser as a user's inventory would be. */
function prefix(family: Family, value: bigint, length: number): Prefix {
  const network = value & ~(span(family, length) - 1n) & ((1n << BigInt(BITS[family])) - 1n);
  const parsed = parsePrefixStrict(`${addressText(family, network)}/${length}`, family);
  if (!parsed.ok) throw new Error(`test generator built an invalid prefix: ${JSON.stringify(parsed.problem)}`);
  return parsed.prefix;
}

const isLinkV6 = (pool: Prefix, r: Request) => pool.family === 'ipv6' && r.role === 'link' && r.size === 127;
/** The space an allocation really holds: a /127 link in a pool of /64 or shorter keeps its whole /64. */
const footprint = (pool: Prefix, r: Request, p: Prefix): Prefix => (isLinkV6(pool, r) && pool.length <= 64 ? prefix('ipv6', p.network, 64) : p);

const show = (p: Prefix | undefined) => (p ? p.text : 'undefined');

function allocateAll(s: Scenario): (Prefix | undefined)[] {
  const allocator = new PoolAllocator(s.pool, s.occupied);
  return s.requests.map((r) => allocator.allocate(r.size, r.role));
}

// --- generators ---------------------------------------------------------------------------------------------------

const anyAddress = (family: Family): fc.Arbitrary<bigint> =>
  family === 'ipv4'
    ? fc.bigInt(0n, (1n << 32n) - 1n)
    : // The low 64 bits are often zero, so pools longer than /64 regularly hold the Subnet-Router anycast /127.
      fc.tuple(fc.bigInt(0n, LOW64), fc.oneof(fc.constant(0n), fc.bigInt(0n, LOW64))).map(([hi, lo]) => (hi << 64n) | lo);

/** Prefixes already taken: mostly inside the pool, some elsewhere, rarely one covering the whole pool, some of the other family. */
function occupiedArb(pool: Prefix, maxInside: number): fc.Arbitrary<Prefix[]> {
  const family = pool.family;
  const bits = BITS[family];
  const insideLength = fc.oneof(
    { arbitrary: fc.integer({ min: Math.max(pool.length, bits - 8), max: bits }), weight: 4 },
    { arbitrary: fc.integer({ min: pool.length, max: bits }), weight: 1 },
  );
  const inside = fc
    .record({ offset: fc.bigInt(0n, span(family, pool.length) - 1n), length: insideLength })
    .map(({ offset, length }) => prefix(family, pool.network + offset, length));
  const other: Family = family === 'ipv4' ? 'ipv6' : 'ipv4';
  const outside = fc.oneof(
    {
      arbitrary: fc.record({ v: anyAddress(family), l: fc.integer({ min: Math.max(1, pool.length - 4), max: bits }) }).map(({ v, l }) => prefix(family, v, l)),
      weight: 6,
    },
    { arbitrary: fc.record({ v: anyAddress(other), l: fc.integer({ min: 0, max: BITS[other] }) }).map(({ v, l }) => prefix(other, v, l)), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: pool.length }).map((l) => prefix(family, pool.network, l)), weight: 1 },
  );
  return fc
    .tuple(fc.array(inside, { maxLength: maxInside }), fc.array(outside, { maxLength: 2 }))
    .chain(([a, b]) => fc.shuffledSubarray([...a, ...b], { minLength: a.length + b.length }));
}

function requestArb(pool: Prefix, spread: number): fc.Arbitrary<Request> {
  const bits = BITS[pool.family];
  const role = fc.constantFrom(...ROLES);
  const arms: fc.WeightedArbitrary<Request>[] = [
    { arbitrary: fc.record({ size: fc.integer({ min: pool.length, max: Math.min(bits, pool.length + spread) }), role }), weight: 8 },
    { arbitrary: fc.record({ size: fc.constantFrom(bits - 1, bits), role }), weight: 2 },
    // out of range on purpose now and then: shorter than the pool, or longer than the family allows
    { arbitrary: fc.record({ size: fc.integer({ min: 0, max: bits + 4 }), role }), weight: 1 },
  ];
  if (pool.family === 'ipv6') arms.push({ arbitrary: fc.constant<Request>({ size: 127, role: 'link' }), weight: 4 });
  return fc.oneof(...arms);
}

function scenarioArb(
  family: Family,
  poolLength: { min: number; max: number },
  opts: { spread?: number; maxRequests?: number; maxInside?: number } = {},
): fc.Arbitrary<Scenario> {
  return fc
    .record({ length: fc.integer(poolLength), at: anyAddress(family) })
    .map(({ length, at }) => prefix(family, at, length))
    .chain((pool) =>
      fc.record({
        pool: fc.constant(pool),
        occupied: occupiedArb(pool, opts.maxInside ?? 6),
        requests: fc.array(requestArb(pool, opts.spread ?? 10), { minLength: 1, maxLength: opts.maxRequests ?? 40 }),
      }),
    );
}

const bothFamilies = [
  { label: 'IPv4', pools: scenarioArb('ipv4', { min: 8, max: 30 }) },
  { label: 'IPv6', pools: scenarioArb('ipv6', { min: 32, max: 126 }, { spread: 14 }) },
];

// --- brute-force oracle: every block the documented rules allow, in address order ----------------------------------

/** Network addresses (and block length) the rules allow for a request, lowest first; empty when the size cannot fit. */
function gridFor(pool: Prefix, r: Request): { starts: bigint[]; blockLength: number } {
  const family = pool.family;
  const bits = BITS[family];
  if (r.size < pool.length || r.size > bits) return { starts: [], blockLength: r.size };
  const link = isLinkV6(pool, r);
  const blockLength = link && pool.length <= 64 ? 64 : r.size;
  let step = span(family, blockLength);
  if (family === 'ipv6' && !link && r.size < 127) step = span(family, Math.max(Math.floor(r.size / 4) * 4, pool.length));
  const starts: bigint[] = [];
  for (let at = pool.network; at + span(family, blockLength) - 1n <= lastOf(pool); at += step) {
    if (link && pool.length > 64 && (at & LOW64) === 0n) continue; // never the Subnet-Router anycast /127
    starts.push(at);
  }
  return { starts, blockLength };
}

function firstFree(pool: Prefix, r: Request, taken: readonly Prefix[]): Prefix | undefined {
  const { starts, blockLength } = gridFor(pool, r);
  const size = span(pool.family, blockLength);
  const same = taken.filter((t) => t.family === pool.family).map((t) => ({ start: t.network, end: lastOf(t) }));
  const at = starts.find((a) => !same.some((t) => t.start <= a + size - 1n && a <= t.end));
  return at === undefined ? undefined : prefix(pool.family, at, blockLength);
}

/** Replays a scenario against the oracle; `check` sees each answer next to the lowest free block the rules allow. */
function replayWithOracle(s: Scenario, check: (r: Request, got: Prefix | undefined, free: Prefix | undefined) => void): void {
  const allocator = new PoolAllocator(s.pool, s.occupied);
  const taken = [...s.occupied];
  for (const r of s.requests) {
    const free = firstFree(s.pool, r, taken);
    const got = allocator.allocate(r.size, r.role);
    check(r, got, free);
    if (got) taken.push(footprint(s.pool, r, got));
  }
}

const describeStep = (s: Scenario, r: Request) => `pool ${s.pool.text}, occupied [${s.occupied.map((p) => p.text).join(', ')}], request /${r.size} ${r.role}`;

// --- properties -----------------------------------------------------------------------------------------------------

describe.each(bothFamilies)('PoolAllocator ($label pools)', ({ pools }) => {
  test('every allocated prefix is inside its pool, has the length asked for, is aligned, and collides with nothing taken before', () => {
    fc.assert(
      fc.property(pools, (s) => {
        const results = allocateAll(s);
        const taken: Prefix[] = [...s.occupied];
        s.requests.forEach((r, i) => {
          const got = results[i];
          if (!got) return;
          const where = `${describeStep(s, r)} -> ${got.text}`;
          expect(got.family, where).toBe(s.pool.family);
          expect(got.length, where).toBe(r.size);
          expect(prefixContainsPrefix(s.pool, got), where).toBe(true);
          expect(got.network % span(got.family, got.length), where).toBe(0n);
          // the text the plan shows is the canonical spelling of that very prefix
          const reparsed = parsePrefixStrict(got.text, got.family);
          expect(reparsed.ok && reparsed.prefix.network === got.network && reparsed.prefix.length === got.length && !reparsed.respelled, where).toBe(true);
          const held = footprint(s.pool, r, got);
          expect(prefixContainsPrefix(s.pool, held), where).toBe(true);
          const clash = taken.find((t) => overlaps(t, held));
          expect(clash ? clash.text : undefined, where).toBeUndefined();
          taken.push(held);
        });
      }),
      runs(300),
    );
  });

  test('the same pool, occupied list and requests give the same prefixes, whatever order the occupied list is in', () => {
    const withShuffle = pools.chain((s) => fc.shuffledSubarray([...s.occupied], { minLength: s.occupied.length }).map((shuffled) => ({ s, shuffled })));
    fc.assert(
      fc.property(withShuffle, ({ s, shuffled }) => {
        const first = allocateAll(s).map(show);
        expect(allocateAll(s).map(show)).toEqual(first);
        expect(allocateAll({ ...s, occupied: shuffled }).map(show)).toEqual(first);
      }),
      runs(200),
    );
  });

  test('a size shorter than the pool or longer than the address family is refused, and the refusal changes nothing for later requests', () => {
    const badSize = (pool: Prefix) =>
      fc.oneof(fc.integer({ min: 0, max: pool.length - 1 }), fc.integer({ min: BITS[pool.family] + 1, max: BITS[pool.family] + 8 }));
    const arb = pools.chain((s) =>
      fc.record({
        s: fc.constant(s),
        bad: fc.array(fc.record({ size: badSize(s.pool), role: fc.constantFrom(...ROLES) }), { minLength: 1, maxLength: 3 }),
        at: fc.nat({ max: s.requests.length }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, bad, at }) => {
        const fresh = new PoolAllocator(s.pool, s.occupied);
        for (const r of bad) expect(fresh.allocate(r.size, r.role), describeStep(s, r)).toBeUndefined();
        const mixed: Request[] = [...s.requests.slice(0, at), ...bad, ...s.requests.slice(at)];
        const got = allocateAll({ ...s, requests: mixed }).map(show);
        expect(got.slice(at, at + bad.length)).toEqual(bad.map(() => 'undefined'));
        expect([...got.slice(0, at), ...got.slice(at + bad.length)]).toEqual(allocateAll(s).map(show));
      }),
      runs(200),
    );
  });
});

describe('PoolAllocator IPv6 layout', () => {
  test('IPv6 blocks shorter than /127 start on their nibble boundary (a /62 starts where a /60 would, within the pool)', () => {
    fc.assert(
      fc.property(bothFamilies[1]!.pools, (s) => {
        allocateAll(s).forEach((got, i) => {
          const r = s.requests[i]!;
          if (!got || r.size >= 127) return;
          const grid = Math.max(Math.floor(r.size / 4) * 4, s.pool.length);
          expect(got.network % span('ipv6', grid), `${describeStep(s, r)} -> ${got.text} (grid /${grid})`).toBe(0n);
        });
      }),
      runs(300),
    );
  });

  test('an IPv6 /127 link never gets the /127 holding the Subnet-Router anycast address (interface identifier ::0)', () => {
    fc.assert(
      fc.property(bothFamilies[1]!.pools, (s) => {
        allocateAll(s).forEach((got, i) => {
          const r = s.requests[i]!;
          if (!got || !isLinkV6(s.pool, r)) return;
          expect(got.network & LOW64, `${describeStep(s, r)} -> ${got.text}`).not.toBe(0n);
        });
      }),
      runs(300),
    );
  });

  test('in a pool of /64 or shorter each IPv6 /127 link has a /64 to itself: no other link, allocation or occupied prefix inside it', () => {
    const shortPools = scenarioArb('ipv6', { min: 40, max: 64 }, { spread: 24 });
    fc.assert(
      fc.property(shortPools, (s) => {
        const results = allocateAll(s);
        const links = results.flatMap((got, i) => (got && isLinkV6(s.pool, s.requests[i]!) ? [{ got, i }] : []));
        for (const { got, i } of links) {
          const own64 = prefix('ipv6', got.network, 64);
          const where = `${describeStep(s, s.requests[i]!)} -> ${got.text}`;
          expect(
            s.occupied.filter((o) => overlaps(o, own64)).map((o) => o.text),
            where,
          ).toEqual([]);
          const others = results.filter((p, j) => p && j !== i && overlaps(p, own64)).map(show);
          expect(others, where).toEqual([]);
        }
      }),
      runs(300),
    );
  });
});

describe('PoolAllocator completeness (brute force on small pools)', () => {
  const smallV4 = fc
    .record({ length: fc.integer({ min: 24, max: 28 }), at: anyAddress('ipv4') })
    .map(({ length, at }) => prefix('ipv4', at, length))
    .chain((pool) =>
      fc.record({
        pool: fc.constant(pool),
        occupied: occupiedArb(pool, 5),
        requests: fc.array(fc.record({ size: fc.integer({ min: 26, max: 30 }), role: fc.constantFrom(...ROLES) }), { minLength: 1, maxLength: 24 }),
      }),
    );
  // Small IPv6 pools where every nibble-grid block can be listed: /116–/124 with sizes down to /128 and /127 links,
  // and /60–/64 pools handing out /60–/64 blocks and /127 links (each link a /64 of its own).
  const smallV6 = fc.oneof(
    scenarioArb('ipv6', { min: 116, max: 124 }, { spread: 12, maxRequests: 24, maxInside: 4 }),
    fc
      .record({ length: fc.integer({ min: 60, max: 64 }), at: anyAddress('ipv6') })
      .map(({ length, at }) => prefix('ipv6', at, length))
      .chain((pool) =>
        fc.record({
          pool: fc.constant(pool),
          occupied: occupiedArb(pool, 4),
          requests: fc.array(
            fc.oneof(
              fc.record({ size: fc.integer({ min: pool.length, max: 64 }), role: fc.constantFrom(...ROLES) }),
              fc.constant<Request>({ size: 127, role: 'link' }),
            ),
            { minLength: 1, maxLength: 24 },
          ),
        }),
      ),
  );
  const smallPools: [string, fc.Arbitrary<Scenario>][] = [
    ['IPv4', smallV4],
    ['IPv6', smallV6],
  ];

  test.each(smallPools)('an %s pool is reported full for a size only when no aligned free block of that size is left', (_label, small) => {
    fc.assert(
      fc.property(small, (s) => {
        replayWithOracle(s, (r, got, free) => {
          if (got === undefined) expect(free ? free.text : undefined, `${describeStep(s, r)}: allocator said full`).toBeUndefined();
        });
      }),
      runs(400),
    );
  });

  test.each(smallPools)('an %s pool hands out the lowest free aligned block (first fit), so plans stay compact', (_label, small) => {
    fc.assert(
      fc.property(small, (s) => {
        replayWithOracle(s, (r, got, free) => {
          const expected = free && isLinkV6(s.pool, r) && s.pool.length <= 64 ? `inside ${free.text}` : show(free);
          const actual = got && isLinkV6(s.pool, r) && s.pool.length <= 64 ? `inside ${prefix('ipv6', got.network, 64).text}` : show(got);
          expect(actual, describeStep(s, r)).toBe(expected);
        });
      }),
      runs(400),
    );
  });
});
