import { addMonths, ageOf, dateValue, msg, text, viDate } from '../../model/index.js';
import { describeEvidence, requireEvidence } from '../evidence-check.js';
import { tcvn11930ByLevel, type SystemRule } from '../rule.js';

export const GOV_POL_02: SystemRule = {
  id: 'GOV-POL-02',
  title: text('Chính sách an toàn thông tin được ban hành và rà soát, sửa đổi', 'Security policy issued, reviewed and revised'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'I.1.1' },
    ...tcvn11930ByLevel('1.1', [1, 2, 3, 4, 5]),
    { doc: 'tt12-2022', article: '9', clause: '3', point: 'a', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '3', point: 'a', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  confidenceNote: text(
    'Việc ban hành, công bố và rà soát, sửa đổi chính sách là yêu cầu của văn bản; chu kỳ rà soát thì không văn bản nào quy định: ' +
      'dùng chu kỳ chính sách tự đặt, nếu không có thì dùng mặc định theo thực tiễn tốt (chỉ cảnh báo).',
    'Issuing, publishing, reviewing and revising the policy is required by the texts; no text sets a review interval: the ' +
      "policy's own interval is used, else a good-practice default (a warning only).",
  ),
  parameters: ['policyReviewMonths'],
  evidence: [
    text(
      'quyết định ban hành chính sách (quy chế) bảo đảm an toàn thông tin, văn bản công bố và biên bản rà soát gần nhất',
      'the decision issuing the security policy (regulation), the notice publishing it and the record of its latest review',
    ),
  ],
  remediation: text(
    'Ban hành chính sách bảo đảm an toàn thông tin cho hệ thống, công bố và rà soát định kỳ; ghi ngày ban hành hoặc rà soát gần nhất và chu kỳ rà soát vào bằng chứng của hệ thống.',
    'Issue the security policy of the system, publish it and review it periodically; record `evidence.securityPolicy` (date of issue or latest review, `reviewIntervalMonths`).',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const present = requireEvidence(
      ctx,
      'securityPolicy',
      text(
        'Chưa có bằng chứng chính sách (quy chế) bảo đảm an toàn thông tin được ban hành cho hệ thống.',
        'No security policy (regulation) of the system on record.',
      ),
    );
    if (present.some((o) => o.status !== 'pass')) return present;
    const e = system.evidence.securityPolicy!;
    const own = e.reviewIntervalMonths;
    const p = ctx.param('policyReviewMonths', level);
    const months = own ?? p.value;
    const due = addMonths(e.date, months);
    const basis =
      own !== undefined
        ? msg('GOV-POL-02.own-interval', { months: own })
        : msg(p.confidence === 'practice' ? 'GOV-POL-02.practice-interval' : 'GOV-POL-02.param-interval', { months });
    const said = describeEvidence(e);
    if (due >= asOf) {
      return [
        {
          status: 'pass',
          message: text(
            `Chính sách được ban hành hoặc rà soát (${said.vi}); lần rà soát tiếp theo trước ngày ${viDate(due)} (${basis.vi}).`,
            `Policy issued or reviewed (${said.en}); next review by ${due} (${basis.en}).`,
          ),
        },
      ];
    }
    const age = ageOf(e.date, asOf);
    return [
      {
        status: 'fail',
        severity: 'warning',
        message: msg('GOV-POL-02.overdue', { said, age: age.months, due: dateValue(due), basis }),
        path: ['spec', 'evidence', 'securityPolicy', 'date'],
        at: 'value',
      },
    ];
  },
};
