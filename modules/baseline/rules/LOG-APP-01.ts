import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const LOG_APP_01: SystemRule = {
  id: 'LOG-APP-01',
  title: text('Ứng dụng phải ghi nhật ký', 'Applications keep logs'),
  domain: 'application',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.3.3' },
    { doc: 'tcvn11930-2017', item: '5.2.3.3', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.3.3', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.3.3', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.3.3', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.3.3', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục nhật ký ứng dụng của TCVN 11930:2017 (nội dung ghi, thời gian lưu) chưa đối chiếu được; quy tắc chỉ kiểm tra hệ thống có khai báo cách ghi nhật ký.',
    'The full text of the application-log clause of TCVN 11930:2017 (what to record, how long to keep it) could not be checked; the rule only checks that the system declares how it keeps logs.',
  ),
  remediation: text('Khai báo cách ghi nhật ký của hệ thống (`logging`).', 'Declare how the system keeps logs (`logging`).'),
  scope: 'system',
  check: (ctx) =>
    ctx.system.logging
      ? []
      : [{ status: 'fail', message: text(`${ctx.system.name} không khai báo cách ghi nhật ký.`, `${ctx.system.name} declares no logging.`) }],
};
