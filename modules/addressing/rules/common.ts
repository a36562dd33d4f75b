// Building blocks several plan rules share: the special-purpose ranges, the IPv6 address classes, how an
// overlapping pair is judged, and the nibble check. Not a rule itself (index.ts lists the rules).
import { text, type SourceRef, type Text } from '../../model/index.js';
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../../net/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { Item, ParsedPool } from '../plan.js';
import type { PlanIssue } from '../types.js';
import { itemAt, where, type PlanContext } from '../rule.js';

/** Why the rules that rest on hatang's own addressing conventions have confidence `practice` (said once). */
export const ADDRESSING_CONVENTION: Text = text(
  'Quy ước của hatang về quy hoạch địa chỉ, không phải yêu cầu của văn bản quy phạm pháp luật.',
  "The toolkit's addressing convention, not a requirement of a legal text.",
);

const P = (s: string): Prefix => {
  const r = parsePrefixStrict(s);
  if (!r.ok) throw new Error(`bad constant ${s}`);
  return r.prefix;
};

/** A special-purpose range (RFC 6890 registries) that never belongs in a plan, with the RFC that reserves it. */
export interface SpecialRange {
  readonly prefix: Prefix;
  readonly what: string;
  readonly rfc: readonly Citation[];
  readonly severity: 'error' | 'warning';
}

/** The registry of special-purpose addresses. */
const RFC6890: Citation = { doc: 'rfc6890' };

export const SPECIAL: readonly SpecialRange[] = [
  { prefix: P('0.0.0.0/8'), what: '"this network" 0.0.0.0/8', rfc: [{ doc: 'rfc791' }, RFC6890], severity: 'error' },
  { prefix: P('127.0.0.0/8'), what: 'loopback 127.0.0.0/8', rfc: [{ doc: 'rfc1122' }, RFC6890], severity: 'error' },
  { prefix: P('169.254.0.0/16'), what: 'link-local 169.254.0.0/16', rfc: [{ doc: 'rfc3927' }], severity: 'error' },
  { prefix: P('224.0.0.0/4'), what: 'multicast 224.0.0.0/4', rfc: [{ doc: 'rfc5771' }], severity: 'error' },
  { prefix: P('240.0.0.0/4'), what: 'reserved 240.0.0.0/4', rfc: [{ doc: 'rfc1112' }, RFC6890], severity: 'error' },
  { prefix: P('192.0.0.0/24'), what: 'IETF protocol assignments 192.0.0.0/24', rfc: [RFC6890], severity: 'error' },
  { prefix: P('198.18.0.0/15'), what: 'benchmarking 198.18.0.0/15', rfc: [{ doc: 'rfc2544' }], severity: 'error' },
  { prefix: P('100.64.0.0/10'), what: 'shared CGN space 100.64.0.0/10', rfc: [{ doc: 'rfc6598' }], severity: 'warning' },
  { prefix: P('192.0.2.0/24'), what: 'documentation TEST-NET-1', rfc: [{ doc: 'rfc5737' }], severity: 'warning' },
  { prefix: P('198.51.100.0/24'), what: 'documentation TEST-NET-2', rfc: [{ doc: 'rfc5737' }], severity: 'warning' },
  { prefix: P('203.0.113.0/24'), what: 'documentation TEST-NET-3', rfc: [{ doc: 'rfc5737' }], severity: 'warning' },
  { prefix: P('::/128'), what: 'unspecified address ::/128', rfc: [{ doc: 'rfc4291', item: '2.5.2' }], severity: 'error' },
  { prefix: P('::1/128'), what: 'loopback ::1/128', rfc: [{ doc: 'rfc4291', item: '2.5.3' }], severity: 'error' },
  { prefix: P('::ffff:0:0/96'), what: 'IPv4-mapped ::ffff:0:0/96', rfc: [{ doc: 'rfc4291', item: '2.5.5.2' }], severity: 'error' },
  { prefix: P('fe80::/10'), what: 'link-local fe80::/10', rfc: [{ doc: 'rfc4291', item: '2.5.6' }], severity: 'error' },
  { prefix: P('ff00::/8'), what: 'multicast ff00::/8', rfc: [{ doc: 'rfc4291', item: '2.7' }], severity: 'error' },
];

/** What a finding about a special range cites: the range's RFC, then the registry. */
export const specialReference = (s: SpecialRange): Citation[] => [...s.rfc.filter((c) => c !== RFC6890), RFC6890];

export const DOC_V6 = P('2001:db8::/32');
export const GLOBAL_UNICAST = P('2000::/3');
export const ULA = P('fc00::/7');
export const ULA_L = P('fd00::/8');

export const overlapsOrContains = (a: Prefix, b: Prefix): boolean => a.family === b.family && (prefixContainsPrefix(a, b) || prefixContainsPrefix(b, a));

/** True when the prefix touches one of the special-purpose ranges. */
export const touchesSpecial = (p: Prefix): boolean => SPECIAL.some((s) => overlapsOrContains(s.prefix, p));

/** Where an outcome points: the value's location (as the message quotes it) and its path (the finding's pointer). */
export type Place = Required<Pick<Outcome, 'source' | 'path' | 'location'>>;

export const valueAt = (ctx: PlanContext, source: SourceRef, path: readonly (string | number)[]): Place => ({
  source,
  path,
  location: ctx.locate(source, path),
});

/** An item's address field (or a field inside it, e.g. `gateway`). */
export const atItem = (ctx: PlanContext, i: Item, field?: string): Place => valueAt(ctx, i.source, field === undefined ? i.path : [...i.path, field]);

/** A field of a pool in the Province document. */
export const atPool = (ctx: PlanContext, p: ParsedPool, field = 'prefix'): Place =>
  valueAt(ctx, ctx.model.province.source, ['spec', 'addressPools', p.index, field]);

/** The pool an item names or sits in, when the province declares it. */
/** A failing outcome about one planned prefix, located at its value and told apart by its key. */
export const itemFailure = (ctx: PlanContext, i: Item, message: Text, extra: Partial<Outcome> = {}): Outcome => ({
  status: 'fail',
  target: i.target,
  part: i.key,
  ...atItem(ctx, i),
  message,
  ...extra,
});

export const poolOf = (ctx: PlanContext, i: Item): ParsedPool | undefined => (i.pool !== undefined ? ctx.poolByName.get(i.pool) : undefined);

/** The outcomes of a prefix that uses special ranges: one per range, `part` naming the subject and the range. */
export function specialOutcomes(prefix: Prefix, what: string | Text, target: string, subject: string, place: () => Place): Outcome[] {
  const w = words(what);
  return SPECIAL.filter((s) => overlapsOrContains(s.prefix, prefix)).map((s) => ({
    status: 'fail' as const,
    target,
    part: `${subject}~${s.prefix.text}`,
    severity: s.severity,
    clauses: specialReference(s),
    ...place(),
    message: text(`${w.vi} (${prefix.text}) dùng dải đặc biệt ${s.what}.`, `${w.en} (${prefix.text}) uses the special-purpose range ${s.what}.`),
  }));
}

/** What a finding is about: a key (the same in both languages) or words (`dải gốc "x"` / `pool "x"`). */
const words = (what: string | Text): Text => (typeof what === 'string' ? { vi: what, en: what } : what);

/** A pool as a message names it. */
export const poolWords = (name: string): Text => text(`dải gốc "${name}"`, `pool "${name}"`);

/** An IPv6 prefix off the nibble grid (length not a multiple of 4; /127 and /128 excepted), if it is. */
export function nibbleOutcome(prefix: Prefix, what: string | Text, target: string, part: string, place: () => Place): Outcome | undefined {
  if (prefix.length % 4 === 0 || prefix.length >= 127) return undefined;
  const w = words(what);
  return {
    status: 'fail',
    target,
    part,
    ...place(),
    message: text(
      `${w.vi} (${prefix.text}) không ở ranh giới nửa byte (độ dài không chia hết cho 4).`,
      `${w.en} (${prefix.text}) is not on a nibble boundary (its length is not a multiple of 4).`,
    ),
  };
}

/**
 * Which rule an overlapping pair (outer a, inner b) breaks: `cluster` (ADDR-K8S-01) when either side is a cluster
 * range, else `dr` (ADDR-DR-01) for a DR-site zone against a zone of the site it backs up, else `domain`
 * (ADDR-OVERLAP-01) when both are in one routing domain. Undefined when the pair is allowed (separate VRFs).
 */
export type OverlapKind = 'cluster' | 'dr' | 'domain';

/** The classifier of overlapping pairs for one context (sites looked up once). */
export function overlapClassifier(ctx: PlanContext): (a: Item, b: Item) => OverlapKind | undefined {
  const drSites = new Map(ctx.model.sites.filter((s) => s.role === 'dr').map((s) => [s.name, s]));
  const backsUp = (a: Item, b: Item) =>
    [a.site, b.site].some((name) => {
      const s = name !== undefined ? drSites.get(name) : undefined;
      return s !== undefined && (s.drFor === undefined || s.drFor === a.site || s.drFor === b.site);
    });
  return (a, b) => {
    if (a.kind === 'Cluster' || b.kind === 'Cluster') return a.key === b.key ? undefined : 'cluster';
    const ra = a.site !== undefined ? ctx.siteRole.get(a.site) : undefined;
    const rb = b.site !== undefined ? ctx.siteRole.get(b.site) : undefined;
    if (a.site !== b.site && a.kind === 'Zone' && b.kind === 'Zone' && (ra === 'dr') !== (rb === 'dr') && backsUp(a, b)) return 'dr';
    return (a.routingDomain ?? '') === (b.routingDomain ?? '') ? 'domain' : undefined;
  };
}

/**
 * The outcome of an overlapping pair, on the inner prefix: the message names both sides with their locations
 * and ends with the rule's own words; `part` is `<inner key>~<outer key>`.
 */
export function pairOutcome(ctx: PlanContext, a: Item, b: Item, vi: string, en: string): Outcome {
  const la = itemAt(ctx, a);
  const inner = atItem(ctx, b);
  const lb = inner.location;
  const same = a.prefix === b.prefix;
  return {
    status: 'fail',
    target: b.target,
    part: `${b.key}~${a.key}`,
    ...inner,
    message: text(
      `${a.key} (${a.prefix}, ${where(la)}) ${same ? 'trùng' : 'chứa'} ${b.key} (${b.prefix}, ${where(lb)})${vi}.`,
      `${a.key} (${a.prefix}, ${where(la)}) ${same ? 'is the same as' : 'contains'} ${b.key} (${b.prefix}, ${where(lb)})${en}.`,
    ),
  };
}

/** Lock-entry issues of one kind (ADDR-LOCK-03 … 06), from the planner. */
export const lockIssues = (ctx: PlanContext, kind: PlanIssue['kind']): PlanIssue[] => ctx.plan.issues.filter((i) => i.kind === kind);

/** A failing outcome about one lock entry, located at its line in the lock file and told apart by its key. */
export const lockEntryFailure = (i: PlanIssue, message: Text): Outcome => ({
  status: 'fail',
  target: i.target,
  part: i.key,
  path: ['allocations', i.key],
  ...(i.lockLocation ? { location: i.lockLocation } : {}),
  message,
});

/** Why a lock entry is not in the pool it names, in a few words (`lies outside pool "x" (10.0.0.0/16)`). */
export function outsidePoolText(ctx: PlanContext, i: PlanIssue): Text {
  const name = i.entry!.pool;
  const pool = ctx.poolByName.get(name);
  if (i.reason === 'no-pool' || !pool)
    return text(`nêu dải gốc "${name}", dải gốc này không có trong tỉnh`, `names pool "${name}", which this province does not have`);
  if (i.reason === 'family') {
    const family = i.entry!.prefix.includes(':') ? 'IPv6' : 'IPv4';
    const keyFamily = i.key.endsWith('/ipv6') ? 'IPv6' : i.key.endsWith('/ipv4') ? 'IPv4' : family;
    return keyFamily !== family
      ? text(`là dải địa chỉ ${family} của mục khóa ${keyFamily}`, `is an ${family} prefix under an ${keyFamily} key`)
      : text(
          `là dải địa chỉ ${family} trong dải gốc ${pool.prefix.family === 'ipv6' ? 'IPv6' : 'IPv4'} "${name}"`,
          `is an ${family} prefix in the ${pool.prefix.family === 'ipv6' ? 'IPv6' : 'IPv4'} pool "${name}"`,
        );
  }
  return text(`nằm ngoài dải gốc "${name}" (${pool.prefix.text})`, `lies outside pool "${name}" (${pool.prefix.text})`);
}

/** True when the inventory has the object a lock key names (`agencies/so-y-te` of `agencies/so-y-te/ipv4`). */
export function objectExists(ctx: PlanContext, target: string): boolean {
  const [plural, name] = target.split('/');
  const lists: Record<string, readonly { readonly name: string }[]> = {
    zones: ctx.model.zones,
    agencies: ctx.model.agencies,
    clusters: ctx.model.clusters,
    sites: ctx.model.sites,
  };
  return (lists[plural ?? ''] ?? []).some((o) => o.name === name);
}
