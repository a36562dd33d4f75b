import { addMonths, ageOf, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const OPS_VULN_01: SystemRule = {
  id: 'OPS-VULN-01',
  title: text('Dò quét lỗ hổng, kiểm thử xâm nhập, kế hoạch khắc phục', 'Vulnerability scanning, penetration testing, remediation plan'),
  domain: 'operations',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Điều 11.1(c), 11.3, 12.3; TCVN 11930:2017 7–9.1.5.7' }],
  confidence: 'verified',
  parameters: ['penetrationTestIntervalMonths'],
  evidence: [
    text(
      'báo cáo dò quét lỗ hổng và kiểm thử xâm nhập gần nhất, kế hoạch khắc phục',
      'latest vulnerability-scan and penetration-test reports, remediation plan',
    ),
    text('quy trình quản lý điểm yếu (từ cấp độ 3)', 'vulnerability-management process (from level 3)'),
  ],
  remediation: text(
    'Kiểm thử xâm nhập và ghi evidence.penetrationTest; lập kế hoạch khắc phục.',
    'Run a penetration test and record evidence.penetrationTest; keep a remediation plan.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const interval = ctx.param('penetrationTestIntervalMonths', level).value;
    const e = system.evidence.penetrationTest;
    if (!e) {
      return [
        {
          status: 'fail',
          message: text(
            `Chưa có bằng chứng kiểm thử xâm nhập (evidence.penetrationTest); chu kỳ ${interval} tháng (số chưa kiểm chứng).`,
            `No penetration test on record (evidence.penetrationTest); interval ${interval} months (unverified number).`,
          ),
          path: ['spec', 'evidence'],
        },
      ];
    }
    if (addMonths(e.date, interval) >= asOf) return [];
    const age = ageOf(e.date, asOf);
    return [
      {
        status: 'fail',
        message: text(
          `Kiểm thử xâm nhập gần nhất ngày ${e.date}, đã ${age.months} tháng (${age.days} ngày); chu kỳ ${interval} tháng (số chưa kiểm chứng).`,
          `Last penetration test on ${e.date}, ${age.months} months (${age.days} days) ago; interval ${interval} months (unverified number).`,
        ),
        path: ['spec', 'evidence', 'penetrationTest', 'date'],
      },
    ];
  },
};
