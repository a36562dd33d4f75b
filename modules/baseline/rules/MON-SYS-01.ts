import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const MON_SYS_01: SystemRule = {
  id: 'MON-SYS-01',
  title: text('Giám sát hệ thống thông tin tập trung', 'Centralised system monitoring'),
  domain: 'operations',
  mode: 'auto*',
  levels: [3, 4, 5],
  perLevel: {
    3: text('có giải pháp (chấp nhận tương đương)', 'a solution (equivalent accepted)'),
    4: text('sản phẩm giám sát chuyên dụng', 'a dedicated monitoring product'),
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.x' }],
  confidence: 'verified',
  remediation: text('Khai báo hệ thống giám sát tập trung (thiết bị loại `monitoring`).', 'Declare a central monitoring system (Device `kind: monitoring`).'),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'monitoring')
      ? []
      : [
          {
            status: 'fail',
            ...(ctx.level === 3 ? { severity: 'warning' as const } : {}),
            message: text('Mô hình hạ tầng chưa khai báo hệ thống giám sát tập trung.', 'The inventory has no central monitoring (Device kind: monitoring).'),
          },
        ],
};
