// What every rule is, whatever it looks at: data about the requirement (id, title, domain, levels, clauses,
// confidence, remediation) plus a pure check. Baseline rules (per system or per model) and address-plan rules
// extend this shape with the context their check reads.
import type { FindingDomain, FindingSeverity, SourceLocation, SourceRef, Text } from '../model/index.js';
import type { Citation, Confidence } from './citation.js';
import type { Level, RulesetId } from './ids.js';

export { LEVELS, RULESET_IDS } from './ids.js';
export type { Level, RulesetId } from './ids.js';

/** Where a rule's finding is shown in the report (declared by each rule). */
export type Domain = FindingDomain;

/** A source clause of a rule: a structured citation (modules/rules/citation.ts). */
export type Clause = Citation;

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
  /** Every source clause, as structured citations; `rulesets` and `levels` limit one to where the texts contain it. */
  readonly clauses: readonly Citation[];
  /**
   * `verified` when the requirement is read in the cited texts; `practice` when it (or the reading the rule makes) is a
   * good-practice default no text sets; `unverified` when a number or reading comes from a secondary or unattributed source.
   */
  readonly confidence: Confidence;
  /** Why the confidence is what it is (shown in docs/rules.md; never inside a citation). */
  readonly confidenceNote?: Text;
  readonly remediation: Text;
  /** Parameters the rule reads; their values are shown in every finding. */
  readonly parameters?: readonly string[];
  /** What an auditor must see; listed in manual findings. */
  readonly evidence?: readonly Text[];
}

/** One result of a rule's check. The runner adds the rule's data, the location and the fingerprint. */
export interface Outcome {
  readonly status: 'pass' | 'fail' | 'due' | 'manual' | 'not-applicable';
  /** For `due`: the YYYY-MM-DD from which the requirement applies. */
  readonly dueDate?: string;
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
  readonly clauses?: readonly Citation[];
  /** A location already found (when the rule's message quotes it). */
  readonly location?: SourceLocation;
  /**
   * Set by a system rule when the outcome states a fact of a shared object (a site, a zone, a device, a flow) that
   * does not depend on the system judged, e.g. a site without a time server: every system placed there gets the same
   * fact, and the outputs that list findings show it once (`groupSharedCauses`).
   */
  readonly cause?: SharedCause;
}

/** The shared object an outcome is about, and the fact in words that name no system. */
export interface SharedCause {
  /** `<kind plural>/<name>`: `sites/<name>`, `zones/<name>`, `devices/<name>`, `flows/<name>`. */
  readonly target: string;
  /** The fact without the system's name or level; the merged finding's message starts with it. */
  readonly message: Text;
  /** The object's declaration, where the merged finding points, and the path inside it (default `spec`). */
  readonly source?: SourceRef;
  readonly path?: readonly (string | number)[];
}

/** The citations of a rule that apply under a rule-set (and at a level, when given). */
export function clausesFor(rule: Pick<RuleMeta, 'clauses'>, ruleset: RulesetId, level?: number): Citation[] {
  return rule.clauses.filter((c) => (!c.rulesets || c.rulesets.includes(ruleset)) && (level === undefined || !c.levels || c.levels.includes(level as Level)));
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
