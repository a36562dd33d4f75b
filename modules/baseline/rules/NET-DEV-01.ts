import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const NET_DEV_01: SystemRule = {
  id: 'NET-DEV-01',
  title: text(
    'Bảo vệ thiết bị hệ thống (xác thực quản trị, giao thức an toàn, giới hạn địa chỉ quản trị, khóa đăng nhập sai, phân quyền, vá lỗi, xóa cấu hình khi thu hồi)',
    'Hardening of network and security devices (admin authentication, secure protocols, allow-listed admin sources, failed-login limits, role separation, patching, wipe on decommission)',
  ),
  domain: 'network',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục I–V, mục II.2 (1.1.4–1.1.6) → TCVN 11930:2017 x.2.1.5–x.2.1.7' }],
  confidence: 'unverified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'cấu hình quản trị của từng thiết bị mạng, bảo mật (giao thức, danh sách địa chỉ được quản trị, khóa đăng nhập sai)',
      'admin configuration of every network and security device (protocols, allowed admin sources, failed-login lockout)',
    ),
    text('danh sách tài khoản quản trị và phân quyền', 'admin account list and roles'),
    text('hồ sơ vá lỗi và biên bản xóa cấu hình thiết bị thu hồi', 'patch records and wipe records of decommissioned devices'),
  ],
  scope: 'system',
};
