import { addMonths, ageOf, text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const DATA_BAK_01: SystemRule = {
  id: 'DATA-BAK-01',
  title: text(
    'Sao lưu dự phòng; từ cấp độ 3 quản lý sao lưu tập trung; diễn tập khôi phục định kỳ',
    'Backups; centrally managed from level 3; periodic restore drills',
  ),
  domain: 'data',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TCVN 11930:2017 x.2.4.x qua TT 12/2022/TT-BTTTT mục "Sao lưu dự phòng"; Phụ lục III–V, mục II.1.b.xii' }],
  confidence: 'verified',
  parameters: ['restoreDrillIntervalMonths'],
  remediation: text(
    'Khai báo backup cho hệ thống; từ cấp độ 3 dùng hệ thống sao lưu tập trung (Device kind: backup); ghi evidence.restoreDrill sau mỗi lần diễn tập khôi phục.',
    "Declare the system's backup; from level 3 use the central backup system (Device kind: backup); record evidence.restoreDrill after each restore drill.",
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const out: Outcome[] = [];
    if (!system.backup) {
      out.push({ status: 'fail', part: 'backup', message: text(`${system.name} không khai báo sao lưu (backup).`, `${system.name} declares no backup.`) });
    }
    if (level >= 3 && !ctx.model.devices.some((d) => d.deviceKind === 'backup')) {
      out.push({
        status: 'fail',
        part: 'central',
        message: text(
          'Inventory không có hệ thống sao lưu tập trung (Device kind: backup).',
          'The inventory has no central backup system (Device kind: backup).',
        ),
      });
    }
    // The restore-drill interval is not in the texts read: a warning with the parameter shown.
    const interval = ctx.param('restoreDrillIntervalMonths', level).value;
    const drill = system.evidence.restoreDrill;
    if (!drill) {
      out.push({
        status: 'fail',
        part: 'evidence/restoreDrill',
        severity: 'warning',
        message: text('Chưa có bằng chứng diễn tập khôi phục (evidence.restoreDrill).', 'No restore-drill evidence (evidence.restoreDrill).'),
      });
    } else if (addMonths(drill.date, interval) < asOf) {
      const age = ageOf(drill.date, asOf);
      out.push({
        status: 'fail',
        part: 'evidence/restoreDrill',
        severity: 'warning',
        message: text(
          `Diễn tập khôi phục gần nhất ngày ${drill.date}, đã ${age.months} tháng (${age.days} ngày); chu kỳ ${interval} tháng (số chưa kiểm chứng).`,
          `Last restore drill on ${drill.date}, ${age.months} months (${age.days} days) ago; interval ${interval} months (unverified number).`,
        ),
        path: ['spec', 'evidence', 'restoreDrill', 'date'],
      });
    }
    return out;
  },
};
