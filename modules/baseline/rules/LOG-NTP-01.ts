import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const LOG_NTP_01: SystemRule = {
  id: 'LOG-NTP-01',
  title: text('Đồng bộ thời gian với máy chủ thời gian nội bộ', 'Synchronise time with an internal time server'),
  domain: 'operations',
  mode: 'auto',
  // Level 3 from an unattributed checklist; lower and higher levels are not stated in what was read.
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TCVN 11930:2017 cấp độ 3 theo bảng kiểm không rõ nguồn (regulations.md [S8]); cấp độ khác chưa rõ' }],
  confidence: 'unverified',
  remediation: text('Khai báo máy chủ thời gian nội bộ (Device kind: ntp).', 'Declare an internal time server (Device kind: ntp).'),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'ntp')
      ? []
      : [
          {
            status: 'fail',
            message: text('Inventory không có máy chủ thời gian nội bộ (Device kind: ntp).', 'The inventory has no internal time server (Device kind: ntp).'),
          },
        ],
};
