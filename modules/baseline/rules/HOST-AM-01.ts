import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const HOST_AM_01: SystemRule = {
  id: 'HOST-AM-01',
  title: text(
    'Phòng chống mã độc cho máy chủ, máy trạm; từ cấp độ 3 quản lý tập trung',
    'Anti-malware on servers and workstations; centrally managed from level 3',
  ),
  domain: 'host',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('có giải pháp (chấp nhận tương đương)', 'a solution (equivalent accepted)'),
    2: text('có giải pháp (chấp nhận tương đương)', 'a solution (equivalent accepted)'),
    3: text('quản lý tập trung (AV/EDR)', 'centrally managed (AV/EDR)'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–II', item: 'II.1.b.iii', levels: [1, 2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xiii', levels: [3, 4, 5] },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.5' },
    { doc: 'tcvn11930-2017', item: '5.2.2.5', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.2.5', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.5', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.5', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.5', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Khai báo máy chủ quản lý tập trung phòng chống mã độc/EDR (thiết bị loại `anti-malware`).',
    'Declare the central anti-malware/EDR console (Device `kind: anti-malware`).',
  ),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'anti-malware')
      ? []
      : [
          {
            status: 'fail',
            ...(ctx.level <= 2 ? { severity: 'warning' as const } : {}),
            message: text(
              'Mô hình hạ tầng chưa khai báo hệ thống phòng chống mã độc quản lý tập trung.',
              'The inventory has no centrally managed anti-malware (Device kind: anti-malware).',
            ),
          },
        ],
};
