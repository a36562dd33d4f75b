import { text } from '../../model/index.js';
import { requireDevice } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_MAIL_01: SystemRule = {
  id: 'NET-MAIL-01',
  title: text('An toàn cho hệ thống thư điện tử', 'Mail-system security'),
  domain: 'application',
  mode: 'auto*',
  levels: [2, 3, 4, 5],
  perLevel: {
    2: text('có phương án (chấp nhận tương đương)', 'a plan (equivalent accepted)'),
    3: text('sản phẩm an toàn thư điện tử cho hệ thống thư thuộc Điều 9.2', 'a mail-security product for Art. 9.2 mail systems'),
    4: text('sản phẩm an toàn thư điện tử', 'a mail-security product'),
    5: text('sản phẩm an toàn thư điện tử', 'a mail-security product'),
  },
  appliesTo: {
    text: text('hệ thống có thành phần thư điện tử (role: mail)', 'systems with a mail component (role: mail)'),
    test: (ctx) => ctx.system.components.some((c) => c.role === 'mail'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'II', item: 'II.1.b.v', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.viii', levels: [3, 4, 5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Thêm cổng an ninh thư (thiết bị loại `mail-security`) tại trung tâm đặt hệ thống thư.',
    'Add a mail-security gateway (`kind: mail-security`) at the site hosting the mail system.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireDevice(
      ctx,
      ['mail-security'],
      text('sản phẩm an toàn thư điện tử', 'mail-security product'),
      undefined,
      // Level 2 accepts an equivalent; level 3 binds only Art. 9.2 (citizen-facing) mail systems.
      ctx.level === 2 || (ctx.level === 3 && !ctx.system.citizenFacing) ? 'warning' : undefined,
    ),
};
