import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

const ADMIN_ZONES = new Set(['management', 'device-management']);

export const NET_RA_01: SystemRule = {
  id: 'NET-RA-01',
  title: text('Quản trị từ xa an toàn qua VPN', 'Remote administration only through a VPN'),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('VPN hoặc tương đương', 'VPN or equivalent'),
    2: text('VPN hoặc tương đương', 'VPN or equivalent'),
    3: text(
      'bắt buộc sản phẩm VPN nếu xử lý bí mật nhà nước hoặc thuộc NĐ 85 Điều 9.2(c) (≥ 10.000 người dùng có dữ liệu cá nhân)',
      'a VPN product for state-secret systems and NĐ 85 Art. 9.2(c) systems (≥ 10,000 users with personal data)',
    ),
    4: text('bắt buộc sản phẩm VPN nếu xử lý bí mật nhà nước', 'a VPN product for state-secret systems'),
    5: text('luôn bắt buộc sản phẩm VPN', 'always a VPN product'),
  },
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục I–V, mục II.1.b.i' }],
  confidence: 'verified',
  remediation: text(
    'Đặt cổng VPN (Device kind: vpn) có boundaries gồm vùng quản trị và mạng bên ngoài; bỏ luồng từ mạng bên ngoài thẳng vào vùng quản trị; adminAuth.via không là local.',
    'Add a VPN gateway (Device kind: vpn) whose boundaries hold the management zone and the outside network; remove flows from outside straight into management zones; adminAuth.via other than local.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level } = ctx;
    const mandatory =
      level === 5 || (level >= 3 && system.stateSecret) || (level === 3 && system.citizenFacing && (system.personalDataSubjects ?? 0) >= 10_000);
    const severity = mandatory ? undefined : ('warning' as const);
    const out: Outcome[] = [];
    for (const site of ctx.index.sitesOf(system)) {
      const mgmt = (ctx.index.zonesBySite.get(site.name) ?? []).filter((z) => ADMIN_ZONES.has(z.zoneKind)).map((z) => z.name);
      for (const f of ctx.model.flows) {
        if (f.from.type === 'external' && f.to.type === 'zone' && mgmt.includes(f.to.zone)) {
          out.push({
            status: 'fail',
            part: `flows/${f.name}`,
            ...(severity ? { severity } : {}),
            message: text(
              `Luồng ${f.name} cho phép ${f.from.external} vào thẳng vùng quản trị ${f.to.zone}, không qua VPN.`,
              `Flow ${f.name} lets ${f.from.external} straight into management zone ${f.to.zone}, not through a VPN.`,
            ),
            source: f.source,
            path: ['spec', 'to'],
          });
        }
      }
      const vpn = devicesAt(ctx, site, ['vpn']).filter((d) => d.boundaryZones.some((z) => mgmt.includes(z)));
      if (vpn.length === 0) {
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          ...(severity ? { severity } : {}),
          message: text(
            `Site ${site.name} không có VPN (Device kind: vpn) dẫn vào vùng quản trị cho hệ thống ${system.name} (cấp độ ${level}).`,
            `Site ${site.name} has no VPN (Device kind: vpn) into a management zone for ${system.name} (level ${level}).`,
          ),
          path: ['spec', 'components'],
        });
      }
    }
    if (system.adminAuth?.via === 'local' && mandatory) {
      out.push({
        status: 'fail',
        part: 'adminAuth',
        message: text(
          `Hệ thống ${system.name} quản trị tại chỗ (adminAuth.via: local) dù cấp độ ${level} bắt buộc VPN.`,
          `${system.name} is administered locally (adminAuth.via: local) although level ${level} requires a VPN.`,
        ),
        path: ['spec', 'adminAuth', 'via'],
      });
    }
    return out;
  },
};
