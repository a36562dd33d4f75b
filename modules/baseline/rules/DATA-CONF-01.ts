import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const DATA_CONF_01: SystemRule = {
  id: 'DATA-CONF-01',
  title: text('Bảo mật dữ liệu khi lưu trữ và truyền', 'Data confidentiality in storage and transit'),
  domain: 'data',
  mode: 'manual',
  levels: [2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục II–V, mục 1.4.x → TCVN 11930:2017 6–9.2.4.x' }],
  confidence: 'unverified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('phương án mã hóa dữ liệu lưu trữ và kiểm soát truy cập dữ liệu', 'encryption at rest and data access controls')],
  scope: 'system',
};
