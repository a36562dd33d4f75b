import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const APP_TLS_01: SystemRule = {
  id: 'APP-TLS-01',
  title: text('Mã hóa kênh truyền của ứng dụng (TLS)', 'Encryption in transit for applications (TLS)'),
  domain: 'application',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục III–V, mục 1.3.4 → TCVN 11930:2017 7–9.2.3.4' }],
  // The protocol and its version are not fixed by the texts read; TLS 1.2 as the floor is the toolkit's choice.
  confidence: 'unverified',
  remediation: text(
    'Bật TLS trên mọi điểm truy cập ứng dụng, API (tls.enabled: true, minVersion 1.2 hoặc 1.3).',
    'Enable TLS on every application and API edge (tls.enabled: true, minVersion 1.2 or 1.3).',
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
