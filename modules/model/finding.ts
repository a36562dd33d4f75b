import type { Text } from './diagnostics.js';
import type { SourceLocation } from './types.js';

/** `due`: a requirement not yet in force for the target (a transition period), with the date it becomes due (`dueDate`). */
export type FindingStatus = 'fail' | 'due' | 'pass' | 'waived' | 'manual' | 'not-applicable';
export type FindingSeverity = 'error' | 'warning' | 'info';
/** Where a rule's finding is shown in the report: the catalogue's domains, then the infrastructure model. */
export type FindingDomain = 'network' | 'host' | 'application' | 'data' | 'operations' | 'management' | 'inventory';

/** The result of one rule for one target; produced by the checks and rendered by every output format. */
export interface Finding {
  /** Rule id, e.g. NET-ZONE-06. */
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly status: FindingStatus;
  /** What the finding is about, as `<kind plural>/<name>`, e.g. `systems/cong-dvc`. */
  readonly target: string;
  readonly message: Text;
  readonly location?: SourceLocation;
  /** The clauses the rule enforces, in their Vietnamese legal form, joined by "; " (the same as `clauses`). */
  readonly reference?: string;
  /** Stable id of rule + target (+ part) + rule-set, independent of message text and line numbers. */
  readonly fingerprint?: string;
  /** Rule-set the finding was evaluated under, e.g. `vn-nd331-2026`. */
  readonly ruleset?: string;
  /** Short title of the rule. */
  readonly title?: Text;
  /** The rule's declared domain (report section). */
  readonly domain?: FindingDomain;
  /** Information system the finding belongs to (its metadata.name), when there is one. */
  readonly system?: string;
  /** Security level the rule was evaluated at (the system's effective level). */
  readonly level?: number;
  /** Sub-part of the target the finding is about, e.g. `sites/qn-dc` for a system's zones at one site. */
  readonly part?: string;
  /** Every source clause of the rule under the rule-set in use (and at the finding's level), in its Vietnamese legal form. */
  readonly clauses?: readonly string[];
  /** The same clauses as structured citations (document, article, clause, point, annex, item). */
  readonly citations?: readonly FindingCitation[];
  /**
   * `verified` when the requirement and every number it uses come from a text that was read; `practice` when the rule or
   * a number is a good-practice default no text sets; `unverified` when a number or reading comes from a secondary source.
   */
  readonly confidence?: FindingConfidence;
  readonly remediation?: Text;
  /** What an auditor must see, for manual findings. */
  readonly evidence?: readonly Text[];
  /** Configurable numbers the rule used, with whether their value is verified. */
  readonly parameters?: readonly FindingParameter[];
  /** YYYY-MM-DD from which a `due` finding fails (the end of the transition period). */
  readonly dueDate?: string;
  /** Name of the waiver that covers the finding (status `waived`), or that the finding is about. */
  readonly waiver?: string;
  /** JSON Pointer of the value inside its YAML document. */
  readonly pointer?: string;
  /**
   * The shared object (a site, a zone, a device, a flow) whose own fact the finding states, when the rule says the
   * outcome does not depend on the system judged: outputs that list findings show one finding per cause.
   */
  readonly cause?: FindingCause;
  /** The systems one finding stands for (sorted), when it merges the same shared cause of several systems. */
  readonly systems?: readonly string[];
}

/** A fact of a shared object, as a finding about several systems states it. */
export interface FindingCause {
  /** `<kind plural>/<name>` of the shared object, e.g. `sites/qn-dc`. */
  readonly target: string;
  /** The fact in words that name no system. */
  readonly message: Text;
  /** The object's declaration. */
  readonly location?: SourceLocation;
  readonly pointer?: string;
}

/** How sure a requirement or a number is (see `Finding.confidence`). */
export type FindingConfidence = 'verified' | 'practice' | 'unverified';

/** One clause a finding enforces: the document (an id of the rules' document registry) and where in it. */
export interface FindingCitation {
  readonly doc: string;
  /** Điều (article), e.g. `20` or a range `6–11`. */
  readonly article?: string;
  /** Khoản (clause). */
  readonly clause?: string;
  /** Điểm (point), e.g. `c`, `đ`. */
  readonly point?: string;
  /** Phụ lục (annex), e.g. `III` or a range `I–V`. */
  readonly annex?: string;
  /** Mục: an item of an annex, a clause of a standard or a section of an RFC. */
  readonly item?: string;
}

export interface FindingParameter {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** `confidence === 'verified'`; kept for readers of the earlier format. */
  readonly verified: boolean;
  readonly confidence: FindingConfidence;
}
