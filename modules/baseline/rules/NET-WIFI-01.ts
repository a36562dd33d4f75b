import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const NET_WIFI_01: SystemRule = {
  id: 'NET-WIFI-01',
  title: text('Phương án bảo đảm an toàn mạng không dây (nếu có)', 'A security plan for the wireless network, if present'),
  domain: 'network',
  mode: 'manual',
  levels: [3, 4, 5],
  severity: 'info',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xvi' }],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('phương án an toàn mạng không dây: xác thực, mã hóa, tách vùng', 'wireless security plan: authentication, encryption, separation')],
  scope: 'system',
};
