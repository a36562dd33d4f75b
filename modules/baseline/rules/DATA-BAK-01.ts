import { addMonths, ageOf, dateValue, msg, text } from '../../model/index.js';
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
  clauses: [
    { doc: 'tt12-2022', annex: 'I', item: 'II.2.1.4.1', levels: [1] },
    { doc: 'tcvn11930-2017', item: '5.2.4.1', levels: [1] },
    { doc: 'tt12-2022', annex: 'II', item: 'II.2.1.4.2', levels: [2] },
    { doc: 'tcvn11930-2017', item: '6.2.4.2', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.4.3', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.2.4.3', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.4.3', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.4.3', levels: [5] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xii', levels: [3, 4, 5] },
  ],
  confidence: 'verified',
  parameters: ['restoreDrillIntervalMonths'],
  remediation: text(
    'Khai báo phương án sao lưu (`backup`) cho hệ thống; từ cấp độ 3 dùng hệ thống sao lưu tập trung (thiết bị loại `backup`); ghi bằng chứng diễn tập khôi phục (`evidence.restoreDrill`) sau mỗi lần diễn tập.',
    "Declare the system's `backup`; from level 3 use the central backup system (Device `kind: backup`); record `evidence.restoreDrill` after each restore drill.",
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, asOf } = ctx;
    const out: Outcome[] = [];
    if (!system.backup) {
      out.push({ status: 'fail', part: 'backup', message: text(`${system.name} không khai báo sao lưu.`, `${system.name} declares no backup.`) });
    }
    if (level >= 3 && !ctx.model.devices.some((d) => d.deviceKind === 'backup')) {
      out.push({
        status: 'fail',
        part: 'central',
        message: text('Mô hình hạ tầng chưa khai báo hệ thống sao lưu tập trung.', 'The inventory has no central backup system (Device kind: backup).'),
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
        message: text('Chưa có bằng chứng diễn tập khôi phục dữ liệu từ bản sao lưu.', 'No restore-drill evidence (evidence.restoreDrill).'),
      });
    } else if (addMonths(drill.date, interval) < asOf) {
      const age = ageOf(drill.date, asOf);
      out.push({
        status: 'fail',
        part: 'evidence/restoreDrill',
        severity: 'warning',
        message: msg('DATA-BAK-01.overdue', { date: dateValue(drill.date), months: age.months, days: age.days, interval }),
        path: ['spec', 'evidence', 'restoreDrill', 'date'],
      });
    }
    return out;
  },
};
