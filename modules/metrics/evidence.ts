// When each kind of evidence falls due: the same intervals the baseline rules check (modules/baseline parameters,
// with the evaluation's overrides), so that a dashboard and `hatang validate` never disagree on a due date.
import type { ParameterName } from '../baseline/index.js';
import { parameterOf, type Evaluation } from '../evaluation/index.js';
import { addMonths, type EvidenceKind, type System } from '../model/index.js';

/**
 * The baseline parameter that sets each evidence kind's interval. A level approval does not expire; a penetration
 * test has no interval of its own (it is part of the periodic assessment); a security policy's own review interval
 * (`reviewIntervalMonths`) wins over the default.
 */
export const EVIDENCE_INTERVAL_PARAMETER: Readonly<Partial<Record<EvidenceKind, ParameterName>>> = {
  independentAssessment: 'assessmentIntervalMonths',
  restoreDrill: 'restoreDrillIntervalMonths',
  drDrill: 'drDrillIntervalMonths',
  securityPolicy: 'policyReviewMonths',
};

/** Months after which evidence of `kind` is due again for a system of `level`, under the evaluation's selection. */
export function evidenceIntervalMonths(evaluation: Pick<Evaluation, 'selection'>, kind: EvidenceKind, level: number): number | undefined {
  const parameter = EVIDENCE_INTERVAL_PARAMETER[kind];
  return parameter ? parameterOf(evaluation, parameter, level).value : undefined;
}

export function evidenceDueDate(evaluation: Pick<Evaluation, 'selection'>, system: System, kind: EvidenceKind): string | undefined {
  const item = system.evidence[kind];
  const months = item?.reviewIntervalMonths ?? evidenceIntervalMonths(evaluation, kind, system.level);
  return item && months !== undefined ? addMonths(item.date, months) : undefined;
}
