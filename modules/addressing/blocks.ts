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
 * A static index of prefixes answering "does p overlap any of them?" in O(log n): CIDR blocks overlap only by
 * containment, so p overlaps one iff a block starts inside p, or the blocks starting at or before p reach it.
 */
export function overlapIndex(prefixes: readonly Prefix[]): (p: Prefix) => boolean {
  const byFamily = new Map<Family, { starts: bigint[]; maxEnd: bigint[] }>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    const list = prefixes
      .filter((p) => p.family === family)
      .map((p) => ({ start: p.network, end: lastAddress(p) }))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const maxEnd: bigint[] = [];
    for (const b of list) maxEnd.push(maxEnd.length > 0 && maxEnd[maxEnd.length - 1]! > b.end ? maxEnd[maxEnd.length - 1]! : b.end);
    byFamily.set(family, { starts: list.map((b) => b.start), maxEnd });
  }
  return (p) => {
    const { starts, maxEnd } = byFamily.get(p.family)!;
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
    return lo > 0 && maxEnd[lo - 1]! >= start;
  };
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
