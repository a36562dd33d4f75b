// How often each kind of evidence falls due, by system level. Only intervals with a cited source are listed; where
// the sources give none (level approval, and drills below level 4) no expiry is exported.
import type { EvidenceKind, System } from '../model/index.js';

export interface EvidenceInterval {
  /** Months after the evidence date at which it is due again, by level 1-5; undefined where no source gives one. */
  readonly months: readonly [number | undefined, number | undefined, number | undefined, number | undefined, number | undefined];
  readonly reference: string;
}

/**
 * NĐ 85/2016 Art. 20.2(c) sets the assessment interval (every 2 years organisation-wide, yearly for levels 3-4,
 * every 6 months for level 5); TT 12/2022 Art. 11.1(c) puts penetration tests on the same cycle. NĐ 331/2025
 * Art. 28.5 replaces fixed intervals with "by level and risk"; until a rule-set says otherwise the NĐ 85 cycle is
 * used. Drill intervals come from the TCVN 14423 summary only (levels 1-3: none stated).
 */
export const EVIDENCE_INTERVALS: Readonly<Partial<Record<EvidenceKind, EvidenceInterval>>> = {
  independentAssessment: { months: [24, 24, 12, 12, 6], reference: 'NĐ 85/2016 Art. 20.2(c); TT 12/2022 Art. 11.2(a)' },
  penetrationTest: { months: [24, 24, 12, 12, 6], reference: 'TT 12/2022 Art. 11.1(c) (cycle of NĐ 85/2016 Art. 20.2(c))' },
  restoreDrill: { months: [undefined, undefined, undefined, 6, 3], reference: 'TCVN 14423 (summary): L4 6-monthly, L5 quarterly' },
  drDrill: { months: [undefined, undefined, undefined, 12, 12], reference: 'TCVN 14423 (summary): L4-L5 at least yearly' },
};

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

export function evidenceDueDate(system: System, kind: EvidenceKind): string | undefined {
  const item = system.evidence[kind];
  const months = EVIDENCE_INTERVALS[kind]?.months[system.level - 1];
  return item && months !== undefined ? addMonths(item.date, months) : undefined;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayMs(date: string): number {
  const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, dd);
}
