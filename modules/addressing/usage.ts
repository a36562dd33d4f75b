// Pool utilisation, IPAM style: a pool is a container, so it counts the address space of its direct children.
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../net/index.js';
import { cidrBlocks, footprint, lastAddress } from './blocks.js';
import type { Item, LockEntry, ParsedPool, PoolUsage } from './types.js';

/** The direct children of a pool (planned prefixes, reserved entries, nested pools), in address order. */
function childrenOf(pool: ParsedPool, pools: readonly ParsedPool[], children: readonly Prefix[]): Prefix[] {
  const { prefix } = pool;
  return [
    ...children.filter((c) => c.family === prefix.family && prefixContainsPrefix(prefix, c) && c.length > prefix.length),
    ...pools
      .filter((o) => o.prefix !== prefix && o.prefix.family === prefix.family && prefixContainsPrefix(prefix, o.prefix) && o.prefix.length > prefix.length)
      .map((o) => o.prefix),
  ].sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : a.length - b.length));
}

function usageOf(p: ParsedPool, inside: readonly Prefix[]): PoolUsage {
  const { pool, prefix } = p;
  let used = 0n;
  let direct = 0;
  let cursor = prefix.network;
  const end = lastAddress(prefix);
  const free: string[] = [];
  let freeCount = 0;
  const gap = (from: bigint, to: bigint) => {
    for (const block of cidrBlocks(prefix.family, from, to)) {
      if (free.length < 16) free.push(block);
      freeCount++;
    }
  };
  let coveredTo = -1n;
  for (const c of inside) {
    const last = lastAddress(c);
    if (last <= coveredTo) continue; // nested in an earlier child
    direct++;
    used += last - c.network + 1n;
    if (c.network > cursor) gap(cursor, c.network - 1n);
    cursor = last + 1n;
    coveredTo = last;
  }
  if (cursor <= end) gap(cursor, end);
  const total = end - prefix.network + 1n;
  return {
    name: pool.name,
    family: pool.family,
    prefix: prefix.text,
    purpose: pool.purpose,
    routingDomain: pool.routingDomain,
    source: pool.source,
    used: used.toString(),
    total: total.toString(),
    percent: Number((used * 10000n) / total) / 100,
    children: direct,
    free,
    freeCount,
    ...(pool.registration ? { registration: pool.registration } : {}),
  };
}

/** Utilisation per pool, in inventory order: union of its direct children's address space, and the free blocks between them. */
export function poolUsage(pools: readonly ParsedPool[], items: readonly Item[], reserved: readonly LockEntry[]): PoolUsage[] {
  const children: Prefix[] = [];
  for (const i of items) if (i.parsed) children.push(footprint(i.parsed, i.role));
  for (const r of reserved) {
    const p = parsePrefixStrict(r.prefix);
    if (p.ok) children.push(p.prefix);
  }
  return [...pools].sort((a, b) => a.index - b.index).map((p) => usageOf(p, childrenOf(p, pools, children)));
}
