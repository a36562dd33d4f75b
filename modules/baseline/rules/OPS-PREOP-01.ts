import { text, viDate, type EvidenceItem } from '../../model/index.js';
import { describeEvidence } from '../evidence-check.js';
import type { Outcome, SystemRule } from '../rule.js';

const CONTENT = text(
  'chính sách, quy chế, quy trình; tổ chức, nhân sự; biện pháp quản lý và kỹ thuật; khả năng giám sát, phát hiện, ứng phó, khắc phục sự cố; việc tuân thủ pháp luật',
  'policies and procedures; organisation and staff; management and technical measures; monitoring, detection, response and recovery; legal compliance',
);

/** A system not in operation yet: passes once the assessment is done before the planned go-live, else a reminder. */
function notYetLive(since: string | undefined, done: EvidenceItem | undefined): Outcome[] {
  const planned = since ? text(` (dự kiến ngày ${viDate(since)})`, ` (planned for ${since})`) : text('', '');
  if (done && (since === undefined || done.date <= since)) {
    const said = describeEvidence(done);
    return [
      {
        status: 'pass',
        message: text(
          `Đã đánh giá điều kiện an ninh mạng (${said.vi}) trước khi đưa vào vận hành${planned.vi}.`,
          `Pre-operation assessment done (${said.en}) before go-live${planned.en}.`,
        ),
      },
    ];
  }
  return [
    {
      status: 'manual',
      message: text(
        `Hệ thống chưa đưa vào vận hành${planned.vi}: lập kế hoạch đánh giá điều kiện an ninh mạng và hoàn thành trước ngày đưa vào vận hành.`,
        `The system is not in operation yet${planned.en}: plan the cybersecurity conditions assessment and complete it before go-live.`,
      ),
      path: ['spec'],
    },
  ];
}

/** Under NĐ 331 only: the assessment of the cybersecurity conditions a system must pass before it goes into operation. */
export const OPS_PREOP_01: SystemRule = {
  id: 'OPS-PREOP-01',
  title: text('Đánh giá điều kiện an ninh mạng trước khi đưa hệ thống vào vận hành', 'Cybersecurity conditions assessed before go-live'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'nd331-2026', article: '28', clause: '3', rulesets: ['vn-nd331-2026'] }],
  confidence: 'verified',
  confidenceNote: text(
    'Hệ thống đã vận hành trước ngày nghị định có hiệu lực không thể có đánh giá trước khi đưa vào vận hành: quy tắc không áp dụng cho ' +
      'hệ thống đó, trừ khi có thay đổi lớn (điều mô hình không thể hiện). Cách hiểu này là của bộ công cụ.',
    "A system in operation before the decree came into force cannot have had the assessment before its go-live: the rule does not apply to it, unless a major change (which the model does not show) calls for one. This reading is the toolkit's.",
  ),
  evidence: [
    text(
      `báo cáo đánh giá điều kiện an ninh mạng trước khi đưa vào vận hành (${CONTENT.vi}) và kết luận đủ điều kiện`,
      `the pre-operation cybersecurity assessment report (${CONTENT.en}) and its conclusion that the system may go live`,
    ),
  ],
  remediation: text(
    'Đánh giá điều kiện an ninh mạng trước ngày đưa vào vận hành, rồi ghi ngày, số báo cáo vào bằng chứng của hệ thống cùng ngày đưa vào vận hành.',
    'Assess the cybersecurity conditions before go-live, then record `evidence.preOperationAssessment` and the go-live date `inOperationSince`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, asOf } = ctx;
    const since = system.inOperationSince;
    const e = system.evidence.preOperationAssessment;
    const done = e && e.date <= asOf ? e : undefined;
    const said = done ? describeEvidence(done) : undefined;
    // Not yet in operation (no date, or a planned date after the evaluation date).
    if (since === undefined || since > asOf) return notYetLive(since, done);
    // Went live before the decree was in force: the requirement did not exist at its go-live.
    if (since < ctx.ruleset.inForceFrom) {
      return [
        {
          status: 'not-applicable',
          message: text(
            `Hệ thống đưa vào vận hành ngày ${viDate(since)}, trước ngày Nghị định số 331/2026/NĐ-CP có hiệu lực (${viDate(ctx.ruleset.inForceFrom)}); ` +
              'khi có thay đổi lớn về chức năng, quy mô, công nghệ hoặc mức độ rủi ro thì phải đánh giá điều kiện an ninh mạng.',
            `The system went live on ${since}, before Decree 331/2026 came into force (${ctx.ruleset.inForceFrom}); ` +
              'a major change of function, scale, technology or risk requires the assessment.',
          ),
          path: ['spec', 'inOperationSince'],
          at: 'value',
        },
      ];
    }
    if (!said) {
      return [
        {
          status: 'fail',
          message: text(
            `Hệ thống đưa vào vận hành ngày ${viDate(since)} nhưng chưa có bằng chứng đánh giá điều kiện an ninh mạng trước khi đưa vào vận hành.`,
            `The system went live on ${since} with no pre-operation cybersecurity assessment on record.`,
          ),
          path: ['spec', 'inOperationSince'],
          at: 'value',
        },
      ];
    }
    if (done!.date > since) {
      return [
        {
          status: 'fail',
          message: text(
            `Đánh giá điều kiện an ninh mạng (${said.vi}) sau ngày đưa vào vận hành ${viDate(since)}: phải đánh giá trước khi đưa vào vận hành.`,
            `The cybersecurity conditions assessment (${said.en}) came after go-live on ${since}: it must come before.`,
          ),
          path: ['spec', 'evidence', 'preOperationAssessment', 'date'],
          at: 'value',
        },
      ];
    }
    return [
      {
        status: 'pass',
        message: text(
          `Đã đánh giá điều kiện an ninh mạng (${said.vi}) trước ngày đưa vào vận hành ${viDate(since)}.`,
          `Pre-operation assessment (${said.en}) before go-live on ${since}.`,
        ),
      },
    ];
  },
};
