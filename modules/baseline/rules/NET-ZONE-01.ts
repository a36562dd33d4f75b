import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_01: SystemRule = {
  id: 'NET-ZONE-01',
  title: text('Phải có vùng mạng nội bộ (người dùng) riêng', 'A separate internal (user LAN) zone'),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'I–V', item: 'II.1.a.i' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `user` tại mỗi trung tâm đặt hệ thống và đặt các thành phần tương ứng vào đó.',
    'Create a zone of `kind: user` at every site hosting the system and place the matching components in it.',
  ),
  scope: 'system',
  // The internal (user) network is the organisation's own; a DR site serves users through their agencies' links.
  check: (ctx) => requireZone(ctx, ['user'], true),
};
