import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const HOST_AUTH_01: SystemRule = {
  id: 'HOST-AUTH-01',
  title: text(
    'Xác thực trên máy chủ: đổi mật khẩu mặc định, độ dài, chu kỳ đổi, khóa khi đăng nhập sai',
    'Server authentication: default passwords changed, length and character rules, change interval, lockout',
  ),
  domain: 'host',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'TCVN 11930:2017 x.2.2.1 qua TT 12/2022/TT-BTTTT mục 1.2.1' }],
  confidence: 'unverified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text('chính sách mật khẩu áp dụng trên máy chủ (độ dài, chu kỳ, khóa)', 'password policy applied on servers (length, interval, lockout)'),
    text('bằng chứng đã đổi mật khẩu mặc định', 'proof that default passwords were changed'),
  ],
  scope: 'system',
};
