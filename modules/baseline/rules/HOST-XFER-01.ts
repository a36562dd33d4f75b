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
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục II–V, mục 1.2.6 → TCVN 11930:2017 x.2.2.6' }],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('quy trình và biên bản xóa dữ liệu khi chuyển giao máy chủ', 'procedure and records of server sanitisation on hand-over')],
  scope: 'system',
};
