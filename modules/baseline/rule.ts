// The shape of one baseline rule: data about the requirement plus a pure check. One rule per file in rules/.
import type { Device, FindingSeverity, Model, Site, SourceRef, System, Text, Zone, ZoneKind } from '../model/index.js';
import type { ParameterName, ParameterValue } from './parameters.js';

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];
export const ALL_LEVELS: readonly Level[] = LEVELS;

export const RULESET_IDS = ['vn-nd85-tt12-2022', 'vn-nd331-2026'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];

/** A source clause; `rulesets` limits it to the rule-sets whose texts contain it (absent: all of them). */
export interface Clause {
  readonly text: string;
  readonly rulesets?: readonly RulesetId[];
}

/** How the catalogue (regulations.md §2) says the requirement can be checked. */
export type CheckMode = 'auto' | 'auto*' | 'manual';

/** One result of a rule's check. The engine adds rule data, location, fingerprint and waivers. */
export interface Outcome {
  readonly status: 'pass' | 'fail' | 'manual' | 'not-applicable';
  readonly message: Text;
  /** `<kind plural>/<name>`; defaults to the system being checked. */
  readonly target?: string;
  /** Sub-part of the target, when one rule reports several parts of one target (e.g. one finding per site). */
  readonly part?: string;
  /** Entity whose YAML the finding points at, and the path of the value inside it (defaults: the system, `spec`). */
  readonly source?: SourceRef;
  readonly path?: readonly (string | number)[];
  /** Overrides the rule's severity, e.g. `warning` where the text accepts an equivalent solution. */
  readonly severity?: FindingSeverity;
  /** Level the outcome was evaluated at, for model-wide rules (system rules use the system's level). */
  readonly level?: number;
  /** System the outcome belongs to, for model-wide rules. */
  readonly system?: string;
}

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

interface RuleBase {
  /** Catalogue id (regulations.md §2), never reused. */
  readonly id: string;
  readonly title: Text;
  readonly domain: 'network' | 'host' | 'application' | 'data' | 'operations' | 'management';
  readonly mode: CheckMode;
  /** Levels the requirement applies to. */
  readonly levels: readonly Level[];
  /** How the requirement strengthens per level (for the rule catalogue and messages). */
  readonly perLevel?: Partial<Readonly<Record<Level, Text>>>;
  readonly severity: FindingSeverity;
  readonly clauses: readonly Clause[];
  /** `unverified` when a number or reading the rule relies on comes from an unattributed or secondary source. */
  readonly confidence: 'verified' | 'unverified';
  readonly remediation: Text;
  /** Parameters the rule reads (see parameters.ts); their values are shown in every finding. */
  readonly parameters?: readonly ParameterName[];
  /** What an auditor must see; listed in manual findings. */
  readonly evidence?: readonly Text[];
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

/** The clauses of a rule that belong to a rule-set. */
export function clausesFor(rule: Rule, ruleset: RulesetId): string[] {
  return rule.clauses.filter((c) => !c.rulesets || c.rulesets.includes(ruleset)).map((c) => c.text);
}
