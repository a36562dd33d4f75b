import { text } from '../../model/index.js';
import { devicesAt, siteRole } from '../helpers.js';
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
  plan: {
    text: text('phương án bảo vệ cơ sở dữ liệu', 'a plan to protect databases'),
    evidence: [
      text(
        'phương án bảo vệ cơ sở dữ liệu đã phê duyệt (kiểm soát truy cập, giám sát truy vấn tới cơ sở dữ liệu)',
        'the approved database protection plan (access control and monitoring of queries to the databases)',
      ),
    ],
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.iv' }],
  confidence: 'verified',
  remediation: text(
    'Đặt tường lửa CSDL (thiết bị loại `db-firewall`) có ranh giới (`boundaries`) gồm vùng CSDL.',
    'Put a database firewall (`kind: db-firewall`) whose `boundaries` hold the database zone.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.index.placementsOf(ctx.system)) {
      for (const { component: c, index: i, zone } of p.components) {
        if (c.role !== 'database' || !zone) continue;
        if (devicesAt(ctx, zone.site, ['db-firewall']).some((d) => d.boundaryZones.includes(zone.name) || d.zone === zone.name)) continue;
        const where = siteRole(p, ctx);
        out.push({
          status: 'fail',
          part: p.role === 'primary' ? `components/${c.name}` : `sites/${p.site.name}/components/${c.name}`,
          ...(where.severity ? { severity: where.severity } : {}),
          message: text(
            `${where.vi}: CSDL ${c.name} ở vùng ${zone.name} không có tường lửa CSDL.`,
            `${where.en}: database ${c.name} in zone ${zone.name} has no database firewall.`,
          ),
          path: ['spec', 'components', i, 'zone'],
        });
      }
    }
    return out;
  },
};
