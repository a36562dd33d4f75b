import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_ORG_01: SystemRule = {
  id: 'GOV-ORG-01',
  title: text('Có đơn vị chuyên trách ATTT; người đứng đầu trực tiếp chỉ đạo', 'A designated security unit directed by the head of the owner'),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'nd85-2016', article: '20', clause: '1', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '31', clause: '1', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('quyết định giao đơn vị chuyên trách ATTT', 'decision designating the security unit')],
  scope: 'system',
};
