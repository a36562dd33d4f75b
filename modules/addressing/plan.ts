// The address plan: every prefix of the province, the allocator that fills size requests, pool utilisation and
// the plan rules. Pure: the lock comes in as data and the new lock goes out as data (the CLI reads and writes it).
import type { CheckProvider } from '../checks/index.js';
import {
  TARGET_SEGMENT, text,
  type AddressPool, type AddressSpec, type Finding, type FindingSeverity, type Model, type SourceLocation, type SourceRef,
} from '../model/index.js';
import { formatAddress, parseAddress, parsePrefixStrict, prefixContainsAddress, prefixContainsPrefix, type Family, type Prefix } from '../net/index.js';
import { planRules } from './rules.js';
import type { AddressLock, AddressPlan, LockEntry, PlanOptions, PlannedPrefix, PoolUsage, PrefixRole } from './types.js';
import { PrefixTableBuilder, forEachOverlap, type PrefixTable } from '../net/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

export function emptyLock(province: string): AddressLock {
  return { version: 1, province, allocations: {} };
}

/** A pool with its parsed prefix. */
export interface ParsedPool {
  readonly pool: AddressPool;
  readonly index: number;
  readonly prefix: Prefix;
}

/** A planned prefix with its parsed value, as the rules see it. */
export interface Item extends PlannedPrefix {
  readonly parsed?: Prefix;
}

const lastAddress = (p: Prefix): bigint => p.network + (1n << BigInt(BITS[p.family] - p.length)) - 1n;
const blockSize = (family: Family, length: number): bigint => 1n << BigInt(BITS[family] - length);

/** Builds the plan: gathers the prefixes, allocates the requests (keeping locked ones), measures pools, runs rules. */
export function planAddresses(model: Model, lock?: AddressLock, options: PlanOptions = {}): AddressPlan {
  const province = model.province.name;
  const pools: ParsedPool[] = [];
  model.province.addressPools.forEach((pool, index) => {
    const parsed = parsePrefixStrict(pool.prefix, pool.family);
    if (parsed.ok) pools.push({ pool, index, prefix: parsed.prefix });
  });
  const poolByName = new Map(pools.map((p) => [p.pool.name, p]));
  const siteRole = new Map(model.sites.map((s) => [s.name, s.role]));

  // 1. Gather every address field: explicit prefixes and requests.
  interface Draft {
    key: string; target: string; kind: PlannedPrefix['kind']; name: string; role: PrefixRole; family: Family;
    spec: AddressSpec; source: SourceRef; path: (string | number)[]; site?: string; vlan?: number; hosts?: number;
  }
  const drafts: Draft[] = [];
  const add = (kind: Draft['kind'], name: string, source: SourceRef, role: PrefixRole, field: string[], family: Family,
    spec: AddressSpec | undefined, extra: { site?: string; vlan?: number; hosts?: number }, path: (string | number)[] = field) => {
    if (!spec) return;
    const target = `${TARGET_SEGMENT[kind]}/${name}`;
    drafts.push({
      key: `${target}/${[...field, family].join('/')}`, target, kind, name, role, family, spec, source,
      path: ['spec', ...path, family], ...extra,
    });
  };
  for (const s of model.sites) {
    (s.pointToPointLinks ?? []).forEach((link, i) => {
      for (const family of ['ipv4', 'ipv6'] as const) {
        add('Site', s.name, s.source, 'link', ['pointToPointLinks', link.name], family, link[family], { site: s.name }, ['pointToPointLinks', i]);
      }
    });
  }
  for (const z of model.zones) {
    const extra = { site: z.site, ...(z.vlan !== undefined ? { vlan: z.vlan } : {}), ...(z.hosts !== undefined ? { hosts: z.hosts } : {}) };
    add('Zone', z.name, z.source, 'network', [], 'ipv4', z.ipv4, extra);
    add('Zone', z.name, z.source, 'network', [], 'ipv6', z.ipv6, extra);
  }
  for (const a of model.agencies) {
    const extra = { ...(a.site !== undefined ? { site: a.site } : {}), ...(a.hosts !== undefined ? { hosts: a.hosts } : {}) };
    add('Agency', a.name, a.source, 'network', [], 'ipv4', a.ipv4, extra);
    add('Agency', a.name, a.source, 'network', [], 'ipv6', a.ipv6, extra);
  }
  for (const c of model.clusters) {
    for (const family of ['ipv4', 'ipv6'] as const) {
      add('Cluster', c.name, c.source, 'cluster-pod', ['podCidrs'], family, c.podCidrs[family], { site: c.site });
      add('Cluster', c.name, c.source, 'cluster-service', ['serviceCidrs'], family, c.serviceCidrs[family], { site: c.site });
    }
  }
  drafts.sort((a, b) => cmp(a.key, b.key));

  // 2. Fixed prefixes: explicit ones, then locked ones that still fit their request.
  const findings: Finding[] = [];
  const locate = (source: SourceRef, path: readonly (string | number)[]): SourceLocation =>
    options.locate ? options.locate(source, path) : { file: source.file, line: source.line, column: source.column };
  const lockIn = lock?.allocations ?? {};
  const fixed: { prefix: Prefix }[] = [];
  const roleOf = new Map(drafts.map((d) => [d.key, d.role]));
  const resolved = new Map<string, { prefix?: Prefix; origin: PlannedPrefix['origin'] }>();
  const requests: Draft[] = [];
  for (const d of drafts) {
    if (d.spec.prefix !== undefined) {
      const parsed = parsePrefixStrict(d.spec.prefix, d.family);
      if (parsed.ok) {
        resolved.set(d.key, { prefix: parsed.prefix, origin: 'explicit' });
        fixed.push({ prefix: footprint(parsed.prefix, d.role) });
      }
    } else if (d.spec.size !== undefined) {
      requests.push(d);
    }
  }
  const lockOut: Record<string, LockEntry> = {};
  const reserved: (LockEntry & { key: string })[] = [];
  const requestKeys = new Set(requests.map((r) => r.key));
  // Lock entries are checked against the explicit prefixes only: the allocator never hands out overlapping
  // entries, and any overlap left is reported by the plan rules.
  const overlapsFixed = overlapIndex(fixed.map((f) => f.prefix));
  for (const r of requests) {
    const entry = lockIn[r.key];
    if (!entry) continue;
    const parsed = parsePrefixStrict(entry.prefix, r.family);
    const pool = r.spec.pool !== undefined ? poolByName.get(r.spec.pool) : undefined;
    const sameRequest = entry.pool === (r.spec.pool ?? '') && entry.size === r.spec.size;
    if (!sameRequest && !options.release) {
      findings.push(finding('ADDR-LOCK-01', 'error', r.target, locate(r.source, r.path), text(
        `${r.key}: khóa giữ ${entry.prefix} (pool ${entry.pool}, /${entry.size}) nhưng yêu cầu nay là /${r.spec.size} từ pool ${r.spec.pool ?? '—'}; chạy "hatang plan --release" để cấp lại.`,
        `${r.key}: the lock holds ${entry.prefix} (pool ${entry.pool}, /${entry.size}) but the request is now /${r.spec.size} from pool ${r.spec.pool ?? '—'}; run "hatang plan --release" to allocate it again.`,
      ), 'hatang addressing lock (docs/addressing.md)'));
      if (parsed.ok && !overlapsFixed(footprint(parsed.prefix, r.role))) {
        resolved.set(r.key, { prefix: parsed.prefix, origin: 'locked' });
        fixed.push({ prefix: footprint(parsed.prefix, r.role) });
        lockOut[r.key] = entry;
      }
      continue;
    }
    if (!sameRequest || !parsed.ok || !pool || !prefixContainsPrefix(pool.prefix, parsed.prefix)) continue;
    if (overlapsFixed(footprint(parsed.prefix, r.role))) {
      findings.push(finding('ADDR-LOCK-02', 'warning', r.target, locate(r.source, r.path), text(
        `${r.key}: prefix đã khóa ${entry.prefix} nay trùng một prefix khai báo tường minh; cấp prefix mới.`,
        `${r.key}: the locked prefix ${entry.prefix} now overlaps an explicit prefix; a new one is allocated.`,
      ), 'hatang addressing lock (docs/addressing.md)'));
      continue;
    }
    resolved.set(r.key, { prefix: parsed.prefix, origin: 'locked' });
    fixed.push({ prefix: footprint(parsed.prefix, r.role) });
    lockOut[r.key] = entry;
  }
  // Entries whose request is gone stay reserved (never handed to someone else) until released explicitly.
  if (!options.release) {
    for (const [key, entry] of Object.entries(lockIn)) {
      if (requestKeys.has(key) || resolved.has(key)) continue;
      const parsed = parsePrefixStrict(entry.prefix);
      if (!parsed.ok) continue;
      const held = footprint(parsed.prefix, key.includes('/pointToPointLinks/') ? 'link' : roleOf.get(key) ?? 'network');
      if (overlapsFixed(held)) continue;
      fixed.push({ prefix: held });
      lockOut[key] = entry;
      reserved.push({ key, ...entry });
    }
  }

  // 3. Allocate the rest: by pool name, then larger blocks first, then key; first fit, aligned to the block size.
  const pending = requests.filter((r) => !resolved.has(r.key)).sort((a, b) =>
    cmp(a.spec.pool ?? '', b.spec.pool ?? '') || a.spec.size! - b.spec.size! || cmp(a.key, b.key));
  const occupiedByPool = new Map<string, { start: bigint; end: bigint }[]>();
  const occupied = (pool: ParsedPool) => {
    let list = occupiedByPool.get(pool.pool.name);
    if (!list) {
      list = [];
      const start = pool.prefix.network;
      const end = lastAddress(pool.prefix);
      const take = (p: Prefix) => {
        if (p.family !== pool.prefix.family) return;
        const s = p.network;
        const e = lastAddress(p);
        if (e < start || s > end) return;
        list!.push({ start: s, end: e });
      };
      for (const f of fixed) take(f.prefix);
      // Pools nested inside this one are reserved for their own purpose.
      for (const other of pools) if (other !== pool && prefixContainsPrefix(pool.prefix, other.prefix) && other.prefix.length > pool.prefix.length) take(other.prefix);
      list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      // Merged into disjoint blocks, so that "first block ending at or after x" is a binary search.
      const merged: { start: bigint; end: bigint }[] = [];
      for (const b of list) {
        const last = merged[merged.length - 1];
        if (last && b.start <= last.end) {
          if (b.end > last.end) last.end = b.end;
        } else {
          merged.push({ ...b });
        }
      }
      list = merged;
      occupiedByPool.set(pool.pool.name, list);
    }
    return list;
  };
  const firstEndingAtOrAfter = (list: readonly { end: bigint }[], x: bigint): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.end < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // First fit only moves up as blocks fill: where the last block of a kind went is where the next search starts.
  const hints = new Map<string, bigint>();
  for (const r of pending) {
    const pool = r.spec.pool !== undefined ? poolByName.get(r.spec.pool) : undefined;
    const size = r.spec.size!;
    let prefix: Prefix | undefined;
    if (pool && pool.prefix.family === r.family && size >= pool.prefix.length && size <= BITS[r.family]) {
      const list = occupied(pool);
      // An IPv6 /127 link keeps a whole /64 to itself (RIPE NCC practice, V6-02) and never uses the /127 holding the
      // Subnet-Router anycast address ::0 (RFC 6164 §5.1, V6-03).
      const linkV6 = r.role === 'link' && r.family === 'ipv6' && size === 127;
      const perLink64 = linkV6 && pool.prefix.length <= 64;
      const blockLength = perLink64 ? 64 : size;
      const block = blockSize(r.family, blockLength);
      // IPv6 blocks start on a nibble boundary (RIPE-690): a /62 starts where a /60 would (within the pool; /127 and
      // /128 are off the grid by nature).
      const align = r.family === 'ipv6' && !linkV6 && size < 127
        ? blockSize('ipv6', Math.max(Math.floor(blockLength / 4) * 4, pool.prefix.length)) : block;
      const poolEnd = lastAddress(pool.prefix);
      const hintKey = `${pool.pool.name} ${blockLength} ${linkV6}`;
      let candidate = hints.get(hintKey) ?? pool.prefix.network;
      candidate = ((candidate + align - 1n) / align) * align;
      for (;;) {
        if (linkV6 && !perLink64 && (candidate & LOW64) === 0n) candidate += block;
        if (candidate + block - 1n > poolEnd) break;
        const at = firstEndingAtOrAfter(list, candidate);
        const next = list[at];
        if (!next || candidate + block - 1n < next.start) {
          prefix = perLink64 ? makePrefix(r.family, candidate + 2n, 127) : makePrefix(r.family, candidate, size);
          list.splice(at, 0, { start: candidate, end: candidate + block - 1n });
          hints.set(hintKey, candidate);
          break;
        }
        candidate = ((next.end + 1n + align - 1n) / align) * align;
      }
    }
    if (prefix) {
      resolved.set(r.key, { prefix, origin: 'allocated' });
      lockOut[r.key] = { pool: r.spec.pool!, size, prefix: prefix.text };
    } else {
      resolved.set(r.key, { origin: 'unallocated' });
      if (pool) {
        findings.push(finding('ADDR-ALLOC-01', 'error', r.target, locate(r.source, [...r.path, 'size']), text(
          `Không cấp được một /${size} cho ${r.key}: pool "${pool.pool.name}" (${pool.prefix.text}) ${size < pool.prefix.length ? 'nhỏ hơn khối yêu cầu' : 'không còn khối trống đủ lớn'}.`,
          `Cannot allocate a /${size} for ${r.key}: pool "${pool.pool.name}" (${pool.prefix.text}) ${size < pool.prefix.length ? 'is smaller than the block asked for' : 'has no free block that large left'}.`,
        ), 'hatang allocator (docs/addressing.md)'));
      } else if (r.spec.pool === undefined) {
        findings.push(finding('ADDR-ALLOC-01', 'error', r.target, locate(r.source, [...r.path, 'size']), text(
          `${r.key} yêu cầu một /${size} nhưng không nêu pool để cấp.`,
          `${r.key} asks for a /${size} but names no pool to take it from.`,
        ), 'hatang allocator (docs/addressing.md)'));
      }
    }
  }

  // 4. The planned prefixes, each with its pool (declared, or the most specific containing one).
  const items: Item[] = drafts.map((d) => {
    const r = resolved.get(d.key) ?? { origin: 'unallocated' as const };
    let pool = d.spec.pool !== undefined ? poolByName.get(d.spec.pool) : undefined;
    if (!pool && r.prefix) {
      for (const p of pools) {
        if (p.prefix.family === d.family && prefixContainsPrefix(p.prefix, r.prefix) && (!pool || p.prefix.length > pool.prefix.length)) pool = p;
      }
    }
    return {
      key: d.key, target: d.target, kind: d.kind, name: d.name, role: d.role, family: d.family,
      ...(r.prefix ? { prefix: r.prefix.text, parsed: r.prefix } : {}),
      origin: r.origin,
      ...(d.spec.size !== undefined && d.spec.prefix === undefined ? { size: d.spec.size } : {}),
      ...(pool ? { pool: pool.pool.name, routingDomain: pool.pool.routingDomain } : d.spec.pool !== undefined ? { pool: d.spec.pool } : {}),
      ...(d.site !== undefined ? { site: d.site } : {}),
      ...(d.vlan !== undefined ? { vlan: d.vlan } : {}),
      ...(d.hosts !== undefined ? { hosts: d.hosts } : {}),
      ...(d.spec.gateway !== undefined ? { gateway: d.spec.gateway } : {}),
      source: d.source, path: d.path,
    };
  });

  const usage = poolUsage(pools, items, reserved);
  findings.push(...planRules({ model, items, pools, siteRole, locate, asOf: options.asOf }));

  const sortedLock = Object.fromEntries(Object.entries(lockOut).sort(([a], [b]) => cmp(a, b)));
  const newLock: AddressLock = { version: 1, province, allocations: sortedLock };
  return {
    province,
    allocations: items.map(({ parsed: _parsed, ...rest }) => rest),
    pools: usage,
    reserved: reserved.sort((a, b) => cmp(a.key, b.key)),
    lock: newLock,
    lockChanged: !lock || !sameLock(lock, newLock),
    findings: findings.sort(compareFindingsLocal),
  };
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

const LOW64 = (1n << 64n) - 1n;

/**
 * A static index of prefixes answering "does p overlap any of them?" in O(log n): CIDR blocks overlap only by
 * containment, so p overlaps one iff a block starts inside p, or the blocks starting at or before p reach it.
 */
function overlapIndex(prefixes: readonly Prefix[]): (p: Prefix) => boolean {
  const byFamily = new Map<Family, { starts: bigint[]; maxEnd: bigint[] }>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    const list = prefixes.filter((p) => p.family === family).map((p) => ({ start: p.network, end: lastAddress(p) }))
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

/** The space a prefix holds: an IPv6 /127 link holds its whole /64. */
function footprint(p: Prefix, role: PrefixRole): Prefix {
  return role === 'link' && p.family === 'ipv6' && p.length === 127 ? makePrefix('ipv6', p.network & ~LOW64, 64) : p;
}

function makePrefix(family: Family, network: bigint, length: number): Prefix {
  return { family, network, length, text: `${formatAddress(family, network)}/${length}` };
}

export function finding(rule: string, severity: FindingSeverity, target: string, location: SourceLocation | undefined,
  message: ReturnType<typeof text>, reference: string): Finding {
  return { rule, severity, status: 'fail', target, message, ...(location ? { location } : {}), reference };
}

function compareFindingsLocal(a: Finding, b: Finding): number {
  return cmp(a.target, b.target) || cmp(a.rule, b.rule) || cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    cmp(a.message.en, b.message.en);
}

/** Utilisation per pool: union of its direct children's address space, and the free blocks between them. */
function poolUsage(pools: readonly ParsedPool[], items: readonly Item[], reserved: readonly LockEntry[]): PoolUsage[] {
  const children: Prefix[] = [];
  for (const i of items) if (i.parsed) children.push(footprint(i.parsed, i.role));
  for (const r of reserved) {
    const p = parsePrefixStrict(r.prefix);
    if (p.ok) children.push(p.prefix);
  }
  return [...pools].sort((a, b) => a.index - b.index).map(({ pool, prefix }) => {
    const inside = [
      ...children.filter((c) => c.family === prefix.family && prefixContainsPrefix(prefix, c) && c.length > prefix.length),
      ...pools.filter((o) => o.prefix !== prefix && o.prefix.family === prefix.family && prefixContainsPrefix(prefix, o.prefix) && o.prefix.length > prefix.length).map((o) => o.prefix),
    ].sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : a.length - b.length));
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
      name: pool.name, family: pool.family, prefix: prefix.text, purpose: pool.purpose, routingDomain: pool.routingDomain,
      source: pool.source, used: used.toString(), total: total.toString(),
      percent: Number((used * 10000n) / total) / 100, children: direct, free, freeCount,
    };
  });
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

/** Builds word tables of the items (per family) for the sort-and-sweep overlap check. */
export function overlapPairs(items: readonly Item[]): [Item, Item][] {
  const pairs: [Item, Item][] = [];
  for (const family of ['ipv4', 'ipv6'] as const) {
    const list = items.filter((i) => i.parsed && i.family === family);
    const table = toTable(family, list.map((i) => i.parsed!));
    forEachOverlap(table, (outer, inner) => pairs.push([list[outer]!, list[inner]!]));
  }
  return pairs;
}

export function toTable(family: Family, prefixes: readonly Prefix[]): PrefixTable {
  const b = new PrefixTableBuilder(family, prefixes.length);
  for (const p of prefixes) {
    const v = p.network;
    if (family === 'ipv4') b.push(Number(v), 0, 0, 0, p.length);
    else b.push(Number(v >> 96n), Number((v >> 64n) & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), Number(v & 0xffffffffn), p.length);
  }
  return b.build();
}

/** True when the plain address `value` lies in `prefix` (re-exported helper for the rules). */
export const inPrefix = (prefix: Prefix, address: string): boolean => {
  const a = parseAddress(address);
  return !!a && prefixContainsAddress(prefix, a.family, a.value);
};

/** The address-plan rules as a check provider for `hatang validate`, planned with the committed lock when there is one. */
export const addressChecks: CheckProvider = (input, options) =>
  planAddresses(input.model, input.addressLock, { locate: input.locate, ...(options.asOf ? { asOf: options.asOf } : {}) }).findings;
