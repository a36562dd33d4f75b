import type { Text } from './diagnostics.js';
import type { SourceLocation } from './types.js';

export type FindingStatus = 'fail' | 'pass' | 'waived' | 'manual' | 'not-applicable';
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
  /** The regulation clause or standard the rule enforces. */
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
  /** Every source clause of the rule under the rule-set in use. */
  readonly clauses?: readonly string[];
  /** `verified` when every number the rule uses comes from a text that was read; `unverified` otherwise. */
  readonly confidence?: 'verified' | 'unverified';
  readonly remediation?: Text;
  /** What an auditor must see, for manual findings. */
  readonly evidence?: readonly Text[];
  /** Configurable numbers the rule used, with whether their value is verified. */
  readonly parameters?: readonly FindingParameter[];
  /** Name of the waiver that covers the finding (status `waived`), or that the finding is about. */
  readonly waiver?: string;
  /** JSON Pointer of the value inside its YAML document. */
  readonly pointer?: string;
}

export interface FindingParameter {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly verified: boolean;
}
