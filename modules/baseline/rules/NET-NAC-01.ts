import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

export const NET_NAC_01: SystemRule = {
  id: 'NET-NAC-01',
  title: text('Kiểm soát truy cập lớp mạng (NAC) cho mạng nội bộ và SOC', 'Network access control (NAC) on the internal network and the SOC'),
  domain: 'network',
  mode: 'auto*',
  levels: [3, 4, 5],
  appliesTo: {
    text: text(
      'hạ tầng dùng chung (NĐ 85 Điều 9.3 ở cấp độ 3, Điều 10.3 ở cấp độ 4) và mọi hệ thống cấp độ 5',
      'shared infrastructure (NĐ 85 Art. 9.3 at level 3, Art. 10.3 at level 4) and every level-5 system',
    ),
    test: (ctx) =>
      ctx.level === 5 ||
      (ctx.level === 3 && ctx.system.criterion === 'shared-provincial-infrastructure') ||
      (ctx.level === 4 && (ctx.system.criterion === 'national-24x7' || ctx.system.criterion === 'shared-provincial-infrastructure')),
  },
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục III, mục II.1.b.ix (hệ thống thuộc NĐ 85 Điều 9.3); Phụ lục IV (Điều 10.3); Phụ lục V' }],
  confidence: 'verified',
  remediation: text(
    'Thêm thiết bị NAC (kind: nac) có boundaries gồm vùng người dùng, không dây và SOC.',
    'Add a NAC device (kind: nac) whose boundaries hold the user, wireless and SOC zones.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const site of ctx.index.sitesOf(ctx.system)) {
      const needs = (ctx.index.zonesBySite.get(site.name) ?? []).filter((z) => z.zoneKind === 'user' || z.zoneKind === 'soc' || z.zoneKind === 'wireless');
      const covered = new Set(devicesAt(ctx, site, ['nac']).flatMap((d) => [...d.boundaryZones, ...(d.zone ? [d.zone] : [])]));
      const missing = needs.filter((z) => !covered.has(z.name)).map((z) => z.name);
      if (missing.length) {
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          message: text(
            `Site ${site.name}: vùng ${missing.join(', ')} không có NAC (Device kind: nac).`,
            `Site ${site.name}: zones ${missing.join(', ')} have no NAC (Device kind: nac).`,
          ),
          path: ['spec', 'components'],
        });
      }
    }
    return out;
  },
};
