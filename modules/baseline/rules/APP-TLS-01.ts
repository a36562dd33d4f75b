import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const APP_TLS_01: SystemRule = {
  id: 'APP-TLS-01',
  title: text('Mã hóa kênh truyền của ứng dụng (TLS)', 'Encryption in transit for applications (TLS)'),
  domain: 'application',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.3.4' },
    { doc: 'tcvn11930-2017', item: '7.2.3.4', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.3.4', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.3.4', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Bảo mật thông tin liên lạc được hiểu là mã hóa kênh truyền; văn bản đã đọc không quy định giao thức và phiên bản: TLS 1.2 trở lên là lựa chọn của hatang.',
    "Confidentiality of communications is read as encryption in transit; the texts read fix no protocol or version: TLS 1.2 or later is the toolkit's choice.",
  ),
  remediation: text(
    'Bật TLS trên mọi điểm truy cập ứng dụng, API (`tls.enabled: true`, phiên bản tối thiểu `minVersion` là 1.2 hoặc 1.3).',
    'Enable TLS on every application and API edge (`tls.enabled: true`, `minVersion` 1.2 or 1.3).',
  ),
  scope: 'system',
  check: (ctx) =>
    ctx.system.tls?.enabled
      ? []
      : [
          {
            status: 'fail',
            message: text(`${ctx.system.name} không bật TLS cho kênh truyền của ứng dụng.`, `${ctx.system.name} does not enable TLS for application traffic.`),
            path: ctx.system.tls ? ['spec', 'tls', 'enabled'] : ['spec'],
          },
        ],
};
