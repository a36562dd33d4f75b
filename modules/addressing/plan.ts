// The address plan: gathers every prefix of the province, fixes the explicit and locked ones, allocates the size
// requests and measures the pools. Pure: the lock comes in as data and the new lock goes out as data (the CLI
// reads and writes it). What the plan could not do as asked is data too (`issues`); the plan rules judge it.
import { compareCodeUnits as cmp, type Model } from '../model/index.js';
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../net/index.js';
import { PoolAllocator } from './allocate.js';
import { footprint, overlapIndex } from './blocks.js';
import { gatherDrafts, type Draft } from './gather.js';
import type { AddressLock, AddressPlan, Item, LockEntry, ParsedPool, PlanIssue, PlanOptions, PlannedPrefix } from './types.js';
import { poolUsage } from './usage.js';

export { BITS, cidrBlocks } from './blocks.js';

export function emptyLock(province: string): AddressLock {
  return { version: 1, province, allocations: {} };
}

export type { Item, ParsedPool } from './types.js';

type Resolved = Map<string, { prefix?: Prefix; origin: PlannedPrefix['origin'] }>;

/** What fixing and allocating build up. */
interface Work {
  readonly resolved: Resolved;
  readonly fixed: Prefix[];
  readonly lockOut: Record<string, LockEntry>;
  readonly reserved: (LockEntry & { key: string })[];
  readonly issues: PlanIssue[];
}

const issueOf = (kind: PlanIssue['kind'], r: Draft, extra: Partial<PlanIssue> = {}): PlanIssue => ({
  kind,
  key: r.key,
  target: r.target,
  source: r.source,
  path: r.path,
  request: { ...(r.spec.pool !== undefined ? { pool: r.spec.pool } : {}), size: r.spec.size! },
  ...extra,
});

export function parsePools(model: Model): ParsedPool[] {
  const pools: ParsedPool[] = [];
  model.province.addressPools.forEach((pool, index) => {
    const parsed = parsePrefixStrict(pool.prefix, pool.family);
    if (parsed.ok) pools.push({ pool, index, prefix: parsed.prefix });
  });
  return pools;
}

/** Explicit prefixes are fixed; size requests are returned for the lock and the allocator. */
function fixExplicit(drafts: readonly Draft[], work: Work): Draft[] {
  const requests: Draft[] = [];
  for (const d of drafts) {
    if (d.spec.prefix !== undefined) {
      const parsed = parsePrefixStrict(d.spec.prefix, d.family);
      if (parsed.ok) {
        work.resolved.set(d.key, { prefix: parsed.prefix, origin: 'explicit' });
        work.fixed.push(footprint(parsed.prefix, d.role));
      }
    } else if (d.spec.size !== undefined) {
      requests.push(d);
    }
  }
  return requests;
}

/**
 * Locked prefixes that still fit their request are kept. Lock entries are checked against the explicit prefixes
 * only: the allocator never hands out overlapping entries, and any overlap left is reported by the plan rules.
 */
function fixLocked(
  requests: readonly Draft[],
  lockIn: Readonly<Record<string, LockEntry>>,
  poolByName: ReadonlyMap<string, ParsedPool>,
  release: boolean,
  work: Work,
): void {
  const overlapsFixed = overlapIndex(work.fixed);
  const keep = (r: Draft, prefix: Prefix, entry: LockEntry) => {
    work.resolved.set(r.key, { prefix, origin: 'locked' });
    work.fixed.push(footprint(prefix, r.role));
    work.lockOut[r.key] = entry;
  };
  for (const r of requests) {
    const entry = lockIn[r.key];
    if (!entry) continue;
    const parsed = parsePrefixStrict(entry.prefix, r.family);
    const pool = r.spec.pool !== undefined ? poolByName.get(r.spec.pool) : undefined;
    const sameRequest = entry.pool === (r.spec.pool ?? '') && entry.size === r.spec.size;
    if (!sameRequest && !release) {
      work.issues.push(issueOf('lock-changed', r, { entry }));
      if (parsed.ok && !overlapsFixed(footprint(parsed.prefix, r.role))) keep(r, parsed.prefix, entry);
      continue;
    }
    if (!sameRequest || !parsed.ok || !pool || !prefixContainsPrefix(pool.prefix, parsed.prefix)) continue;
    if (overlapsFixed(footprint(parsed.prefix, r.role))) {
      work.issues.push(issueOf('lock-overlap', r, { entry }));
      continue;
    }
    keep(r, parsed.prefix, entry);
  }
  if (!release) reserveGone(requests, lockIn, overlapsFixed, work);
}

/** Entries whose request is gone stay reserved (never handed to someone else) until released explicitly. */
function reserveGone(requests: readonly Draft[], lockIn: Readonly<Record<string, LockEntry>>, overlapsFixed: (p: Prefix) => boolean, work: Work): void {
  const requestKeys = new Set(requests.map((r) => r.key));
  for (const [key, entry] of Object.entries(lockIn)) {
    if (requestKeys.has(key) || work.resolved.has(key)) continue;
    const parsed = parsePrefixStrict(entry.prefix);
    if (!parsed.ok) continue;
    const held = footprint(parsed.prefix, key.includes('/pointToPointLinks/') ? 'link' : 'network');
    if (overlapsFixed(held)) continue;
    work.fixed.push(held);
    work.lockOut[key] = entry;
    work.reserved.push({ key, ...entry });
  }
}

/** The rest, by pool name, then larger blocks first, then key; first fit, aligned to the block size. */
function allocateRest(requests: readonly Draft[], pools: readonly ParsedPool[], poolByName: ReadonlyMap<string, ParsedPool>, work: Work): void {
  const pending = requests
    .filter((r) => !work.resolved.has(r.key))
    .sort((a, b) => cmp(a.spec.pool ?? '', b.spec.pool ?? '') || a.spec.size! - b.spec.size! || cmp(a.key, b.key));
  const allocators = new Map<string, PoolAllocator>();
  const allocatorOf = (pool: ParsedPool) => {
    let a = allocators.get(pool.pool.name);
    if (!a) {
      // Pools nested inside this one are reserved for their own purpose.
      const nested = pools
        .filter((o) => o !== pool && prefixContainsPrefix(pool.prefix, o.prefix) && o.prefix.length > pool.prefix.length)
        .map((o) => o.prefix);
      a = new PoolAllocator(pool.prefix, [...work.fixed, ...nested]);
      allocators.set(pool.pool.name, a);
    }
    return a;
  };
  for (const r of pending) {
    const pool = r.spec.pool !== undefined ? poolByName.get(r.spec.pool) : undefined;
    const size = r.spec.size!;
    const prefix = pool && pool.prefix.family === r.family ? allocatorOf(pool).allocate(size, r.role) : undefined;
    if (prefix) {
      work.resolved.set(r.key, { prefix, origin: 'allocated' });
      work.lockOut[r.key] = { pool: r.spec.pool!, size, prefix: prefix.text };
      continue;
    }
    work.resolved.set(r.key, { origin: 'unallocated' });
    if (pool) work.issues.push(issueOf('no-room', r, { pool: { name: pool.pool.name, prefix: pool.prefix.text, length: pool.prefix.length } }));
    else if (r.spec.pool === undefined) work.issues.push(issueOf('no-pool', r));
  }
}

/** The planned prefixes, each with its pool (declared, or the most specific containing one). */
function toItems(drafts: readonly Draft[], pools: readonly ParsedPool[], poolByName: ReadonlyMap<string, ParsedPool>, resolved: Resolved): Item[] {
  return drafts.map((d) => {
    const r = resolved.get(d.key) ?? { origin: 'unallocated' as const };
    let pool = d.spec.pool !== undefined ? poolByName.get(d.spec.pool) : undefined;
    if (!pool && r.prefix) {
      for (const p of pools) {
        if (p.prefix.family === d.family && prefixContainsPrefix(p.prefix, r.prefix) && (!pool || p.prefix.length > pool.prefix.length)) pool = p;
      }
    }
    return {
      key: d.key,
      target: d.target,
      kind: d.kind,
      name: d.name,
      role: d.role,
      family: d.family,
      ...(r.prefix ? { prefix: r.prefix.text, parsed: r.prefix } : {}),
      origin: r.origin,
      ...(d.spec.size !== undefined && d.spec.prefix === undefined ? { size: d.spec.size } : {}),
      ...(pool ? { pool: pool.pool.name, routingDomain: pool.pool.routingDomain } : d.spec.pool !== undefined ? { pool: d.spec.pool } : {}),
      ...(d.site !== undefined ? { site: d.site } : {}),
      ...(d.vlan !== undefined ? { vlan: d.vlan } : {}),
      ...(d.hosts !== undefined ? { hosts: d.hosts } : {}),
      ...(d.spec.gateway !== undefined ? { gateway: d.spec.gateway } : {}),
      source: d.source,
      path: d.path,
    };
  });
}

/** The plan and the parsed items and pools the plan rules read. */
export interface PlanWork {
  readonly plan: AddressPlan;
  readonly items: readonly Item[];
  readonly pools: readonly ParsedPool[];
}

/** Builds the plan: gathers the prefixes, keeps explicit and locked ones, allocates the requests, measures pools. */
export function planWithItems(model: Model, lock?: AddressLock, options: PlanOptions = {}): PlanWork {
  const province = model.province.name;
  const pools = parsePools(model);
  const poolByName = new Map(pools.map((p) => [p.pool.name, p]));
  const drafts = gatherDrafts(model);
  const work: Work = { resolved: new Map(), fixed: [], lockOut: {}, reserved: [], issues: [] };
  const requests = fixExplicit(drafts, work);
  fixLocked(requests, lock?.allocations ?? {}, poolByName, options.release === true, work);
  allocateRest(requests, pools, poolByName, work);
  const items = toItems(drafts, pools, poolByName, work.resolved);
  const sortedLock = Object.fromEntries(Object.entries(work.lockOut).sort(([a], [b]) => cmp(a, b)));
  const newLock: AddressLock = { version: 1, province, allocations: sortedLock };
  const plan: AddressPlan = {
    province,
    allocations: items.map(({ parsed: _parsed, ...rest }) => rest),
    pools: poolUsage(pools, items, work.reserved),
    reserved: work.reserved.sort((a, b) => cmp(a.key, b.key)),
    lock: newLock,
    lockChanged: !lock || !sameLock(lock, newLock),
    issues: work.issues,
  };
  return { plan, items, pools };
}

/** The address plan of a model with its lock (see planWithItems). */
export function planAddresses(model: Model, lock?: AddressLock, options: PlanOptions = {}): AddressPlan {
  return planWithItems(model, lock, options).plan;
}

function sameLock(a: AddressLock, b: AddressLock): boolean {
  const ka = Object.keys(a.allocations).sort();
  const kb = Object.keys(b.allocations).sort();
  if (a.province !== b.province || ka.length !== kb.length) return false;
  return ka.every((k, i) => {
    const x = a.allocations[k]!;
    const y = b.allocations[kb[i]!];
    return k === kb[i] && y !== undefined && x.pool === y.pool && x.size === y.size && x.prefix === y.prefix;
  });
}
