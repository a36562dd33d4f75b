import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const MON_SIEM_01: SystemRule = {
  id: 'MON-SIEM-01',
  title: text('Giám sát ATTT tập trung (SIEM)', 'Centralised security monitoring (SIEM)'),
  domain: 'operations',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xi' },
    { doc: 'tt12-2022', annex: 'III–V', item: 'I.1.5.6' },
    { doc: 'tcvn11930-2017', item: '7.1.5.6', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.1.5.6', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.1.5.6', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Khai báo SIEM (thiết bị loại `siem`) và gửi nhật ký của hệ thống về đó (`logging.central: true`).',
    "Declare a SIEM (Device `kind: siem`) and send the system's logs to it (`logging.central: true`).",
  ),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'siem')
      ? []
      : [{ status: 'fail', message: text('Mô hình hạ tầng chưa khai báo SIEM.', 'The inventory has no SIEM (Device kind: siem).') }],
};
