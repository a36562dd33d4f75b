// Address arithmetic the planner shares: block sizes, footprints, and the static overlap index.
import { formatAddress, type Family, type Prefix } from '../net/index.js';
import type { PrefixRole } from './types.js';

export const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };
export const LOW64 = (1n << 64n) - 1n;

export const lastAddress = (p: Prefix): bigint => p.network + (1n << BigInt(BITS[p.family] - p.length)) - 1n;
export const blockSize = (family: Family, length: number): bigint => 1n << BigInt(BITS[family] - length);

export function makePrefix(family: Family, network: bigint, length: number): Prefix {
  return { family, network, length, text: `${formatAddress(family, network)}/${length}` };
}

/** The space a prefix holds: an IPv6 /127 link holds its whole /64. */
export function footprint(p: Prefix, role: PrefixRole): Prefix {
  return role === 'link' && p.family === 'ipv6' && p.length === 127 ? makePrefix('ipv6', p.network & ~LOW64, 64) : p;
}

/**
 * A static index of prefixes answering "which of them does p overlap?" in O(log n): CIDR blocks overlap only by
 * containment, so p overlaps one iff a block starts inside p, or the blocks starting at or before p reach it.
 * Returns the index (in `prefixes`) of the overlapping prefix that starts first, or -1.
 */
export function overlapFinder(prefixes: readonly Prefix[]): (p: Prefix) => number {
  const byFamily = new Map<Family, { starts: bigint[]; maxEnd: bigint[]; index: number[] }>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    const list = prefixes
      .map((p, index) => ({ family: p.family, start: p.network, end: lastAddress(p), index }))
      .filter((b) => b.family === family)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
    const maxEnd: bigint[] = [];
    for (const b of list) maxEnd.push(maxEnd.length > 0 && maxEnd[maxEnd.length - 1]! > b.end ? maxEnd[maxEnd.length - 1]! : b.end);
    byFamily.set(family, { starts: list.map((b) => b.start), maxEnd, index: list.map((b) => b.index) });
  }
  return (p) => {
    const { starts, maxEnd, index } = byFamily.get(p.family)!;
    const start = p.network;
    const end = lastAddress(p);
    // first block starting after `end`
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= end) lo = mid + 1;
      else hi = mid;
    }
    // blocks [0, lo) start at or before p's end; one of them overlaps p iff the furthest end among them reaches p.
    if (lo === 0 || maxEnd[lo - 1]! < start) return -1;
    // maxEnd only grows: the first block whose running maximum reaches p ends there itself, so it overlaps p.
    let first = 0;
    hi = lo - 1;
    while (first < hi) {
      const mid = (first + hi) >>> 1;
      if (maxEnd[mid]! >= start) hi = mid;
      else first = mid + 1;
    }
    return index[first]!;
  };
}

/** Whether p overlaps any of the prefixes (see overlapFinder). */
export function overlapIndex(prefixes: readonly Prefix[]): (p: Prefix) => boolean {
  const find = overlapFinder(prefixes);
  return (p) => find(p) >= 0;
}

/** The largest aligned CIDR blocks covering [from, to], in address order. */
export function cidrBlocks(family: Family, from: bigint, to: bigint): string[] {
  const out: string[] = [];
  const bits = BITS[family];
  let at = from;
  while (at <= to) {
    let length = bits;
    // grow the block while it stays aligned and inside the range
    while (length > 0) {
      const bigger = 1n << BigInt(bits - length + 1);
      if (at % bigger !== 0n || at + bigger - 1n > to) break;
      length--;
    }
    out.push(`${formatAddress(family, at)}/${length}`);
    at += 1n << BigInt(bits - length);
  }
  return out;
}
