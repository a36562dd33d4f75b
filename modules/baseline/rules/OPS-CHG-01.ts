import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const OPS_CHG_01: SystemRule = {
  id: 'OPS-CHG-01',
  title: text('Quản lý thay đổi cấu hình', 'Change management'),
  domain: 'operations',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'Không là mục riêng trong TT 12/2022; có thể thuộc TCVN 11930:2017 x.1.5 (chưa đọc được)' }],
  confidence: 'unverified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('quy trình quản lý thay đổi và nhật ký thay đổi cấu hình', 'change-management process and configuration-change log')],
  scope: 'system',
};
