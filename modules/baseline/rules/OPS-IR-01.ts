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
    { doc: 'qd05-2017', article: '16' },
    { doc: 'tt20-2017', article: '12' },
    { doc: 'tt12-2022', annex: 'II', item: 'I.1.5.4', levels: [2] },
    { doc: 'tcvn11930-2017', item: '6.1.5.4', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'I.1.5.8', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.1.5.8', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.1.5.8', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.1.5.8', levels: [5] },
    { doc: 'nd331-2026', article: '31', clause: '2', point: 'd', rulesets: ['vn-nd331-2026'] },
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
