import { addMonths, ageOf, dateValue, msg, text, viDate } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const OPS_ASSESS_01: SystemRule = {
  id: 'OPS-ASSESS-01',
  title: text('Kiểm tra, đánh giá an toàn thông tin định kỳ', 'Periodic security assessment'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('toàn tổ chức 2 năm một lần', 'organisation-wide every 2 years'),
    2: text('toàn tổ chức 2 năm một lần', 'organisation-wide every 2 years'),
    3: text('hằng năm theo Nghị định số 85/2016/NĐ-CP', 'yearly under Decree 85/2016'),
    4: text('hằng năm theo Nghị định số 85/2016/NĐ-CP', 'yearly under Decree 85/2016'),
    5: text('06 tháng một lần theo Nghị định số 85/2016/NĐ-CP', 'every 6 months under Decree 85/2016'),
  },
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '20', clause: '2', point: 'c', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'tt12-2022', article: '11', clause: '2', point: 'a', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '28', clause: '3', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '28', clause: '5', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '31', clause: '2', point: 'c', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  parameters: ['assessmentIntervalMonths'],
  evidence: [
    text('báo cáo kiểm tra, đánh giá gần nhất và tư cách của đơn vị đánh giá', "the latest assessment report and the assessor's licence or designation"),
  ],
  remediation: text(
    'Tổ chức kiểm tra, đánh giá ATTT và ghi ngày, số báo cáo, đơn vị thực hiện vào bằng chứng kiểm tra, đánh giá (`evidence.independentAssessment`).',
    'Carry out the security assessment and record `evidence.independentAssessment` (date, report, assessor).',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const p = ctx.param('assessmentIntervalMonths', level);
    // Where no text fixes the interval (NĐ 331) the value is a practice default: it warns, and says so.
    const practice = p.confidence !== 'verified';
    const severity = practice || level <= 2 ? ('warning' as const) : undefined;
    const sev = severity ? { severity } : {};
    const rule = practice ? msg('OPS-ASSESS-01.practice', { months: p.value }) : msg('OPS-ASSESS-01.interval', { level, months: p.value });
    const e = system.evidence.independentAssessment;
    // The clock starts at the last assessment, else at the level approval or go-live (whichever is later).
    const started = [system.evidence.levelApproval?.date, system.inOperationSince]
      .filter((d): d is string => d !== undefined && d <= asOf)
      .sort()
      .at(-1);
    const last = e?.date;
    const from = last ?? started;
    if (from === undefined) {
      return [
        {
          status: 'fail',
          ...sev,
          message: text(
            `Chưa có bằng chứng kiểm tra, đánh giá an toàn thông tin, cũng chưa có ngày phê duyệt cấp độ hay ngày đưa vào vận hành để tính kỳ đánh giá. ${rule.vi}`,
            `No security assessment on record, and no level-approval or go-live date to count from. ${rule.en}`,
          ),
          path: ['spec', 'evidence'],
        },
      ];
    }
    const due = addMonths(from, p.value);
    if (due >= asOf) {
      const since = last
        ? text(`đánh giá gần nhất ngày ${viDate(last)}`, `last assessed on ${last}`)
        : text(`tính từ ngày ${viDate(from)}`, `counting from ${from}`);
      return [
        {
          status: 'pass',
          message: text(`Trong kỳ đánh giá (${since.vi}; kỳ tiếp theo trước ngày ${viDate(due)}).`, `Within the interval (${since.en}; next one by ${due}).`),
        },
      ];
    }
    const age = ageOf(from, asOf);
    const what = msg(last ? 'OPS-ASSESS-01.last' : 'OPS-ASSESS-01.never', { date: dateValue(last ?? from), months: age.months });
    return [
      {
        status: 'fail',
        ...sev,
        message: text(`${what.vi}; hạn đánh giá là ngày ${viDate(due)}. ${rule.vi}`, `${what.en}; it was due on ${due}. ${rule.en}`),
        path: last ? ['spec', 'evidence', 'independentAssessment', 'date'] : ['spec', 'evidence'],
      },
    ];
  },
};
