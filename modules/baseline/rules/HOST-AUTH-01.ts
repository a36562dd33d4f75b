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
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.1' },
    { doc: 'tcvn11930-2017', item: '5.2.2.1', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.2.1', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.1', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.1', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.1', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục xác thực của TCVN 11930:2017 chưa đối chiếu được; các nội dung cần xem (độ dài, chu kỳ đổi, khóa khi đăng nhập sai) lấy từ một bảng kiểm cấp độ 3 theo câu chữ của tiêu chuẩn.',
    'The full text of the authentication clause of TCVN 11930:2017 could not be checked; the points to see (length, change interval, lockout) come from a level-3 checklist that follows the wording of the standard.',
  ),
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
