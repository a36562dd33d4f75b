import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_07: SystemRule = {
  id: 'NET-ZONE-07',
  title: text('Có vùng quản trị', 'A management zone'),
  domain: 'network',
  mode: 'auto',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.a.vii' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `management` tại mỗi trung tâm đặt hệ thống và đặt các thành phần tương ứng vào đó.',
    'Create a zone of `kind: management` at every site hosting the system and place the matching components in it.',
  ),
  scope: 'system',
  check: (ctx) => requireZone(ctx, ['management']),
};
