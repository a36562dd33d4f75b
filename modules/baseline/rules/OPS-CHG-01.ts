import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const OPS_CHG_01: SystemRule = {
  id: 'OPS-CHG-01',
  title: text('Quản lý thay đổi cấu hình', 'Change management'),
  domain: 'operations',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'I.1.5' },
    { doc: 'tcvn11930-2017', item: '5.1.5', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.1.5', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.1.5', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.1.5', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.1.5', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Quản lý thay đổi không là mục riêng trong Thông tư số 12/2022/TT-BTTTT; được hiểu là một phần của quản lý vận hành hệ thống, toàn văn mục này của TCVN 11930:2017 chưa đối chiếu được.',
    'Change management is not an item of its own in Circular 12/2022; it is read as part of operations management, whose text in TCVN 11930:2017 could not be checked.',
  ),
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('quy trình quản lý thay đổi và nhật ký thay đổi cấu hình', 'change-management process and configuration-change log')],
  scope: 'system',
};
