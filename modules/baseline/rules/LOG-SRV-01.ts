import { text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const LOG_SRV_01: SystemRule = {
  id: 'LOG-SRV-01',
  title: text('Nhật ký máy chủ lưu tập trung, đủ thời gian lưu', 'Server logs stored centrally for the retention period'),
  domain: 'host',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TCVN 11930:2017 x.2.2.3 qua TT 12/2022/TT-BTTTT mục 1.2.3; 3 tháng ở cấp độ 3 theo bảng kiểm không rõ nguồn (regulations.md [S8])' }],
  confidence: 'unverified',
  parameters: ['logRetentionMonths'],
  remediation: text(
    'Gửi nhật ký về hệ thống tập trung (logging.central: true) và đặt logging.retentionMonths không thấp hơn mức yêu cầu.',
    'Ship logs to the central store (logging.central: true) and set logging.retentionMonths to at least the required period.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level } = ctx;
    const min = ctx.param('logRetentionMonths', level);
    // Numbers not fixed by a text that was read only warn.
    const severity = min.verified ? undefined : ('warning' as const);
    const out: Outcome[] = [];
    if (!system.logging?.central) {
      out.push({
        status: 'fail',
        part: 'central',
        ...(level <= 2 ? { severity: 'warning' as const } : {}),
        message: text(`Nhật ký của ${system.name} không được lưu tập trung.`, `Logs of ${system.name} are not stored centrally.`),
        path: system.logging ? ['spec', 'logging'] : ['spec'],
      });
    }
    const months = system.logging?.retentionMonths;
    if (months === undefined || months < min.value) {
      out.push({
        status: 'fail',
        part: 'retention',
        ...(severity ? { severity } : {}),
        message: text(
          `Thời gian lưu nhật ký ${months === undefined ? 'không khai báo' : `${months} tháng`}; cấp độ ${level} cần ${min.value} tháng${min.verified ? '' : ' (số chưa kiểm chứng)'}.`,
          `Log retention ${months === undefined ? 'is not declared' : `is ${months} months`}; level ${level} needs ${min.value} months${min.verified ? '' : ' (unverified number)'}.`,
        ),
        path: system.logging ? ['spec', 'logging'] : ['spec'],
      });
    }
    return out;
  },
};
