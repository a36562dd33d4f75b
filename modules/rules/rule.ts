// What every rule is, whatever it looks at: data about the requirement (id, title, domain, levels, clauses,
// confidence, remediation) plus a pure check. Baseline rules (per system or per model) and address-plan rules
// extend this shape with the context their check reads.
import type { FindingDomain, FindingSeverity, SourceLocation, SourceRef, Text } from '../model/index.js';

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export const RULESET_IDS = ['vn-nd85-tt12-2022', 'vn-nd331-2026'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];

/** Where a rule's finding is shown in the report (declared by each rule). */
export type Domain = FindingDomain;

/** A source clause; `rulesets` limits it to the rule-sets whose texts contain it (absent: all of them). */
export interface Clause {
  readonly text: string;
  readonly rulesets?: readonly RulesetId[];
}

/** How the catalogue (regulations.md §2) says the requirement can be checked. */
export type CheckMode = 'auto' | 'auto*' | 'manual';

/** The declared facts of a rule; every output reads them from here (through the findings), never from the id. */
export interface RuleMeta {
  /** Catalogue id, never reused. */
  readonly id: string;
  readonly title: Text;
  readonly domain: Domain;
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
  /** Parameters the rule reads; their values are shown in every finding. */
  readonly parameters?: readonly string[];
  /** What an auditor must see; listed in manual findings. */
  readonly evidence?: readonly Text[];
}

/** One result of a rule's check. The runner adds the rule's data, the location and the fingerprint. */
export interface Outcome {
  readonly status: 'pass' | 'fail' | 'manual' | 'not-applicable';
  readonly message: Text;
  /** `<kind plural>/<name>`; defaults to what the runner checks (the system, the province). */
  readonly target?: string;
  /** Sub-part of the target, when one rule reports several parts of one target (e.g. one finding per site). */
  readonly part?: string;
  /** Entity whose YAML the finding points at, and the path of the value inside it. */
  readonly source?: SourceRef;
  readonly path?: readonly (string | number)[];
  /** Point at the key of `path` (default) or at its value. */
  readonly at?: 'key' | 'value';
  /** Overrides the rule's severity, e.g. `warning` where the text accepts an equivalent solution. */
  readonly severity?: FindingSeverity;
  /** Level the outcome was evaluated at, for model-wide rules (system rules use the system's level). */
  readonly level?: number;
  /** System the outcome belongs to, for model-wide rules. */
  readonly system?: string;
  /** The clauses of this outcome when they are a narrower choice among the rule's (e.g. the RFC of one range). */
  readonly clauses?: readonly string[];
  /** A location already found (when the rule's message quotes it). */
  readonly location?: SourceLocation;
}

/** The clauses of a rule that belong to a rule-set. */
export function clausesFor(rule: RuleMeta, ruleset: RulesetId): string[] {
  return rule.clauses.filter((c) => !c.rulesets || c.rulesets.includes(ruleset)).map((c) => c.text);
}

/** A rule's check threw: the run fails closed (exit 2) instead of passing with the rule's findings missing. */
export class RuleError extends Error {
  constructor(
    readonly rule: string,
    error: unknown,
  ) {
    super(`rule ${rule} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Runs a rule's check; an exception becomes a RuleError naming the rule. */
export function guard<T>(rule: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw new RuleError(rule, error);
  }
}
