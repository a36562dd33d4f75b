import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const APP_SDLC_01: SystemRule = {
  id: 'APP-SDLC-01',
  title: text(
    'Phát triển phần mềm nội bộ theo Khung phát triển phần mềm an toàn',
    'In-house software follows the secure-development framework and the baseline for internal software',
  ),
  domain: 'application',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Điều 9.8; QĐ 742/QĐ-BTTTT (2022); TCVN 11930:2017 6.2.3.4, 6.1.4.2' }],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'hồ sơ phát triển an toàn: yêu cầu an toàn, rà soát mã nguồn, quản lý phần mềm thuê khoán',
      'secure-development records: security requirements, code review, outsourced-development management',
    ),
  ],
  scope: 'system',
};
