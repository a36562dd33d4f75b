export { clausesFor, guard, LEVELS, RuleError, RULESET_IDS } from './rule.js';
export type { CheckMode, Clause, Domain, Level, Outcome, RuleMeta, RulesetId, SharedCause } from './rule.js';
export {
  ANNEX_OF_LEVEL,
  citationOf,
  CONFIDENCE_LABELS,
  CONFIDENCE_MEANINGS,
  CONFIDENCES,
  DOCUMENTS,
  documentOf,
  renderCitation,
  renderCitations,
  tcvn11930ByLevel,
  uniqueCitations,
  weakestConfidence,
} from './citation.js';
export type { Citation, Confidence, DocumentId, DocumentInfo, DocumentKind } from './citation.js';
export { causeFingerprint, compareFindings, findingOf, fingerprint, pointerOf, SEVERITY_RANK, systemOf } from './finding.js';
export type { EmitContext, OutcomeDefaults } from './finding.js';
export { inTermsOf, verbatimTexts } from './vocabulary.js';
export { groupSharedCauses, sharedCauseKey } from './group.js';
export { applyWaivers, WAIVER_EXPIRED, WAIVER_RULES, WAIVER_UNKNOWN_RULE, WAIVER_UNUSED } from './waivers.js';
export type { WaiverContext } from './waivers.js';
