import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const HOST_XFER_01: SystemRule = {
  id: 'HOST-XFER-01',
  title: text('Xử lý (xóa dữ liệu, cấu hình) máy chủ khi chuyển giao', 'Sanitise a server before handing it over'),
  domain: 'host',
  mode: 'manual',
  levels: [2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', annex: 'II–V', item: 'II.2.1.2.6' },
    { doc: 'tcvn11930-2017', item: '6.2.2.6', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.6', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.6', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.6', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('quy trình và biên bản xóa dữ liệu khi chuyển giao máy chủ', 'procedure and records of server sanitisation on hand-over')],
  scope: 'system',
};
