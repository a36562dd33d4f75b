// The allocator: first fit in one pool, aligned, never overlapping what is already there. Pure and deterministic:
// the same pool, occupied blocks and requests in the same order give the same prefixes.
import type { Prefix } from '../net/index.js';
import { BITS, LOW64, blockSize, lastAddress, makePrefix } from './blocks.js';
import type { PrefixRole } from './types.js';

interface Block {
  start: bigint;
  end: bigint;
}

/** Occupied blocks merged into disjoint ones, in address order, so that "first block ending at or after x" is a binary search. */
function mergeBlocks(pool: Prefix, occupied: readonly Prefix[]): Block[] {
  const start = pool.network;
  const end = lastAddress(pool);
  const list = occupied
    .filter((p) => p.family === pool.family && lastAddress(p) >= start && p.network <= end)
    .map((p) => ({ start: p.network, end: lastAddress(p) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Block[] = [];
  for (const b of list) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) {
      if (b.end > last.end) last.end = b.end;
    } else {
      merged.push({ ...b });
    }
  }
  return merged;
}

function firstEndingAtOrAfter(list: readonly Block[], x: bigint): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The free space of one pool, handing out blocks first fit. */
export class PoolAllocator {
  private readonly blocks: Block[];
  /** First fit only moves up as blocks fill: where the last block of a kind went is where the next search starts. */
  private readonly hints = new Map<string, bigint>();

  /** `occupied`: prefixes already taken (explicit, locked, nested pools); those outside the pool are ignored. */
  constructor(
    readonly pool: Prefix,
    occupied: readonly Prefix[],
  ) {
    this.blocks = mergeBlocks(pool, occupied);
  }

  /** A free /`size` for a prefix of `role`, or undefined when the pool has no room (or the size does not fit it). */
  allocate(size: number, role: PrefixRole): Prefix | undefined {
    const { pool } = this;
    const family = pool.family;
    if (size < pool.length || size > BITS[family]) return undefined;
    // An IPv6 /127 link keeps a whole /64 to itself (RIPE NCC practice, V6-02) and never uses the /127 holding the
    // Subnet-Router anycast address ::0 (RFC 6164 §5.1, V6-03).
    const linkV6 = role === 'link' && family === 'ipv6' && size === 127;
    const perLink64 = linkV6 && pool.length <= 64;
    const blockLength = perLink64 ? 64 : size;
    const block = blockSize(family, blockLength);
    // IPv6 blocks start on a nibble boundary (RIPE-690): a /62 starts where a /60 would (within the pool; /127 and
    // /128 are off the grid by nature).
    const align = family === 'ipv6' && !linkV6 && size < 127 ? blockSize('ipv6', Math.max(Math.floor(blockLength / 4) * 4, pool.length)) : block;
    const poolEnd = lastAddress(pool);
    const hintKey = `${blockLength} ${linkV6}`;
    let candidate = this.hints.get(hintKey) ?? pool.network;
    candidate = ((candidate + align - 1n) / align) * align;
    for (;;) {
      if (linkV6 && !perLink64 && (candidate & LOW64) === 0n) candidate += block;
      if (candidate + block - 1n > poolEnd) return undefined;
      const at = firstEndingAtOrAfter(this.blocks, candidate);
      const next = this.blocks[at];
      if (!next || candidate + block - 1n < next.start) {
        this.blocks.splice(at, 0, { start: candidate, end: candidate + block - 1n });
        this.hints.set(hintKey, candidate);
        return perLink64 ? makePrefix(family, candidate + 2n, 127) : makePrefix(family, candidate, size);
      }
      candidate = ((next.end + 1n + align - 1n) / align) * align;
    }
  }
}
