import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const LOG_APP_01: SystemRule = {
  id: 'LOG-APP-01',
  title: text('Ứng dụng phải ghi nhật ký', 'Applications keep logs'),
  domain: 'application',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ text: 'TCVN 11930:2017 x.2.3.3 qua TT 12/2022/TT-BTTTT mục 1.3.3' }],
  confidence: 'unverified',
  remediation: text('Khai báo cách ghi nhật ký của hệ thống (logging).', 'Declare how the system keeps logs (logging).'),
  scope: 'system',
  check: (ctx) =>
    ctx.system.logging
      ? []
      : [{ status: 'fail', message: text(`${ctx.system.name} không khai báo nhật ký (logging).`, `${ctx.system.name} declares no logging.`) }],
};
