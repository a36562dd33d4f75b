// Numbers the rules use. Where the sources fix a number it is `verified` and cites the clause; every other
// value is a documented default marked `unverified` in every output, and can be overridden (`--param`).
import type { Text } from '../model/index.js';
import type { RulesetId } from '../rules/index.js';

export interface ParameterDef {
  readonly name: string;
  readonly description: Text;
  readonly unit: string;
  /** Value per level (index 0 = level 1), per rule-set. */
  readonly values: Readonly<Record<RulesetId, readonly [number, number, number, number, number]>>;
  /** Levels (per rule-set) whose value comes from a text that was read. */
  readonly verified: Readonly<Record<RulesetId, readonly number[]>>;
  readonly source: string;
}

const same = <T>(v: T): Record<RulesetId, T> => ({ 'vn-nd85-tt12-2022': v, 'vn-nd331-2026': v });

export const PARAMETERS = {
  logRetentionMonths: {
    name: 'logRetentionMonths',
    description: { vi: 'Thời gian lưu nhật ký tối thiểu (tháng)', en: 'Minimum log retention (months)' },
    unit: 'months',
    values: same([1, 1, 3, 6, 12] as const),
    verified: same([]),
    source:
      'L3 = 3 months from an unattributed level-3 checklist matching TCVN 11930:2017 wording (regulations.md [S8]); ' +
      'L2/L4/L5 from a third-party summary of TCVN 14423:2026 (1/3/6/12 months); L1 has no figure (toolkit default 1).',
  },
  assessmentIntervalMonths: {
    name: 'assessmentIntervalMonths',
    description: { vi: 'Chu kỳ kiểm tra, đánh giá ATTT (tháng)', en: 'Security assessment interval (months)' },
    unit: 'months',
    values: same([24, 24, 12, 12, 6] as const),
    verified: { 'vn-nd85-tt12-2022': [1, 2, 3, 4, 5], 'vn-nd331-2026': [] },
    source:
      'NĐ 85/2016 Art. 20.2(c), TT 12/2022 Art. 11.2(a): organisation-wide every 2 years, L3–4 yearly, L5 every 6 months. ' +
      'NĐ 331/2026 Art. 28.5, 31.2(c) set no fixed interval ("by level and risk"): the same values are toolkit defaults.',
  },
  penetrationTestIntervalMonths: {
    name: 'penetrationTestIntervalMonths',
    description: { vi: 'Chu kỳ kiểm thử xâm nhập (tháng)', en: 'Penetration-test interval (months)' },
    unit: 'months',
    values: same([24, 24, 12, 12, 6] as const),
    verified: same([]),
    source: 'No interval in NĐ 85, TT 12 or NĐ 331 (it follows OPS-ASSESS-01); TCVN 14423:2026 summary: L4 yearly, L5 every 6 months.',
  },
  restoreDrillIntervalMonths: {
    name: 'restoreDrillIntervalMonths',
    description: { vi: 'Chu kỳ diễn tập khôi phục từ bản sao lưu (tháng)', en: 'Restore-drill interval (months)' },
    unit: 'months',
    values: same([12, 12, 12, 6, 3] as const),
    verified: same([]),
    source: 'No interval in TT 12/2022 or TCVN 11930:2017 as read; TCVN 14423:2026 summary: L4 every 6 months, L5 quarterly; L1–3 toolkit default.',
  },
  minInternetUplinks: {
    name: 'minInternetUplinks',
    description: { vi: 'Số đường Internet tối thiểu', en: 'Minimum Internet uplinks' },
    unit: 'count',
    values: same([1, 1, 2, 2, 2] as const),
    verified: same([]),
    source: 'TT 12/2022 Annex III–V §II.1.b.xv requires redundancy; "at least 2" is implied, not stated.',
  },
  minHaCount: {
    name: 'minHaCount',
    description: { vi: 'Số thiết bị tối thiểu của một cặp dự phòng', en: 'Minimum devices in a redundant group' },
    unit: 'count',
    values: same([1, 2, 2, 2, 2] as const),
    verified: same([]),
    source: 'TT 12/2022 Art. 3.1 and Annex II–V: standby / hot standby implies at least 2; no count is stated.',
  },
  drMinDistanceKm: {
    name: 'drMinDistanceKm',
    description: { vi: 'Khoảng cách tối thiểu giữa site chính và site dự phòng (km)', en: 'Minimum distance between the primary and the DR site (km)' },
    unit: 'km',
    values: same([30, 30, 30, 30, 30] as const),
    verified: same([5]),
    source:
      'TT 12/2022 Annex V §II.1.b.xviii: at least 30 km at level 5. No clause sets a distance below level 5: the same 30 km is a toolkit default (banking analogue TT 09/2020/TT-NHNN asks for a site outside the same hazard area, no figure).',
  },
  drDrillIntervalMonths: {
    name: 'drDrillIntervalMonths',
    description: { vi: 'Chu kỳ diễn tập chuyển đổi dự phòng (tháng)', en: 'DR drill interval (months)' },
    unit: 'months',
    values: same([12, 12, 12, 12, 12] as const),
    verified: same([]),
    source:
      'NĐ 85/2016 Art. 20.2(d) and NĐ 331/2026 Art. 31.3 require drills without a frequency; TCVN 14423:2026 summary: yearly at L4–5; toolkit default yearly for every level.',
  },
} as const satisfies Record<string, ParameterDef>;

export type ParameterName = keyof typeof PARAMETERS;

export interface ParameterValue {
  readonly name: ParameterName;
  readonly value: number;
  readonly unit: string;
  readonly verified: boolean;
}

/** Overrides given by the user: `name` for every level, or `name@L3` for one level. */
export type ParameterOverrides = Readonly<Record<string, number>>;

export function parameterValue(name: ParameterName, ruleset: RulesetId, level: number, overrides: ParameterOverrides = {}): ParameterValue {
  const def: ParameterDef = PARAMETERS[name];
  const l = Math.min(5, Math.max(1, level));
  const override = overrides[`${name}@L${l}`] ?? overrides[name];
  if (override !== undefined) return { name, value: override, unit: def.unit, verified: false };
  return { name, value: def.values[ruleset][l - 1]!, unit: def.unit, verified: def.verified[ruleset].includes(l) };
}

export function isParameterName(name: string): name is ParameterName {
  return Object.prototype.hasOwnProperty.call(PARAMETERS, name);
}
