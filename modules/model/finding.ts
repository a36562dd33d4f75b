import type { Text } from './diagnostics.js';
import type { SourceLocation } from './types.js';

export type FindingStatus = 'fail' | 'pass' | 'waived' | 'manual' | 'not-applicable';
export type FindingSeverity = 'error' | 'warning' | 'info';

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
}
