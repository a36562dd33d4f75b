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
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục I–II, mục II.1.b.iii; Phụ lục III–V, mục II.1.b.xiii; TCVN 11930:2017 x.2.2.5' }],
  confidence: 'verified',
  remediation: text(
    'Khai báo máy chủ quản lý tập trung phòng chống mã độc/EDR (Device kind: anti-malware).',
    'Declare the central anti-malware/EDR console (Device kind: anti-malware).',
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
              'Inventory không có hệ thống phòng chống mã độc quản lý tập trung (Device kind: anti-malware).',
              'The inventory has no centrally managed anti-malware (Device kind: anti-malware).',
            ),
          },
        ],
};
