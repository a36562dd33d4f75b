import { text } from '../../model/index.js';
import { devicesAt, siteCause, siteRole } from '../helpers.js';
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
  plan: {
    text: text('phương án kiểm soát truy cập lớp mạng cho mạng nội bộ', 'a network access control plan for the internal network'),
    evidence: [
      text(
        'phương án kiểm soát thiết bị kết nối vào mạng nội bộ đã phê duyệt (xác thực thiết bị, cách ly thiết bị lạ)',
        'the approved plan controlling devices joining the internal network (device authentication, isolation of unknown devices)',
      ),
    ],
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.ix' }],
  confidence: 'verified',
  remediation: text(
    'Thêm thiết bị NAC (loại `nac`) có ranh giới (`boundaries`) gồm vùng người dùng, không dây và SOC.',
    'Add a NAC device (`kind: nac`) whose `boundaries` hold the user, wireless and SOC zones.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.index.placementsOf(ctx.system)) {
      const site = p.site;
      const needs = (ctx.index.zonesBySite.get(site.name) ?? []).filter((z) => z.zoneKind === 'user' || z.zoneKind === 'soc' || z.zoneKind === 'wireless');
      const covered = new Set(devicesAt(ctx, site, ['nac']).flatMap((d) => [...d.boundaryZones, ...(d.zone ? [d.zone] : [])]));
      const missing = needs.filter((z) => !covered.has(z.name)).map((z) => z.name);
      if (missing.length) {
        const where = siteRole(p, ctx);
        const fact = text(
          `vùng ${missing.join(', ')} không có giải pháp kiểm soát truy cập lớp mạng.`,
          `zones ${missing.join(', ')} have no NAC (Device kind: nac).`,
        );
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          ...(where.severity ? { severity: where.severity } : {}),
          message: text(`${where.vi}: ${fact.vi}`, `${where.en}: ${fact.en}`),
          path: ['spec', 'components'],
          // The zones without NAC are a fact of the site, the same for every system there.
          cause: siteCause(p, fact, ': '),
        });
      }
    }
    return out;
  },
};
