import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_POL_01: SystemRule = {
  id: 'GOV-POL-01',
  title: text('Ban hành Quy chế bảo đảm ATTT trước khi hồ sơ cấp độ được duyệt', 'Issue the security regulation before the level dossier is approved'),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', article: '9', clause: '7', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '7', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('Quy chế bảo đảm ATTT đã ban hành và ngày ban hành', 'the issued security regulation and its date')],
  scope: 'system',
};
