import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const HOST_HARD_01: SystemRule = {
  id: 'HOST-HARD-01',
  title: text(
    'Kiểm soát truy cập và chống xâm nhập trên máy chủ',
    'Host access control and intrusion prevention (host firewall, insecure services off, patching, admin source allow-list, idle timeout)',
  ),
  domain: 'host',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ text: 'TCVN 11930:2017 x.2.2.2, x.2.2.4 qua TT 12/2022/TT-BTTTT mục 1.2.2, 1.2.4; TT 12/2022 Điều 12.2(đ)' }],
  confidence: 'unverified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text('cấu hình tường lửa hệ điều hành và danh sách dịch vụ đang chạy', 'host firewall configuration and list of running services'),
    text('báo cáo vá lỗi máy chủ', 'server patch report'),
  ],
  scope: 'system',
};
