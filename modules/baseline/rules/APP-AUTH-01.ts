import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const APP_AUTH_01: SystemRule = {
  id: 'APP-AUTH-01',
  title: text('Xác thực và kiểm soát truy cập ở tầng ứng dụng', 'Application authentication and access control'),
  domain: 'application',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.3.1' },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.3.2' },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('cấu hình xác thực, phân quyền của ứng dụng', 'application authentication and authorisation settings')],
  scope: 'system',
};
