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
  clauses: [
    { doc: 'tt12-2022', annex: 'I', item: 'II.2.1.1.4', levels: [1] },
    { doc: 'tcvn11930-2017', item: '5.2.1.5', levels: [1] },
    { doc: 'tt12-2022', annex: 'II', item: 'II.2.1.1.5', levels: [2] },
    { doc: 'tcvn11930-2017', item: '6.2.1.6', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.1.6', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.2.1.7', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.7', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.7', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục bảo vệ thiết bị hệ thống của TCVN 11930:2017 chưa đối chiếu được; các nội dung cần xem lấy từ một bảng kiểm cấp độ 3 theo câu chữ của tiêu chuẩn.',
    'The full text of the device-protection clause of TCVN 11930:2017 could not be checked; the points to see come from a level-3 checklist that follows the wording of the standard.',
  ),
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
