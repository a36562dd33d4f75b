import { text } from '../../model/index.js';
import { devicesAt, siteRole } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

const CITIZEN = new Set(['citizen-service', 'online-public-service', 'administrative-procedures']);

export const NET_WAF_01: SystemRule = {
  id: 'NET-WAF-01',
  title: text('Tường lửa ứng dụng web (WAF) cho hệ thống phục vụ người dân, doanh nghiệp', 'Web application firewall for citizen- and business-facing systems'),
  domain: 'application',
  mode: 'auto',
  levels: [2, 3, 4, 5],
  appliesTo: {
    text: text(
      'hệ thống phục vụ người dân, doanh nghiệp (NĐ 85 Điều 8.2, 9.2, 10.2, 11.2) và, từ cấp độ 4, TTDL, đám mây, định danh, nền tảng tích hợp',
      'citizen- or business-facing systems (NĐ 85 Art. 8.2, 9.2, 10.2, 11.2) and, from level 4, DC, cloud, identity and integration platforms',
    ),
    test: (ctx) =>
      ctx.system.citizenFacing ||
      CITIZEN.has(ctx.system.criterion) ||
      (ctx.level >= 4 && ['shared-provincial-infrastructure', 'national-24x7', 'national-infrastructure'].includes(ctx.system.criterion)),
  },
  plan: {
    text: text('phương án bảo vệ ứng dụng web', 'a plan to protect web applications'),
    evidence: [
      text(
        'phương án bảo vệ ứng dụng web đã phê duyệt (tường lửa ứng dụng web hoặc biện pháp tương đương) và vị trí áp dụng',
        'the approved web-application protection plan (a web application firewall or an equivalent measure) and where it applies',
      ),
    ],
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'II', item: 'II.1.b.iv', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.vii', levels: [3, 4, 5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Đặt WAF (thiết bị loại `waf`) có ranh giới (`boundaries`) gồm vùng của mọi thành phần công khai của hệ thống.',
    'Put a WAF (`kind: waf`) whose `boundaries` hold the zone of every public component.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.index.placementsOf(ctx.system)) {
      for (const { component: c, index: i, zone } of p.components) {
        if (!c.public || !zone) continue;
        const wafs = devicesAt(ctx, zone.site, ['waf']).filter((d) => d.boundaryZones.includes(zone.name) || d.zone === zone.name);
        if (wafs.length) continue;
        const where = siteRole(p, ctx);
        out.push({
          status: 'fail',
          part: p.role === 'primary' ? `components/${c.name}` : `sites/${p.site.name}/components/${c.name}`,
          ...(where.severity ? { severity: where.severity } : {}),
          message: text(
            `${where.vi}: thành phần công khai ${c.name} ở vùng ${zone.name} không có WAF phía trước.`,
            `${where.en}: public component ${c.name} in zone ${zone.name} has no WAF in front of it.`,
          ),
          path: ['spec', 'components', i, 'zone'],
        });
      }
    }
    return out;
  },
};
