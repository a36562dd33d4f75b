// The shape of an address-plan rule: a rule like every other (modules/rules) whose check reads the plan. One
// rule per file in rules/, listed in rules/index.ts.
import { type Model, type SourceLocation, type SourceRef } from '../model/index.js';
import { forEachOverlap, PrefixTableBuilder, type Family, type Prefix, type PrefixTable } from '../net/index.js';
import type { Outcome, RuleMeta } from '../rules/index.js';
import type { AddressPlan, Item, ParsedPool } from './types.js';

/** What a plan rule's check sees. Read-only; built once per evaluation. */
export interface PlanContext {
  readonly model: Model;
  readonly plan: AddressPlan;
  /** Every planned prefix with its parsed value (absent when unallocated), sorted by key. */
  readonly items: readonly Item[];
  /** The province's pools whose prefix parses, with their index in the inventory. */
  readonly pools: readonly ParsedPool[];
  readonly poolByName: ReadonlyMap<string, ParsedPool>;
  readonly siteRole: ReadonlyMap<string, 'primary' | 'dr' | 'other'>;
  /** File, line and column of a value (locating reads the file: only for findings). */
  readonly locate: (source: SourceRef, path: readonly (string | number)[]) => SourceLocation;
  /** Evaluation date (YYYY-MM-DD). */
  readonly asOf: string;
  /** Every pair of overlapping items of one family (outer, inner), from one sort-and-sweep shared by the rules. */
  readonly overlaps: () => readonly (readonly [Item, Item])[];
}

/** A requirement on the address plan; outcomes name their targets (default: the province). */
export interface PlanRule extends RuleMeta {
  readonly scope: 'plan';
  readonly check: (ctx: PlanContext) => readonly Outcome[];
}

/** `file:line:column`, for messages that name the other side of a problem. */
export const where = (l: SourceLocation): string => `${l.file}:${l.line}:${l.column}`;

/** The item's own location (the value of its address field). */
export const itemAt = (ctx: PlanContext, i: Item): SourceLocation => ctx.locate(i.source, i.path);

/** The location of a pool field in the Province document. */
export const poolAt = (ctx: PlanContext, p: ParsedPool, field = 'prefix'): SourceLocation =>
  ctx.locate(ctx.model.province.source, ['spec', 'addressPools', p.index, field]);

function toTable(family: Family, prefixes: readonly Prefix[]): PrefixTable {
  const b = new PrefixTableBuilder(family, prefixes.length);
  for (const p of prefixes) {
    const v = p.network;
    if (family === 'ipv4') b.push(Number(v), 0, 0, 0, p.length);
    else b.push(Number(v >> 96n), Number((v >> 64n) & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), Number(v & 0xffffffffn), p.length);
  }
  return b.build();
}

/** Overlapping pairs of items, per family, with the sort-and-sweep of the word tables. */
function overlapPairs(items: readonly Item[]): [Item, Item][] {
  const pairs: [Item, Item][] = [];
  for (const family of ['ipv4', 'ipv6'] as const) {
    const list = items.filter((i) => i.parsed && i.family === family);
    const table = toTable(
      family,
      list.map((i) => i.parsed!),
    );
    forEachOverlap(table, (outer, inner) => pairs.push([list[outer]!, list[inner]!]));
  }
  return pairs;
}

/** The context of the plan rules for a plan built by planWithItems. */
export function planContext(input: Omit<PlanContext, 'overlaps' | 'poolByName' | 'siteRole'>): PlanContext {
  let pairs: [Item, Item][] | undefined;
  return {
    ...input,
    poolByName: new Map(input.pools.map((p) => [p.pool.name, p])),
    siteRole: new Map(input.model.sites.map((s) => [s.name, s.role])),
    overlaps: () => (pairs ??= overlapPairs(input.items)),
  };
}
