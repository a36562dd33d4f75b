// The shape of one baseline rule: data about the requirement plus a pure check. One rule per file in rules/.
import type { Component, Device, DrMode, Model, Site, System, Text, Zone, ZoneKind } from '../model/index.js';
import { LEVELS, type Level, type Outcome, type RuleMeta, type RulesetId } from '../rules/index.js';
import type { ParameterName, ParameterValue } from './parameters.js';

export { LEVELS, RULESET_IDS, clausesFor, tcvn11930ByLevel } from '../rules/index.js';
export type { CheckMode, Citation, Clause, Level, Outcome, RulesetId } from '../rules/index.js';
export const ALL_LEVELS: readonly Level[] = LEVELS;

/** One component of a system where it runs at a site: its own zone at the primary site, the zone of the same kind at the DR site. */
export interface PlacedComponent {
  readonly component: Component;
  /** Index of the component in the system's list (for locations). */
  readonly index: number;
  /** Absent at a DR site that has no zone of the component's zone kind. */
  readonly zone?: Zone;
}

/** A site where a system runs: where its components are (primary), or its DR site when its DR mode is not `none`. */
export interface Placement {
  readonly site: Site;
  readonly role: 'primary' | 'dr';
  /** DR mode of the system, at a DR site. */
  readonly drMode?: Exclude<DrMode, 'none'>;
  readonly components: readonly PlacedComponent[];
}

/** Lookups shared by all rules, built once per run. */
export interface ModelIndex {
  readonly zone: ReadonlyMap<string, Zone>;
  readonly site: ReadonlyMap<string, Site>;
  readonly zonesBySite: ReadonlyMap<string, readonly Zone[]>;
  readonly devicesBySite: ReadonlyMap<string, readonly Device[]>;
  /** Sites where a system runs (its components' sites, then its DR site unless the DR mode is `none`), in that order. */
  readonly sitesOf: (system: System) => readonly Site[];
  /** The same sites with the role of each and the zone of every component there. */
  readonly placementsOf: (system: System) => readonly Placement[];
  /** Effective level of a system: its declared level raised to the highest level of its components (NĐ 85 Art. 5.2). */
  readonly levelOf: (system: System) => Level;
  /** Highest effective level among the systems running in the zone, at the primary or the DR site (0 when none). */
  readonly zoneLevel: (zone: string) => number;
  /** Highest effective level among the systems hosted, backed up or recovered at the site (0 when none). */
  readonly siteLevel: (site: string) => number;
  readonly hasZoneKind: (site: string, kind: ZoneKind) => boolean;
}

export interface RulesetInfo {
  readonly id: RulesetId;
  readonly title: Text;
  /** First day the rule-set is in force (YYYY-MM-DD). */
  readonly inForceFrom: string;
  readonly transition?: Transition;
}

/**
 * NĐ 331/2026 Art. 39.1 (with Law 116/2025 Art. 45.1): systems built or classified before 01/07/2026 keep their level and
 * must meet the decree's new measures within 12 months of that date. Until `until`, a missing new measure of such a
 * system is `due` (with the date), not failed; a system that came later must meet it now.
 */
export interface Transition {
  /** Rules whose requirement is new under the rule-set. */
  readonly rules: readonly string[];
  /** A system existed before this date (YYYY-MM-DD) when it went into operation or had its level approved earlier. */
  readonly existingBefore: string;
  /** The first day the requirement applies to every system (YYYY-MM-DD). */
  readonly until: string;
}

/** What a rule's check sees. Everything is read-only and the check must not keep state between calls. */
export interface ModelContext {
  readonly model: Model;
  readonly index: ModelIndex;
  readonly ruleset: RulesetInfo;
  /** YYYY-MM-DD. */
  readonly asOf: string;
  readonly param: (name: ParameterName, level?: number) => ParameterValue;
}

export interface SystemContext extends ModelContext {
  readonly system: System;
  /** The system's effective level. */
  readonly level: Level;
}

interface RuleBase extends RuleMeta {
  /** Parameters the rule reads (see parameters.ts); their values are shown in every finding. */
  readonly parameters?: readonly ParameterName[];
  /** Rule-sets the rule belongs to is decided by the lists in rulesets.ts, not here. */
}

/** A requirement on each information system, decided per system at its level. */
export interface SystemRule extends RuleBase {
  readonly scope: 'system';
  /** Condition on the system's criterion and attributes (e.g. WAF only for citizen-facing systems). */
  readonly appliesTo?: { readonly text: Text; readonly test: (ctx: SystemContext) => boolean };
  /**
   * A plan/measure the level requires of every system, when `appliesTo` is the condition of the dedicated product only
   * (TT 12/2022 annexes: "phương án" for all, the product for some). Outside the condition the finding is `manual` with
   * this evidence, never `not-applicable`.
   */
  readonly plan?: { readonly text: Text; readonly evidence: readonly Text[] };
  /** Absent for manual rules: they produce one `manual` finding per applicable system. No outcome means pass. */
  readonly check?: (ctx: SystemContext) => readonly Outcome[];
}

/** A requirement on the model as a whole (flows, devices, the dossier); outcomes name their targets. */
export interface ModelRule extends RuleBase {
  readonly scope: 'model';
  readonly check: (ctx: ModelContext) => readonly Outcome[];
}

export type Rule = SystemRule | ModelRule;
