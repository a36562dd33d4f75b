// The shape of one baseline rule: data about the requirement plus a pure check. One rule per file in rules/.
import type { Device, Model, Site, System, Text, Zone, ZoneKind } from '../model/index.js';
import { LEVELS, type Level, type Outcome, type RuleMeta, type RulesetId } from '../rules/index.js';
import type { ParameterName, ParameterValue } from './parameters.js';

export { LEVELS, RULESET_IDS, clausesFor } from '../rules/index.js';
export type { CheckMode, Clause, Level, Outcome, RulesetId } from '../rules/index.js';
export const ALL_LEVELS: readonly Level[] = LEVELS;

/** Lookups shared by all rules, built once per run. */
export interface ModelIndex {
  readonly zone: ReadonlyMap<string, Zone>;
  readonly site: ReadonlyMap<string, Site>;
  readonly zonesBySite: ReadonlyMap<string, readonly Zone[]>;
  readonly devicesBySite: ReadonlyMap<string, readonly Device[]>;
  /** Sites where a system has components, in name order. */
  readonly sitesOf: (system: System) => readonly Site[];
  /** Effective level of a system: its declared level raised to the highest level of its components (NĐ 85 Art. 5.2). */
  readonly levelOf: (system: System) => Level;
  /** Highest effective level among the systems with a component in the zone (0 when none). */
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
  /** Absent for manual rules: they produce one `manual` finding per applicable system. No outcome means pass. */
  readonly check?: (ctx: SystemContext) => readonly Outcome[];
}

/** A requirement on the model as a whole (flows, devices, the dossier); outcomes name their targets. */
export interface ModelRule extends RuleBase {
  readonly scope: 'model';
  readonly check: (ctx: ModelContext) => readonly Outcome[];
}

export type Rule = SystemRule | ModelRule;
