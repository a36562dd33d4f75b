import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const LOG_NET_01: SystemRule = {
  id: 'LOG-NET-01',
  title: text('Ghi và lưu tập trung nhật ký thiết bị mạng, an ninh', 'Network and security device logs, stored centrally'),
  domain: 'operations',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TCVN 11930:2017 x.2.1.3–x.2.1.4 qua TT 12/2022/TT-BTTTT mục "Nhật ký hệ thống"' }],
  confidence: 'unverified',
  parameters: ['logRetentionMonths'],
  remediation: text(
    'Khai báo hệ thống thu thập nhật ký tập trung (Device kind: log-collector hoặc siem).',
    'Declare a central log collector (Device kind: log-collector or siem).',
  ),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'log-collector' || d.deviceKind === 'siem')
      ? []
      : [
          {
            status: 'fail',
            ...(ctx.level <= 2 ? { severity: 'warning' as const } : {}),
            message: text(
              'Inventory không có nơi lưu nhật ký tập trung cho thiết bị mạng (log-collector, siem).',
              'The inventory has no central store for network-device logs (log-collector, siem).',
            ),
          },
        ],
};
