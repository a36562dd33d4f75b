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
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.2' },
    { doc: 'tcvn11930-2017', item: '5.2.2.2', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.2.2', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.2', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.2', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.2', levels: [5] },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.4' },
    { doc: 'tcvn11930-2017', item: '5.2.2.4', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.2.4', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.2.4', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.4', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.4', levels: [5] },
    { doc: 'tt12-2022', article: '12', clause: '2', point: 'đ', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '27', clause: '2', point: 'đ', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn các mục kiểm soát truy cập và phòng chống xâm nhập trên máy chủ của TCVN 11930:2017 chưa đối chiếu được; các nội dung cần xem lấy từ một bảng kiểm cấp độ 3 theo câu chữ của tiêu chuẩn.',
    'The full text of the host access-control and intrusion-prevention clauses of TCVN 11930:2017 could not be checked; the points to see come from a level-3 checklist that follows the wording of the standard.',
  ),
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
