import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const AVL_ARCH_01: SystemRule = {
  id: 'AVL-ARCH-01',
  title: text(
    'Thiết kế bảo đảm sẵn sàng, phân tách, hạn chế lan ảnh hưởng khi một thành phần mất an toàn',
    'Design for availability and blast-radius containment',
  ),
  domain: 'network',
  mode: 'manual',
  levels: [4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', article: '9', clause: '5', point: 'b', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '5', point: 'b', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'thiết kế lô-gic chỉ ra các miền lỗi và cách cô lập khi một thành phần mất an toàn',
      'logical design showing failure domains and how a compromised component is contained',
    ),
  ],
  scope: 'system',
};
