import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_04: SystemRule = {
  id: 'NET-ZONE-04',
  title: text('Máy chủ nội bộ đặt trong vùng riêng', 'Internal servers in their own zone'),
  domain: 'network',
  mode: 'auto',
  levels: [2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'II–V', item: 'II.1.a.iv' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `internal-servers` tại mỗi trung tâm đặt hệ thống và đặt các thành phần tương ứng vào đó.',
    'Create a zone of `kind: internal-servers` at every site hosting the system and place the matching components in it.',
  ),
  scope: 'system',
  check: (ctx) => requireZone(ctx, ['internal-servers']),
};
