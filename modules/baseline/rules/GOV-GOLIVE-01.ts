import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_GOLIVE_01: SystemRule = {
  id: 'GOV-GOLIVE-01',
  title: text('Triển khai đầy đủ phương án đã duyệt trước khi đưa vào vận hành', 'Implement the approved plan fully before go-live'),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', article: '9', clause: '6', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '6', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '28', clause: '3', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('biên bản nghiệm thu triển khai phương án bảo đảm ATTT đã duyệt', "acceptance record of the approved security plan's implementation")],
  scope: 'system',
};
