export { clausesFor, guard, LEVELS, RuleError, RULESET_IDS } from './rule.js';
export type { CheckMode, Clause, Domain, Level, Outcome, RuleMeta, RulesetId } from './rule.js';
export { compareFindings, findingOf, fingerprint, pointerOf, SEVERITY_RANK, systemOf } from './finding.js';
export type { EmitContext, OutcomeDefaults } from './finding.js';
export { applyWaivers, WAIVER_EXPIRED, WAIVER_RULES, WAIVER_UNKNOWN_RULE, WAIVER_UNUSED } from './waivers.js';
export type { WaiverContext } from './waivers.js';
