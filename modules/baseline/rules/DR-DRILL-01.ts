import { drMode } from '../../dr/index.js';
import { addMonths, ageOf, dateValue, msg, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const DR_DRILL_01: SystemRule = {
  id: 'DR-DRILL-01',
  title: text('Có bằng chứng diễn tập chuyển đổi dự phòng còn hạn', 'Recent DR drill evidence'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có trung tâm dự phòng (dự phòng lạnh, ấm hoặc nóng)', 'systems with a DR site (cold, warm or hot)'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'warning',
  clauses: [
    { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'e', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Diễn tập chuyển đổi thuộc phương án dự phòng, khôi phục sau thảm họa mà nghị định yêu cầu; không văn bản nào quy định chu kỳ diễn tập.',
    'A failover drill belongs to the standby and disaster-recovery plan the decrees require; no text sets how often it is done.',
  ),
  parameters: ['drDrillIntervalMonths'],
  remediation: text(
    'Diễn tập chuyển sang trung tâm dự phòng và chuyển về theo kịch bản vận hành của hệ thống, ghi ngày và số biên bản vào bằng chứng diễn tập chuyển đổi (`evidence.drDrill`). Diễn tập thuộc phương án dự phòng, khôi phục sau thảm họa; chu kỳ mặc định là thực tiễn tốt, không phải quy định bắt buộc, và có thể điều chỉnh.',
    "Fail over to the DR site and back with the system's runbooks and record the date and the record number in `evidence.drDrill`. The drill belongs to the standby and disaster-recovery plan; the default interval is good practice, not a legal requirement, and can be changed.",
  ),
  scope: 'system',
  check: (ctx) => {
    const interval = ctx.param('drDrillIntervalMonths', ctx.level).value;
    const drill = ctx.system.evidence.drDrill;
    if (!drill) {
      return [
        {
          status: 'fail',
          part: 'evidence/drDrill',
          path: ['spec', 'evidence'],
          message: msg('DR-DRILL-01.none', { interval }),
        },
      ];
    }
    const age = ageOf(drill.date, ctx.asOf);
    if (addMonths(drill.date, interval) >= ctx.asOf) {
      return [{ status: 'pass', message: msg('DR-DRILL-01.pass', { date: dateValue(drill.date), days: age.days }) }];
    }
    return [
      {
        status: 'fail',
        part: 'evidence/drDrill',
        path: ['spec', 'evidence', 'drDrill', 'date'],
        message: msg('DR-DRILL-01.overdue', { date: dateValue(drill.date), months: age.months, days: age.days, interval }),
      },
    ];
  },
};
