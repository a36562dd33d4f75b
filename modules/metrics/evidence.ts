// When each kind of evidence falls due: the same intervals the baseline rules check (modules/baseline parameters),
// so that a dashboard and `hatang validate` never disagree on a due date.
import { parameterValue, RULESETS, selectRuleset, type ParameterName, type RulesetId } from '../baseline/index.js';
import { addMonths, type EvidenceKind, type System } from '../model/index.js';

/** The baseline parameter that sets each evidence kind's interval; a level approval does not expire. */
export const EVIDENCE_INTERVAL_PARAMETER: Readonly<Partial<Record<EvidenceKind, ParameterName>>> = {
  independentAssessment: 'assessmentIntervalMonths',
  penetrationTest: 'penetrationTestIntervalMonths',
  restoreDrill: 'restoreDrillIntervalMonths',
  drDrill: 'drDrillIntervalMonths',
};

/** Months after which evidence of `kind` is due again for a system of `level`, under the rule-set in force. */
export function evidenceIntervalMonths(kind: EvidenceKind, level: number, ruleset: RulesetId): number | undefined {
  const parameter = EVIDENCE_INTERVAL_PARAMETER[kind];
  return parameter ? parameterValue(parameter, ruleset, level).value : undefined;
}

/** The rule-set id to read intervals under: the one given when it is known, else the one in force at `asOf`. */
export function intervalRuleset(ruleset: string | undefined, asOf: string): RulesetId {
  const known = RULESETS.find((r) => r.id === ruleset);
  return known ? known.id : selectRuleset({ asOf }).ruleset.id;
}

export function evidenceDueDate(system: System, kind: EvidenceKind, ruleset: RulesetId): string | undefined {
  const item = system.evidence[kind];
  const months = evidenceIntervalMonths(kind, system.level, ruleset);
  return item && months !== undefined ? addMonths(item.date, months) : undefined;
}
