// Numbers the rules use. Each value has a confidence per level and rule-set: `verified` where a text that was read fixes
// it, `practice` where it is a good-practice default no text sets, `unverified` where it comes from a secondary source.
// Every value can be overridden (`--param`); an overridden value is reported as unverified.
import type { Text } from '../model/index.js';
import type { Confidence, RulesetId } from '../rules/index.js';

type PerLevel<T> = readonly [T, T, T, T, T];

export interface ParameterDef {
  readonly name: string;
  readonly description: Text;
  readonly unit: string;
  /** Value per level (index 0 = level 1), per rule-set. */
  readonly values: Readonly<Record<RulesetId, PerLevel<number>>>;
  /** Confidence of each value (index 0 = level 1), per rule-set. */
  readonly confidence: Readonly<Record<RulesetId, PerLevel<Confidence>>>;
  /** Where the values come from, in a line (English). */
  readonly source: string;
  /** Why the confidence is what it is, shown in docs/rules.md. */
  readonly note: Text;
}

const same = <T>(v: T): Record<RulesetId, T> => ({ 'vn-nd85-tt12-2022': v, 'vn-nd331-2026': v });
const all = (c: Confidence): PerLevel<Confidence> => [c, c, c, c, c];

export const PARAMETERS = {
  logRetentionMonths: {
    name: 'logRetentionMonths',
    description: { vi: 'Thời gian lưu nhật ký tối thiểu (tháng)', en: 'Minimum log retention (months)' },
    unit: 'months',
    values: same([1, 1, 3, 6, 12] as const),
    confidence: same(['practice', 'unverified', 'unverified', 'unverified', 'unverified'] as const),
    source: 'TCVN 11930:2017 items "Nhật ký hệ thống" (via Circular 12/2022 Annexes I–V part II.2); figures from secondary sources.',
    note: {
      vi:
        'Tiêu chuẩn yêu cầu lưu nhật ký nhưng chưa đối chiếu được toàn văn. Cấp độ 2–5 (1, 3, 6, 12 tháng) theo bản tóm tắt ' +
        'TCVN 14423:2026 của bên thứ ba; 3 tháng ở cấp độ 3 khớp với một bảng kiểm theo câu chữ của TCVN 11930:2017. ' +
        'Cấp độ 1 không có số liệu: mặc định 1 tháng.',
      en:
        'The standard requires logs to be kept but its full text could not be checked. Levels 2–5 (1, 3, 6, 12 months) follow ' +
        'a third-party summary of TCVN 14423:2026; 3 months at level 3 matches a checklist that follows the wording of ' +
        'TCVN 11930:2017. Level 1 has no figure: 1 month by default.',
    },
  },
  assessmentIntervalMonths: {
    name: 'assessmentIntervalMonths',
    description: { vi: 'Chu kỳ kiểm tra, đánh giá ATTT (tháng)', en: 'Security assessment interval (months)' },
    unit: 'months',
    values: same([24, 24, 12, 12, 6] as const),
    confidence: { 'vn-nd85-tt12-2022': all('verified'), 'vn-nd331-2026': all('practice') },
    source: 'Decree 85/2016/ND-CP Art. 20(2)(c) and Circular 12/2022 Art. 11(2)(a); Decree 331/2026/ND-CP Art. 28(5)(a) sets no interval.',
    note: {
      vi:
        'Nghị định số 85/2016/NĐ-CP: toàn cơ quan 02 năm một lần, hệ thống cấp độ 3 và 4 hằng năm, cấp độ 5 sáu tháng một lần. ' +
        'Nghị định số 331/2026/NĐ-CP chỉ yêu cầu định kỳ theo cấp độ và mức độ rủi ro, không nêu chu kỳ: cùng các giá trị là mặc định.',
      en:
        'Decree 85/2016: the whole organisation every 2 years, level 3 and 4 systems yearly, level 5 every 6 months. ' +
        'Decree 331/2026 asks for periodic checks by level and risk with no interval: the same values are defaults.',
    },
  },
  restoreDrillIntervalMonths: {
    name: 'restoreDrillIntervalMonths',
    description: { vi: 'Chu kỳ diễn tập khôi phục từ bản sao lưu (tháng)', en: 'Restore-drill interval (months)' },
    unit: 'months',
    values: same([12, 12, 12, 6, 3] as const),
    confidence: same(['practice', 'practice', 'practice', 'unverified', 'unverified'] as const),
    source: 'No interval in Circular 12/2022; levels 4–5 from a secondary summary of TCVN 14423:2026.',
    note: {
      vi:
        'Không văn bản nào đã đọc quy định chu kỳ. Cấp độ 4 (6 tháng) và 5 (3 tháng) theo bản tóm tắt TCVN 14423:2026 của bên thứ ba; ' +
        'cấp độ 1–3 mặc định hằng năm.',
      en: 'No text that was read sets an interval. Level 4 (6 months) and 5 (3 months) follow a third-party summary of TCVN 14423:2026; levels 1–3 default to yearly.',
    },
  },
  minInternetUplinks: {
    name: 'minInternetUplinks',
    description: { vi: 'Số đường Internet tối thiểu', en: 'Minimum Internet uplinks' },
    unit: 'count',
    values: same([1, 1, 2, 2, 2] as const),
    confidence: same(all('verified')),
    source: 'Circular 12/2022 Annexes III–V item II.1.b.xv (a backup Internet connection for the service servers).',
    note: {
      vi: 'Phương án dự phòng kết nối Internet cần ít nhất một đường thứ hai; văn bản không nêu số lượng. Cấp độ 1–2 không có yêu cầu.',
      en: 'A backup Internet connection needs at least a second link; the text states no count. Levels 1–2 have no such requirement.',
    },
  },
  minHaCount: {
    name: 'minHaCount',
    description: { vi: 'Số thiết bị tối thiểu của một cặp dự phòng', en: 'Minimum devices in a redundant group' },
    unit: 'count',
    values: same([1, 2, 2, 2, 2] as const),
    confidence: same(['verified', 'practice', 'verified', 'verified', 'verified'] as const),
    source: 'Circular 12/2022 Art. 3(1) (hot standby) and Annexes II–V (standby of the main network devices).',
    note: {
      vi:
        'Dự phòng nóng (cấp độ 3–5) là thay thế chức năng thiết bị không gián đoạn, nên cần ít nhất hai thiết bị. Cấp độ 2 chỉ yêu cầu ' +
        'phương án dự phòng (thiết bị thay thế hoặc hợp đồng thay thế cũng đáp ứng): hai thiết bị là mặc định.',
      en:
        'Hot standby (levels 3–5) takes over without interrupting service, so it needs at least two devices. Level 2 only asks for ' +
        'a standby plan (a spare or a replacement contract also meets it): two devices is a default.',
    },
  },
  drMinDistanceKm: {
    name: 'drMinDistanceKm',
    description: { vi: 'Khoảng cách tối thiểu giữa site chính và site dự phòng (km)', en: 'Minimum distance between the primary and the DR site (km)' },
    unit: 'km',
    values: same([30, 30, 30, 30, 30] as const),
    confidence: same(['practice', 'practice', 'practice', 'practice', 'verified'] as const),
    source: 'Circular 12/2022 Annex V item II.1.b.xviii (level 5); no distance below level 5.',
    note: {
      vi:
        'Tối thiểu 30 km ở cấp độ 5. Dưới cấp độ 5 không văn bản nào nêu khoảng cách: 30 km là mặc định (Thông tư số 09/2020/TT-NHNN ' +
        'của ngành ngân hàng chỉ yêu cầu đặt ngoài khu vực chịu cùng rủi ro, không nêu số).',
      en:
        'At least 30 km at level 5. Below level 5 no text sets a distance: 30 km is a default (the banking Circular 09/2020/TT-NHNN ' +
        'only asks for a site outside the same hazard area, with no figure).',
    },
  },
  drDrillIntervalMonths: {
    name: 'drDrillIntervalMonths',
    description: { vi: 'Chu kỳ diễn tập chuyển đổi dự phòng (tháng)', en: 'DR drill interval (months)' },
    unit: 'months',
    values: same([12, 12, 12, 12, 12] as const),
    confidence: same(all('practice')),
    source: 'No interval in Decree 85/2016/ND-CP Art. 19(2)(e), Decree 331/2026/ND-CP Art. 29(2)(e) or Circular 12/2022.',
    note: {
      vi: 'Phương án khôi phục sau thảm họa là bắt buộc nhưng không văn bản nào quy định chu kỳ diễn tập chuyển đổi: mặc định hằng năm.',
      en: 'A disaster-recovery plan is required but no text sets how often failover is drilled: yearly by default.',
    },
  },
  drRtoMaxHours: {
    name: 'drRtoMaxHours',
    description: { vi: 'Thời gian khôi phục mục tiêu (RTO) tối đa (giờ)', en: 'Maximum recovery time objective (hours)' },
    unit: 'hours',
    values: same([4, 4, 4, 4, 4] as const),
    confidence: same(all('practice')),
    source: 'State Bank Circular 09/2020/TT-NHNN Art. 50(1)(c)(i) (banking, level 3 and above); no text sets an RTO for state agencies.',
    note: {
      vi:
        'Không văn bản nào quy định thời gian khôi phục cho hệ thống của cơ quan nhà nước: 4 giờ là mặc định của hatang lấy theo Thông tư số ' +
        '09/2020/TT-NHNN của ngành ngân hàng (hệ thống dự phòng thay thế được hệ thống chính trong 4 giờ ở cấp độ 3 trở lên). Chỉ dùng từ cấp độ 3.',
      en:
        'No text sets a recovery time for state agencies: 4 hours is hatang’s default taken from the banking Circular 09/2020/TT-NHNN ' +
        '(the DR system takes over within 4 hours at level 3 and above). Used from level 3 only.',
    },
  },
  drRtoStateSecretMaxHours: {
    name: 'drRtoStateSecretMaxHours',
    description: {
      vi: 'Thời gian khôi phục mục tiêu (RTO) tối đa của hệ thống xử lý bí mật nhà nước (giờ)',
      en: 'Maximum recovery time objective of a system handling state secrets (hours)',
    },
    unit: 'hours',
    values: same([24, 24, 24, 24, 24] as const),
    confidence: same(all('practice')),
    source: 'State Bank Circular 09/2020/TT-NHNN Art. 50(1)(c)(ii) (banking, systems handling state secrets); no text sets an RTO for state agencies.',
    note: {
      vi:
        'Thông tư số 09/2020/TT-NHNN của ngành ngân hàng đặt 24 giờ, không phải 4 giờ, cho hệ thống xử lý bí mật nhà nước; ' +
        'với cơ quan nhà nước đây là mặc định của hatang, không phải quy định bắt buộc. Chỉ dùng từ cấp độ 3.',
      en:
        'The banking Circular 09/2020/TT-NHNN sets 24 hours, not 4, for systems handling state secrets; for state agencies this is ' +
        'hatang’s default, not a legal requirement. Used from level 3 only.',
    },
  },
  drRpoMaxHours: {
    name: 'drRpoMaxHours',
    description: { vi: 'Điểm khôi phục mục tiêu (RPO) tối đa (giờ)', en: 'Maximum recovery point objective (hours)' },
    unit: 'hours',
    values: same([24, 24, 24, 24, 24] as const),
    confidence: same(all('practice')),
    source:
      'State Bank Circular 09/2020/TT-NHNN Art. 22(2) (banking: new data of level 3 and above backed up within 24 hours); no text sets an RPO for state agencies.',
    note: {
      vi:
        'Không văn bản nào quy định điểm khôi phục cho hệ thống của cơ quan nhà nước: 24 giờ là mặc định của hatang lấy theo Thông tư số ' +
        '09/2020/TT-NHNN của ngành ngân hàng (dữ liệu phát sinh của hệ thống từ cấp độ 3 được sao lưu trong vòng 24 giờ). Chỉ dùng từ cấp độ 3.',
      en:
        'No text sets a recovery point for state agencies: 24 hours is hatang’s default taken from the banking Circular 09/2020/TT-NHNN ' +
        '(new data of level-3 and higher systems is backed up within 24 hours). Used from level 3 only.',
    },
  },
  policyReviewMonths: {
    name: 'policyReviewMonths',
    description: { vi: 'Chu kỳ rà soát chính sách an toàn thông tin (tháng)', en: 'Security policy review interval (months)' },
    unit: 'months',
    values: same([12, 12, 12, 12, 12] as const),
    confidence: same(all('practice')),
    source: 'Circular 12/2022 Annexes I–V item I.1.1.3 (review and revision of the policy) sets no interval; used when the policy states none.',
    note: {
      vi:
        'Chính sách phải được rà soát, sửa đổi nhưng văn bản đã đọc không nêu chu kỳ: mặc định hằng năm theo thực tiễn tốt, ' +
        'chỉ dùng khi chính sách không tự quy định chu kỳ rà soát.',
      en:
        'The policy must be reviewed and revised but the texts read set no interval: yearly is a good-practice default, ' +
        'used only when the policy states no review interval of its own.',
    },
  },
} as const satisfies Record<string, ParameterDef>;

export type ParameterName = keyof typeof PARAMETERS;

export interface ParameterValue {
  readonly name: ParameterName;
  readonly value: number;
  readonly unit: string;
  /** `confidence === 'verified'`. */
  readonly verified: boolean;
  readonly confidence: Confidence;
}

/** Overrides given by the user: `name` for every level, or `name@L3` for one level. */
export type ParameterOverrides = Readonly<Record<string, number>>;

export function parameterValue(name: ParameterName, ruleset: RulesetId, level: number, overrides: ParameterOverrides = {}): ParameterValue {
  const def: ParameterDef = PARAMETERS[name];
  const l = Math.min(5, Math.max(1, level));
  const override = overrides[`${name}@L${l}`] ?? overrides[name];
  if (override !== undefined) return { name, value: override, unit: def.unit, verified: false, confidence: 'unverified' };
  const confidence = def.confidence[ruleset][l - 1]!;
  return { name, value: def.values[ruleset][l - 1]!, unit: def.unit, verified: confidence === 'verified', confidence };
}

export function isParameterName(name: string): name is ParameterName {
  return Object.prototype.hasOwnProperty.call(PARAMETERS, name);
}
