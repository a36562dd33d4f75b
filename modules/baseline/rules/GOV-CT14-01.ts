import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const GOV_CT14_01: SystemRule = {
  id: 'GOV-CT14-01',
  title: text(
    'Ưu tiên sản phẩm trong nước; chi cho ATTT ≥ 10% kinh phí CNTT',
    'Prefer domestic security products; spend at least 10% of IT budgets on security',
  ),
  domain: 'management',
  mode: 'manual',
  levels: [3, 4, 5],
  severity: 'info',
  clauses: [{ doc: 'ct14-2019' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Mới đối chiếu được bản tóm tắt tiếng Anh của chỉ thị, chưa đối chiếu được văn bản tiếng Việt.',
    'Only an English summary of the directive was checked, not the Vietnamese text.',
  ),
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text('danh mục sản phẩm ATTT và xuất xứ', 'security product list with origin'),
    text('tỷ lệ kinh phí ATTT trên kinh phí CNTT', 'security share of the IT budget'),
  ],
  scope: 'system',
};
