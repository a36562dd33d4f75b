import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import { manyDataSubjects, missingDataSubjects } from '../level.js';
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
      'bắt buộc sản phẩm VPN nếu xử lý bí mật nhà nước, hoặc là dịch vụ trực tuyến xử lý dữ liệu cá nhân của từ 10.000 người dùng trở lên (NĐ 85 Điều 9.2(c)), của từ 100.000 chủ thể dữ liệu cá nhân cơ bản hay từ 10.000 chủ thể dữ liệu cá nhân nhạy cảm trở lên (NĐ 331 Điều 13.2(c))',
      'a VPN product for state-secret systems and for online services processing personal data of 10,000 users or more (NĐ 85 Art. 9.2(c)), or of 100,000 data subjects of basic or 10,000 of sensitive personal data or more (NĐ 331 Art. 13.2(c))',
    ),
    4: text('bắt buộc sản phẩm VPN nếu xử lý bí mật nhà nước', 'a VPN product for state-secret systems'),
    5: text('luôn bắt buộc sản phẩm VPN', 'always a VPN product'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.i' },
    { doc: 'nd331-2026', article: '13', clause: '2', point: 'c', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Đặt cổng VPN (thiết bị loại `vpn`) có ranh giới (`boundaries`) gồm vùng quản trị và mạng bên ngoài; bỏ luồng từ mạng bên ngoài thẳng vào vùng quản trị; cách quản trị (`adminAuth.via`) không là quản trị tại chỗ (`local`).',
    'Add a VPN gateway (Device `kind: vpn`) whose `boundaries` hold the management zone and the outside network; remove flows from outside straight into management zones; `adminAuth.via` other than `local`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level } = ctx;
    const many = manyDataSubjects(system, ctx.ruleset.id);
    const mandatory = level === 5 || (level >= 3 && system.stateSecret) || (level === 3 && many === true);
    const severity = mandatory ? undefined : ('warning' as const);
    const out: Outcome[] = [];
    for (const site of ctx.index.sitesOf(system)) {
      const mgmt = (ctx.index.zonesBySite.get(site.name) ?? []).filter((z) => ADMIN_ZONES.has(z.zoneKind)).map((z) => z.name);
      for (const f of ctx.model.flows) {
        if (f.from.type === 'external' && f.to.type === 'zone' && mgmt.includes(f.to.zone)) {
          const message = text(
            `Luồng ${f.name} cho phép ${f.from.external} vào thẳng vùng quản trị ${f.to.zone}, không qua VPN.`,
            `Flow ${f.name} lets ${f.from.external} straight into management zone ${f.to.zone}, not through a VPN.`,
          );
          const path = ['spec', 'to'];
          // A fact of the flow, the same for every system at the site.
          const cause = { target: `flows/${f.name}`, source: f.source, path, message };
          out.push({ status: 'fail', part: `flows/${f.name}`, ...(severity ? { severity } : {}), message, source: f.source, path, cause });
        }
      }
      const vpn = devicesAt(ctx, site, ['vpn']).filter((d) => d.boundaryZones.some((z) => mgmt.includes(z)));
      if (vpn.length === 0) {
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          ...(severity ? { severity } : {}),
          message: text(
            `Trung tâm ${site.name} không có VPN dẫn vào vùng quản trị cho hệ thống ${system.name} (cấp độ ${level}).`,
            `Site ${site.name} has no VPN (Device kind: vpn) into a management zone for ${system.name} (level ${level}).`,
          ),
          path: ['spec', 'components'],
          // A fact of the site, the same for every system there.
          cause: {
            target: `sites/${site.name}`,
            source: site.source,
            message: text(
              `Trung tâm ${site.name} không có VPN dẫn vào vùng quản trị.`,
              `Site ${site.name} has no VPN (Device kind: vpn) into a management zone.`,
            ),
          },
        });
      }
    }
    if (system.adminAuth?.via === 'local' && mandatory) {
      out.push({
        status: 'fail',
        part: 'adminAuth',
        message: text(
          `Hệ thống ${system.name} quản trị tại chỗ dù cấp độ ${level} bắt buộc VPN.`,
          `${system.name} is administered locally (adminAuth.via: local) although level ${level} requires a VPN.`,
        ),
        path: ['spec', 'adminAuth', 'via'],
      });
    }
    // A missing VPN only warns while the counts that would make the product mandatory are unknown: ask for them.
    if (out.length > 0 && !mandatory && level === 3 && many === undefined) {
      const missing = missingDataSubjects(ctx.ruleset.id);
      out.push({
        status: 'manual',
        part: 'data-subjects',
        message: text(
          `Cần kiểm tra thủ công: chưa xác định được cấp độ 3 có bắt buộc sản phẩm mạng riêng ảo cho hệ thống ${system.name} hay không; cần khai báo ${missing.vi}.`,
          `Needs a manual check: whether level 3 requires a VPN product for ${system.name} cannot be decided; declare ${missing.en}.`,
        ),
        path: ['spec'],
      });
    }
    return out;
  },
};
