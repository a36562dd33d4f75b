import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const OPS_IR_01: SystemRule = {
  id: 'OPS-IR-01',
  title: text('Kế hoạch ứng phó sự cố ATTT', 'Incident-response plan'),
  domain: 'operations',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { text: 'QĐ 05/2017/QĐ-TTg Điều 16; TT 20/2017/TT-BTTTT Điều 12; TCVN 11930:2017 6.1.5.4, 7–9.1.5.8' },
    { text: 'NĐ 331/2026/NĐ-CP Điều 31.2(d): thông báo sự cố nghiêm trọng ≤ 24 giờ, báo cáo ≤ 72 giờ', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'kế hoạch ứng phó sự cố được phê duyệt (đề cương QĐ 05/2017 cho cấp độ 4–5, Phụ lục III TT 20/2017 cho cấp độ khác)',
      'approved incident-response plan (QĐ 05/2017 outline for L4–5, TT 20/2017 Annex III otherwise)',
    ),
    text('quy trình quản lý sự cố ATTT (từ cấp độ 2)', 'incident-management process (from level 2)'),
  ],
  scope: 'system',
};
