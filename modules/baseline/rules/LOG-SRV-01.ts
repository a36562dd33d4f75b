import { msg, text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const LOG_SRV_01: SystemRule = {
  id: 'LOG-SRV-01',
  title: text('Nhật ký máy chủ lưu tập trung, đủ thời gian lưu', 'Server logs stored centrally for the retention period'),
  domain: 'host',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.3' },
    { doc: 'tcvn11930-2017', item: '5.2.2.3', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.2.3', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.3', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.3', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.3', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục nhật ký máy chủ của TCVN 11930:2017 chưa đối chiếu được; thu thập tập trung và thời gian lưu lấy từ một bảng kiểm cấp độ 3 theo câu chữ của tiêu chuẩn.',
    'The full text of the server-log clause of TCVN 11930:2017 could not be checked; central collection and retention come from a level-3 checklist that follows the wording of the standard.',
  ),
  parameters: ['logRetentionMonths'],
  remediation: text(
    'Gửi nhật ký về hệ thống tập trung (`logging.central: true`) và đặt thời gian lưu nhật ký (`logging.retentionMonths`) không thấp hơn mức yêu cầu.',
    'Ship logs to the central store (`logging.central: true`) and set `logging.retentionMonths` to at least the required period.',
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
        message: msg('LOG-SRV-01.retention', { declared: months === undefined ? 'no' : 'yes', months: months ?? 0, level, min: min.value }),
        path: system.logging ? ['spec', 'logging'] : ['spec'],
      });
    }
    return out;
  },
};
