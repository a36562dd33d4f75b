import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_REP_01: SystemRule = {
  id: 'GOV-REP-01',
  title: text('Báo cáo năm về bảo đảm ATTT', 'Annual security report'),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { text: 'TT 12/2022/TT-BTTTT Điều 13–14: gửi chủ quản trước 20/12, Bộ TT&TT trước 25/12', rulesets: ['vn-nd85-tt12-2022'] },
    { text: 'NĐ 331/2026/NĐ-CP Điều 35–36: gửi chủ quản trước 20/12, Bộ Công an trước 25/12', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('báo cáo năm gần nhất và văn bản gửi', 'the latest annual report and its transmittal')],
  scope: 'system',
};
