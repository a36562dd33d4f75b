// The address plan: what planAddresses() returns and what the lock file holds. Other modules (Kubernetes plan,
// reports, metrics) read these types; fields are only ever added.
import type { AddressPool, Kind, PoolRegistration, SourceLocation, SourceRef } from '../model/index.js';
import type { Family, Prefix } from '../net/index.js';

/** What a prefix is for: a routed network (zone LAN, agency site), a cluster's pod or service range, or a site's
 * point-to-point link. */
export type PrefixRole = 'network' | 'cluster-pod' | 'cluster-service' | 'link';

/**
 * How a planned prefix got its value: written in the inventory, kept from the lock file, chosen by the allocator
 * in this run, or not at all (the pool had no room; a finding says so).
 */
export type PrefixOrigin = 'explicit' | 'locked' | 'allocated' | 'unallocated';

/** One prefix of the plan: a zone's, agency's, cluster's or point-to-point link's IPv4 or IPv6 prefix. */
export interface PlannedPrefix {
  /**
   * Stable key, also the lock file key: `<target>/<field path>`, e.g. `agencies/so-y-te/ipv6`,
   * `sites/qn-dc/pointToPointLinks/edge-fw/ipv6`.
   */
  readonly key: string;
  /** `<kind plural>/<name>`, as in findings. */
  readonly target: string;
  readonly kind: Extract<Kind, 'Zone' | 'Agency' | 'Cluster' | 'Site'>;
  readonly name: string;
  readonly role: PrefixRole;
  readonly family: Family;
  /** Canonical prefix text; absent only when origin is `unallocated`. */
  readonly prefix?: string;
  readonly origin: PrefixOrigin;
  /** Prefix length asked for, for requests. */
  readonly size?: number;
  /** The pool named in the inventory, else the most specific pool of the family that contains the prefix. */
  readonly pool?: string;
  /** Routing domain (VRF) of that pool; prefixes outside every pool have none. */
  readonly routingDomain?: string;
  readonly site?: string;
  readonly vlan?: number;
  readonly hosts?: number;
  readonly gateway?: string;
  /** Where the entity is written, and the path of this value inside its document (for `locate`). */
  readonly source: SourceRef;
  readonly path: readonly (string | number)[];
}

/** A pool with its utilisation, IPAM style: a pool is a container, so it counts the address space of its children. */
export interface PoolUsage {
  readonly name: string;
  readonly family: Family;
  readonly prefix: string;
  readonly purpose: AddressPool['purpose'];
  readonly routingDomain: string;
  readonly source: AddressPool['source'];
  /** Addresses covered by child prefixes (planned prefixes, reserved lock entries, nested pools), as a decimal string. */
  readonly used: string;
  /** Addresses in the pool, as a decimal string (IPv6 totals exceed 2^53). */
  readonly total: string;
  /** used / total in percent, two decimals. */
  readonly percent: number;
  /** Number of child prefixes directly inside the pool. */
  readonly children: number;
  /** The first free blocks (largest aligned CIDR blocks of the gaps), in address order; at most 16. */
  readonly free: readonly string[];
  /** Number of free blocks in all. */
  readonly freeCount: number;
  /** A public pool's registration with the national monitoring centre, as the inventory gives it (ADDR-PUBLIC-01). */
  readonly registration?: PoolRegistration;
}

/** One allocation remembered by the lock file. */
export interface LockEntry {
  readonly pool: string;
  readonly size: number;
  readonly prefix: string;
}

/** The lock file's content: allocations by planned-prefix key. */
export interface AddressLock {
  readonly version: 1;
  readonly province: string;
  /** Sorted by key (code-unit order). */
  readonly allocations: Readonly<Record<string, LockEntry>>;
  /** Where each entry is written in the lock file (1-based line and column of its key), when read from a file. */
  readonly positions?: Readonly<Record<string, { readonly line: number; readonly column: number }>>;
}

/**
 * Which lock entries to give up (`hatang plan --release [key...]`): `true` every entry whose request is gone or
 * changed (the object's own change; never the locked prefix of an unchanged request); a list of lock keys or object
 * names (`agencies/xa-an-phu/ipv4`, `agencies/xa-an-phu`) exactly the entries they name, including a locked prefix
 * that another object's explicit prefix now overlaps (it is allocated again: the object is renumbered).
 */
export type Release = boolean | readonly string[];

export interface PlanOptions {
  /** Lock entries to give up (see Release); the others are kept or stay reserved. */
  readonly release?: Release;
  /** The lock file's path, for the locations of lock issues (default: `<model.root>/addressing.lock.yaml`). */
  readonly lockFile?: string;
}

/**
 * What fixing from the lock and allocating could not do as asked; the plan rules report them.
 * - `lock-changed` (ADDR-LOCK-01): the lock holds an entry for another request;
 * - `lock-overlap` (ADDR-LOCK-02): a locked prefix of an unchanged request now overlaps an explicit one (`cause`); the
 *   locked prefix is kept (no object is renumbered unless its entry is released by name);
 * - `no-room`, `no-pool` (ADDR-ALLOC-01): the pool has no free block that large; the request names no pool;
 * - `lock-foreign` (ADDR-LOCK-03): an entry names no object of the province and lies outside the pool it names
 *   (or that pool does not exist): not this province's entry; it is dropped;
 * - `lock-out-of-pool` (ADDR-LOCK-04): an entry of an existing object whose prefix is not in the pool it names, or
 *   whose pool does not exist or is of the other family; it is dropped (its request is allocated again);
 * - `lock-duplicate` (ADDR-LOCK-05): an entry's prefix equals or overlaps another entry's in the same routing domain;
 *   the first in address order (then key order) is kept, this one dropped;
 * - `lock-stale` (ADDR-LOCK-06): an entry whose request is gone (`reason`: kept `reserved`, given up because it now
 *   `overlap`s an explicit prefix, or dropped because the value is now `explicit`).
 * Lock-entry issues (`lock-foreign` … `lock-stale`) carry the entry and `lockLocation`, the entry's line in the lock.
 */
export interface PlanIssue {
  readonly kind: 'lock-changed' | 'lock-overlap' | 'no-room' | 'no-pool' | 'lock-foreign' | 'lock-out-of-pool' | 'lock-duplicate' | 'lock-stale';
  readonly key: string;
  readonly target: string;
  readonly source: SourceRef;
  readonly path: readonly (string | number)[];
  /** The request: the pool named (if any) and the prefix length asked for (for lock-entry issues: the entry's). */
  readonly request: { readonly pool?: string; readonly size: number };
  /** The lock entry concerned (lock issues). */
  readonly entry?: LockEntry;
  /** The pool asked for, with its prefix (no-room). */
  readonly pool?: { readonly name: string; readonly prefix: string; readonly length: number };
  /** Where the entry is written in the lock file (lock-entry issues). */
  readonly lockLocation?: SourceLocation;
  /** Why: `no-pool`, `family` or `outside` (foreign, out-of-pool); `reserved`, `overlap` or `explicit` (stale). */
  readonly reason?: 'no-pool' | 'family' | 'outside' | 'reserved' | 'overlap' | 'explicit';
  /** The entry kept instead (lock-duplicate): its key and prefix. */
  readonly other?: { readonly key: string; readonly prefix: string };
  /** The explicit prefix the locked one overlaps (lock-overlap): its key, object, value and where it is written. */
  readonly cause?: {
    readonly key: string;
    readonly target: string;
    readonly prefix: string;
    readonly source: SourceRef;
    readonly path: readonly (string | number)[];
  };
}

export interface AddressPlan {
  readonly province: string;
  /** Every zone, agency and cluster prefix, explicit or allocated, per family; sorted by key. */
  readonly allocations: readonly PlannedPrefix[];
  /** Pools in inventory order, with utilisation. */
  readonly pools: readonly PoolUsage[];
  /** Lock entries kept although their request is gone or changed (released only with `release`). */
  readonly reserved: readonly (LockEntry & { readonly key: string })[];
  /** The lock after this plan. */
  readonly lock: AddressLock;
  /** True when `lock` differs from the lock given. */
  readonly lockChanged: boolean;
  /** What could not be fixed or allocated as asked, in key order; the plan rules report them. */
  readonly issues: readonly PlanIssue[];
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
