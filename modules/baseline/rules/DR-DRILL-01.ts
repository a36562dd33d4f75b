import { drMode } from '../../dr/index.js';
import { addMonths, ageOf, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const DR_DRILL_01: SystemRule = {
  id: 'DR-DRILL-01',
  title: text('Có bằng chứng diễn tập chuyển đổi dự phòng còn hạn', 'Recent DR drill evidence'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: { text: text('hệ thống có dr.mode khác none', 'systems with a dr.mode other than none'), test: (ctx) => drMode(ctx.system) !== 'none' },
  severity: 'warning',
  clauses: [
    { text: 'NĐ 85/2016/NĐ-CP Điều 20.2(d) (OPS-DRILL-01); chu kỳ: thực tiễn (practice)', rulesets: ['vn-nd85-tt12-2022'] },
    { text: 'NĐ 331/2026/NĐ-CP Điều 31.3 (OPS-DRILL-01); chu kỳ: thực tiễn (practice)', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'unverified',
  parameters: ['drDrillIntervalMonths'],
  remediation: text(
    'Diễn tập theo runbook failover/failback của hệ thống và ghi evidence.drDrill (ngày, biên bản).',
    "Run a drill with the system's failover/failback runbooks and record evidence.drDrill (date, record).",
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
          message: text(
            `Chưa có bằng chứng diễn tập chuyển đổi dự phòng (evidence.drDrill); chu kỳ ${interval} tháng.`,
            `No DR drill evidence (evidence.drDrill); interval ${interval} months.`,
          ),
        },
      ];
    }
    const age = ageOf(drill.date, ctx.asOf);
    if (addMonths(drill.date, interval) >= ctx.asOf) {
      return [{ status: 'pass', message: text(`Diễn tập ngày ${drill.date} (${age.days} ngày trước).`, `Drill on ${drill.date} (${age.days} days ago).`) }];
    }
    return [
      {
        status: 'fail',
        part: 'evidence/drDrill',
        path: ['spec', 'evidence', 'drDrill', 'date'],
        message: text(
          `Diễn tập chuyển đổi dự phòng gần nhất ngày ${drill.date}, đã ${age.months} tháng (${age.days} ngày); chu kỳ ${interval} tháng (số chưa kiểm chứng).`,
          `Last DR drill on ${drill.date}, ${age.months} months (${age.days} days) ago; interval ${interval} months (unverified number).`,
        ),
      },
    ];
  },
};
