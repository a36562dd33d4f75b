import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const APP_SDLC_01: SystemRule = {
  id: 'APP-SDLC-01',
  title: text(
    'Phát triển phần mềm nội bộ theo Khung phát triển phần mềm an toàn',
    'In-house software follows the secure-development framework and the baseline for internal software',
  ),
  domain: 'application',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', article: '9', clause: '8', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'qd742-2022' },
    { doc: 'tt12-2022', annex: 'II–V', item: 'I.1.4.2', levels: [2, 3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '6.1.4.2', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.1.4.2', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.1.4.2', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.1.4.2', levels: [5] },
    { doc: 'tt12-2022', annex: 'II', item: 'II.2.1.3.4', levels: [2] },
    { doc: 'tcvn11930-2017', item: '6.2.3.4', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.3.6', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.2.3.6', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.3.6', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.3.6', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [
    text(
      'hồ sơ phát triển an toàn: yêu cầu an toàn, rà soát mã nguồn, quản lý phần mềm thuê khoán',
      'secure-development records: security requirements, code review, outsourced-development management',
    ),
  ],
  scope: 'system',
};
