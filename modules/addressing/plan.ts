// The address plan: gathers every prefix of the province, fixes the explicit and locked ones, allocates the size
// requests and measures the pools. Pure: the lock comes in as data and the new lock goes out as data (the CLI
// reads and writes it). What the plan could not do as asked is data too (`issues`); the plan rules judge it.
// Every lock entry is accounted for: kept for its request, reserved, or reported as an issue (never dropped silently).
import { join } from 'node:path';
import { compareCodeUnits as cmp, type Model, type SourceRef } from '../model/index.js';
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../net/index.js';
import { PoolAllocator } from './allocate.js';
import { footprint, lastAddress, overlapFinder } from './blocks.js';
import { gatherDrafts, type Draft } from './gather.js';
import { LOCK_FILE } from './lock-name.js';
import type { AddressLock, AddressPlan, Item, LockEntry, ParsedPool, PlanIssue, PlanOptions, PlannedPrefix, Release } from './types.js';
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
  /** The explicit prefix behind each of the first entries of `fixed` (fixExplicit fills both). */
  readonly fixedBy: Draft[];
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
        work.fixedBy.push(d);
      }
    } else if (d.spec.size !== undefined) {
      requests.push(d);
    }
  }
  return requests;
}

/** Why a lock entry would be given up: its request is gone, changed, or another object's explicit prefix overlaps it. */
export type ReleaseReason = 'gone' | 'changed' | 'overlap';

/** True when a `--release` name (a lock key, or an object such as `agencies/xa-an-phu`) names the lock key. */
export const releaseNames = (name: string, key: string): boolean => {
  const n = name.replace(/\/+$/, '');
  return n !== '' && (key === n || key.startsWith(`${n}/`));
};

/**
 * Whether the lock entry of `key` is released for that reason: a bare release gives up the entries whose request is
 * gone or changed, never one that only another object's change would move (that renumbers a live object: it takes
 * its name); named entries are released whatever the reason.
 */
export function releasePolicy(release: Release | undefined): (key: string, why: ReleaseReason) => boolean {
  if (release === undefined || release === false) return () => false;
  if (release === true) return (_key, why) => why !== 'overlap';
  const names = [...release];
  return (key) => names.some((n) => releaseNames(n, key));
}

/** Where lock entries are written and which objects exist, for the issues about lock entries. */
interface LockSite {
  readonly file: string;
  readonly positions: AddressLock['positions'];
  /** `<kind plural>/<name>` of every object that can own a planned prefix, with its source. */
  readonly objects: ReadonlyMap<string, SourceRef>;
  readonly province: SourceRef;
}

/** `zones/qn-dc-dmz` of `zones/qn-dc-dmz/ipv4`. */
const targetOf = (key: string): string => key.split('/').slice(0, 2).join('/');

function lockSite(model: Model, lock: AddressLock | undefined, lockFile: string | undefined): LockSite {
  const objects = new Map<string, SourceRef>();
  const kinds = [
    ['zones', model.zones],
    ['agencies', model.agencies],
    ['clusters', model.clusters],
    ['sites', model.sites],
  ] as const;
  for (const [plural, list] of kinds) for (const o of list) objects.set(`${plural}/${o.name}`, o.source);
  return { file: lockFile ?? join(model.root, LOCK_FILE), positions: lock?.positions, objects, province: model.province.source };
}

const entryIssue = (kind: PlanIssue['kind'], site: LockSite, key: string, entry: LockEntry, extra: Partial<PlanIssue> = {}): PlanIssue => {
  const target = targetOf(key);
  const at = site.positions?.[key] ?? { line: 1, column: 1 };
  return {
    kind,
    key,
    target,
    source: site.objects.get(target) ?? site.province,
    path: [],
    request: { pool: entry.pool, size: entry.size },
    entry,
    lockLocation: { file: site.file, line: at.line, column: at.column },
    ...extra,
  };
};

/** An entry inside the pool it names, with that pool's routing domain. */
interface PooledEntry {
  readonly key: string;
  readonly entry: LockEntry;
  readonly prefix: Prefix;
  readonly domain: string;
}

/**
 * The lock entries the plan may use: those inside the pool they name (same family), without the duplicates
 * (entries that overlap another in one routing domain). The others are issues: foreign (no such object either), out of
 * pool, duplicate.
 */
function screenLock(
  lockIn: Readonly<Record<string, LockEntry>>,
  requests: readonly Draft[],
  poolByName: ReadonlyMap<string, ParsedPool>,
  site: LockSite,
  work: Work,
): Map<string, PooledEntry> {
  const pooled: PooledEntry[] = [];
  for (const [key, entry] of Object.entries(lockIn)) {
    const parsed = parsePrefixStrict(entry.prefix);
    const pool = poolByName.get(entry.pool);
    const keyFamily = key.slice(key.lastIndexOf('/') + 1);
    const family = parsed.ok ? parsed.prefix.family : undefined;
    const reason = !pool
      ? 'no-pool'
      : family !== pool.prefix.family || ((keyFamily === 'ipv4' || keyFamily === 'ipv6') && keyFamily !== family)
        ? 'family'
        : !parsed.ok || !prefixContainsPrefix(pool.prefix, parsed.prefix)
          ? 'outside'
          : undefined;
    if (reason !== undefined || !parsed.ok || !pool) {
      const kind = site.objects.has(targetOf(key)) ? 'lock-out-of-pool' : 'lock-foreign';
      work.issues.push(entryIssue(kind, site, key, entry, reason !== undefined ? { reason } : {}));
      continue;
    }
    pooled.push({ key, entry, prefix: parsed.prefix, domain: pool.pool.routingDomain });
  }
  return withoutDuplicates(pooled, new Set(requests.map((r) => r.key)), site, work);
}

/**
 * Per routing domain and family, in address order (then shorter first, then entries of current requests first,
 * then key): an entry that starts inside the last one kept overlaps it (CIDR blocks nest or are disjoint) and is a
 * duplicate, except that an entry of a current request displaces a kept entry whose request is gone.
 */
function withoutDuplicates(pooled: readonly PooledEntry[], live: ReadonlySet<string>, site: LockSite, work: Work): Map<string, PooledEntry> {
  const usable = new Map<string, PooledEntry>();
  const sorted = [...pooled].sort(
    (a, b) =>
      cmp(a.domain, b.domain) ||
      cmp(a.prefix.family, b.prefix.family) ||
      (a.prefix.network < b.prefix.network ? -1 : a.prefix.network > b.prefix.network ? 1 : 0) ||
      a.prefix.length - b.prefix.length ||
      Number(live.has(b.key)) - Number(live.has(a.key)) ||
      cmp(a.key, b.key),
  );
  const duplicate = (e: PooledEntry, kept: PooledEntry) =>
    work.issues.push(entryIssue('lock-duplicate', site, e.key, e.entry, { other: { key: kept.key, prefix: kept.entry.prefix } }));
  let last: PooledEntry | undefined;
  for (const e of sorted) {
    const prev =
      last !== undefined && last.domain === e.domain && last.prefix.family === e.prefix.family && e.prefix.network <= lastAddress(last.prefix)
        ? last
        : undefined;
    if (prev && !(live.has(e.key) && !live.has(prev.key))) {
      duplicate(e, prev);
      continue;
    }
    if (prev) {
      usable.delete(prev.key);
      duplicate(prev, e);
    }
    last = e;
    usable.set(e.key, e);
  }
  return usable;
}

/**
 * Locked prefixes that still fit their request are kept. Lock entries are checked against the explicit prefixes
 * only: screenLock has taken out overlapping entries, and any overlap left is reported by the plan rules. A locked
 * prefix that an explicit prefix now overlaps is kept too, and reported (lock-overlap), unless its entry is released:
 * moving it renumbers a live object because of another object's change.
 */
function fixLocked(
  requests: readonly Draft[],
  usable: ReadonlyMap<string, PooledEntry>,
  poolByName: ReadonlyMap<string, ParsedPool>,
  released: (key: string, why: ReleaseReason) => boolean,
  work: Work,
  site: LockSite,
): void {
  const explicitAt = overlapFinder(work.fixed);
  const fixedBy = [...work.fixedBy];
  const keep = (r: Draft, prefix: Prefix, entry: LockEntry) => {
    work.resolved.set(r.key, { prefix, origin: 'locked' });
    work.fixed.push(footprint(prefix, r.role));
    work.lockOut[r.key] = entry;
  };
  for (const r of requests) {
    const locked = usable.get(r.key);
    if (!locked) continue;
    const { entry } = locked;
    const prefix = locked.prefix.family === r.family ? locked.prefix : undefined;
    const pool = r.spec.pool !== undefined ? poolByName.get(r.spec.pool) : undefined;
    const sameRequest = entry.pool === (r.spec.pool ?? '') && entry.size === r.spec.size;
    if (!sameRequest) {
      // Released on purpose (--release): allocated again.
      if (released(r.key, 'changed')) continue;
      work.issues.push(issueOf('lock-changed', r, { entry }));
      if (!prefix) continue;
      // Not usable for this request (screenLock reported the entry).
    } else if (!prefix || !pool || !prefixContainsPrefix(pool.prefix, prefix)) continue;
    const hit = explicitAt(footprint(prefix, r.role));
    const by = hit >= 0 ? fixedBy[hit] : undefined;
    if (by) {
      if (released(r.key, 'overlap')) continue;
      const cause = { key: by.key, target: by.target, prefix: by.spec.prefix!, source: by.source, path: by.path };
      work.issues.push(issueOf('lock-overlap', r, { entry, cause }));
    }
    keep(r, prefix, entry);
  }
  reserveGone(requests, usable, (p) => explicitAt(p) >= 0, released, work, site);
}

/**
 * Entries whose request is gone stay reserved (never handed to someone else) until released explicitly; each is
 * a stale issue, also when it is given up because an explicit prefix now covers it or the value is now explicit.
 */
function reserveGone(
  requests: readonly Draft[],
  usable: ReadonlyMap<string, PooledEntry>,
  overlapsFixed: (p: Prefix) => boolean,
  released: (key: string, why: ReleaseReason) => boolean,
  work: Work,
  site: LockSite,
): void {
  const requestKeys = new Set(requests.map((r) => r.key));
  for (const { key, entry, prefix } of usable.values()) {
    if (requestKeys.has(key) || released(key, 'gone')) continue;
    if (work.resolved.has(key)) {
      work.issues.push(entryIssue('lock-stale', site, key, entry, { reason: 'explicit' }));
      continue;
    }
    const held = footprint(prefix, key.includes('/pointToPointLinks/') ? 'link' : 'network');
    if (overlapsFixed(held)) {
      work.issues.push(entryIssue('lock-stale', site, key, entry, { reason: 'overlap' }));
      continue;
    }
    work.fixed.push(held);
    work.lockOut[key] = entry;
    work.reserved.push({ key, ...entry });
    work.issues.push(entryIssue('lock-stale', site, key, entry, { reason: 'reserved' }));
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
  const work: Work = { resolved: new Map(), fixed: [], fixedBy: [], lockOut: {}, reserved: [], issues: [] };
  const requests = fixExplicit(drafts, work);
  const site = lockSite(model, lock, options.lockFile);
  const usable = screenLock(lock?.allocations ?? {}, requests, poolByName, site, work);
  fixLocked(requests, usable, poolByName, releasePolicy(options.release), work, site);
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
    issues: work.issues.sort((a, b) => cmp(a.key, b.key)),
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
