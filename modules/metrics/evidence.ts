// When each kind of evidence falls due: the same intervals the baseline rules check (modules/baseline parameters),
// so that a dashboard and `hatang validate` never disagree on a due date.
import { parameterValue, RULESETS, selectRuleset, type ParameterName, type RulesetId } from '../baseline/index.js';
import type { EvidenceKind, System } from '../model/index.js';

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

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (both YYYY-MM-DD, read as UTC dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The date `months` calendar months after `date`, clamped to the month's last day (2026-08-31 + 6 = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(year, month, Math.min(dd, last))));
}

export function evidenceDueDate(system: System, kind: EvidenceKind, ruleset: RulesetId): string | undefined {
  const item = system.evidence[kind];
  const months = evidenceIntervalMonths(kind, system.level, ruleset);
  return item && months !== undefined ? addMonths(item.date, months) : undefined;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayMs(date: string): number {
  const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, dd);
}
