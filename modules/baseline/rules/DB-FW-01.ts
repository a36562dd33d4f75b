import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

export const DB_FW_01: SystemRule = {
  id: 'DB-FW-01',
  title: text('Tường lửa CSDL cho CSDL tập trung, dùng chung', 'Database firewall for centralised or shared databases'),
  domain: 'data',
  mode: 'auto*',
  levels: [3, 4, 5],
  appliesTo: {
    text: text(
      'CSDL tập trung, dùng chung (NĐ 85 Điều 9.3, 10.3, 11.2) có thành phần role: database',
      'centralised or shared databases (NĐ 85 Art. 9.3, 10.3, 11.2) with a role: database component',
    ),
    test: (ctx) =>
      ['shared-provincial-infrastructure', 'national-24x7', 'national-infrastructure'].includes(ctx.system.criterion) &&
      ctx.system.components.some((c) => c.role === 'database'),
  },
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục III, mục II.1.b.iv (Điều 9.3); Phụ lục IV (Điều 10.3); Phụ lục V (Điều 11.2)' }],
  confidence: 'verified',
  remediation: text(
    'Đặt tường lửa CSDL (kind: db-firewall) có boundaries gồm vùng CSDL.',
    'Put a database firewall (kind: db-firewall) whose boundaries hold the database zone.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const [i, c] of ctx.system.components.entries()) {
      if (c.role !== 'database') continue;
      const zone = ctx.index.zone.get(c.zone);
      if (!zone) continue;
      if (devicesAt(ctx, zone.site, ['db-firewall']).some((d) => d.boundaryZones.includes(zone.name) || d.zone === zone.name)) continue;
      out.push({
        status: 'fail',
        part: `components/${c.name}`,
        message: text(`CSDL ${c.name} ở vùng ${zone.name} không có tường lửa CSDL.`, `Database ${c.name} in zone ${zone.name} has no database firewall.`),
        path: ['spec', 'components', i, 'zone'],
      });
    }
    return out;
  },
};
