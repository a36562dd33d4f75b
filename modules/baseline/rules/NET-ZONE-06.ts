import { text } from '../../model/index.js';
import { requireZone } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_ZONE_06: SystemRule = {
  id: 'NET-ZONE-06',
  title: text('Máy chủ CSDL đặt trong vùng riêng', 'Database servers in a dedicated zone'),
  domain: 'network',
  mode: 'auto',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.a.vi' }],
  confidence: 'verified',
  remediation: text(
    'Tạo vùng mạng loại `database` tại mỗi trung tâm đặt hệ thống và chuyển các thành phần CSDL vào đó.',
    'Create a zone of `kind: database` at every site hosting the system and move its database components there.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out = requireZone(ctx, ['database']);
    // A database component outside a database zone defeats the zone even where it exists.
    for (const [i, c] of ctx.system.components.entries()) {
      const zone = ctx.index.zone.get(c.zone);
      if (c.role === 'database' && zone && zone.zoneKind !== 'database') {
        out.push({
          status: 'fail',
          part: `components/${c.name}`,
          message: text(
            `Thành phần CSDL ${c.name} nằm ở vùng ${zone.name} (${zone.zoneKind}), không phải vùng CSDL.`,
            `Database component ${c.name} sits in zone ${zone.name} (${zone.zoneKind}), not in a database zone.`,
          ),
          path: ['spec', 'components', i, 'zone'],
        });
      }
    }
    return out;
  },
};
