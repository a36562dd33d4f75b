import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_02: SystemRule = {
  id: 'NET-ZONE-02',
  title: text('Phải có vùng mạng biên nơi kết nối ra ngoài', 'An edge zone where outside links end'),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'I–V', item: 'II.1.a.ii' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `edge` tại mỗi trung tâm đặt hệ thống và đặt các thành phần tương ứng vào đó.',
    'Create a zone of `kind: edge` at every site hosting the system and place the matching components in it.',
  ),
  scope: 'system',
  check: (ctx) => requireZone(ctx, ['edge']),
};
