import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_4L_01: SystemRule = {
  id: 'GOV-4L-01',
  title: text(
    'Mô hình bảo vệ 4 lớp',
    'The 4-layer protection model (on-site team, professional monitoring, independent assessment, national monitoring connection)',
  ),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [{ doc: 'cv1552-2020' }, { doc: 'ct14-2019' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Mới đối chiếu được phần đầu của công văn; văn bản không nêu mô hình bốn lớp áp dụng cho cấp độ nào.',
    'Only the opening of the official letter was checked; it does not say which levels the four-layer model applies to.',
  ),
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'hợp đồng hoặc quyết định cho từng lớp: lực lượng tại chỗ, giám sát chuyên nghiệp, đánh giá độc lập, kết nối giám sát quốc gia',
      'contract or decision for each layer: on-site team, professional monitoring, independent assessment, national monitoring connection',
    ),
  ],
  scope: 'system',
};
