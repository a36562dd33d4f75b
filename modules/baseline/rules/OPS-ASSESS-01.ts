import { addMonths, ageOf, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const OPS_ASSESS_01: SystemRule = {
  id: 'OPS-ASSESS-01',
  title: text(
    'Kiểm tra, đánh giá ATTT định kỳ; từ cấp độ 3 do tổ chức được cấp phép thực hiện',
    'Periodic security assessment; from level 3 by a licensed or designated organisation',
  ),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('toàn tổ chức 2 năm một lần', 'organisation-wide every 2 years'),
    2: text('toàn tổ chức 2 năm một lần', 'organisation-wide every 2 years'),
    3: text('hằng năm (NĐ 85)', 'yearly (NĐ 85)'),
    4: text('hằng năm (NĐ 85)', 'yearly (NĐ 85)'),
    5: text('6 tháng một lần (NĐ 85)', 'every 6 months (NĐ 85)'),
  },
  severity: 'error',
  clauses: [
    { text: 'NĐ 85/2016/NĐ-CP Điều 20.2(c); TT 12/2022/TT-BTTTT Điều 11.2(a)', rulesets: ['vn-nd85-tt12-2022'] },
    { text: 'NĐ 331/2026/NĐ-CP Điều 28.5, 31.2(c): không có chu kỳ cố định ("theo cấp độ và rủi ro")', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  parameters: ['assessmentIntervalMonths'],
  evidence: [
    text('báo cáo kiểm tra, đánh giá gần nhất và tư cách của đơn vị đánh giá', "the latest assessment report and the assessor's licence or designation"),
  ],
  remediation: text(
    'Tổ chức kiểm tra, đánh giá ATTT và ghi evidence.independentAssessment (ngày, số báo cáo, đơn vị).',
    'Carry out the security assessment and record evidence.independentAssessment (date, report, assessor).',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const p = ctx.param('assessmentIntervalMonths', level);
    // Intervals no text fixes (NĐ 331) only warn.
    const severity = p.verified ? (level <= 2 ? ('warning' as const) : undefined) : ('warning' as const);
    const e = system.evidence.independentAssessment;
    const note = p.verified ? '' : ' (số chưa kiểm chứng)';
    const noteEn = p.verified ? '' : ' (unverified number)';
    if (!e) {
      return [
        {
          status: 'fail',
          ...(severity ? { severity } : {}),
          message: text(
            `Chưa có bằng chứng kiểm tra, đánh giá ATTT; chu kỳ ${p.value} tháng${note}.`,
            `No security assessment on record; interval ${p.value} months${noteEn}.`,
          ),
          path: ['spec', 'evidence'],
        },
      ];
    }
    if (addMonths(e.date, p.value) >= asOf) return [];
    const age = ageOf(e.date, asOf);
    return [
      {
        status: 'fail',
        ...(severity ? { severity } : {}),
        message: text(
          `Đánh giá ATTT gần nhất ngày ${e.date}, đã ${age.months} tháng (${age.days} ngày); cấp độ ${level} cần ${p.value} tháng một lần${note}.`,
          `Last security assessment on ${e.date}, ${age.months} months (${age.days} days) ago; level ${level} needs one every ${p.value} months${noteEn}.`,
        ),
        path: ['spec', 'evidence', 'independentAssessment', 'date'],
      },
    ];
  },
};
