import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const APP_NR_01: SystemRule = {
  id: 'APP-NR-01',
  title: text('Chống chối bỏ (ký số, ghi vết giao dịch)', 'Non-repudiation (digital signatures, transaction trails)'),
  domain: 'application',
  mode: 'manual',
  levels: [3, 4, 5],
  severity: 'info',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.3.5' }],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('ký số hoặc ghi vết các giao dịch quan trọng của ứng dụng', "digital signatures or trails of the application's important transactions")],
  scope: 'system',
};
