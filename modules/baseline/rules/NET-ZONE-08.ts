import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_08: SystemRule = {
  id: 'NET-ZONE-08',
  title: text('Có vùng quản trị thiết bị hệ thống, tách khỏi vùng quản trị chung', 'A device-management zone separate from the general management zone'),
  domain: 'network',
  mode: 'auto',
  levels: [4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'IV–V', item: 'II.1.a.viii' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `device-management` tại mỗi trung tâm đặt hệ thống và đặt các thành phần tương ứng vào đó.',
    'Create a zone of `kind: device-management` at every site hosting the system and place the matching components in it.',
  ),
  scope: 'system',
  check: (ctx) => requireZone(ctx, ['device-management']),
};
