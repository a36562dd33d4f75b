import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const DATA_INT_01: SystemRule = {
  id: 'DATA-INT-01',
  title: text('Bảo đảm nguyên vẹn dữ liệu', 'Data integrity controls'),
  domain: 'data',
  mode: 'manual',
  levels: [3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.4.1' },
    { doc: 'tcvn11930-2017', item: '7.2.4.1', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.4.1', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.4.1', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('cơ chế kiểm tra nguyên vẹn dữ liệu (chữ ký, băm, nhật ký thay đổi)', 'integrity mechanisms (signatures, hashes, change logs)')],
  scope: 'system',
};
