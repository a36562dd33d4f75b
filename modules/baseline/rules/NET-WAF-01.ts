import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
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
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục II, mục II.1.b.iv (Điều 8.2); Phụ lục III, mục vii (Điều 9.2); Phụ lục IV, mục vii; Phụ lục V, mục vii' }],
  confidence: 'verified',
  remediation: text(
    'Đặt WAF (kind: waf) có boundaries gồm vùng của mọi thành phần public của hệ thống.',
    'Put a WAF (kind: waf) whose boundaries hold the zone of every public component.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const [i, c] of ctx.system.components.entries()) {
      if (!c.public) continue;
      const zone = ctx.index.zone.get(c.zone);
      if (!zone) continue;
      const wafs = devicesAt(ctx, zone.site, ['waf']).filter((d) => d.boundaryZones.includes(zone.name) || d.zone === zone.name);
      if (wafs.length) continue;
      out.push({
        status: 'fail',
        part: `components/${c.name}`,
        message: text(
          `Thành phần public ${c.name} ở vùng ${zone.name} không có WAF phía trước.`,
          `Public component ${c.name} in zone ${zone.name} has no WAF in front of it.`,
        ),
        path: ['spec', 'components', i, 'zone'],
      });
    }
    return out;
  },
};
