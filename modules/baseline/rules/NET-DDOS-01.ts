import { text } from '../../model/index.js';
import { devicesAt, siteCause, siteRole } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

export const NET_DDOS_01: SystemRule = {
  id: 'NET-DDOS-01',
  title: text('Chống tấn công DDoS cho TTDL, đám mây, định danh, nền tảng tích hợp', 'Anti-DDoS for data centres, cloud, identity and integration platforms'),
  domain: 'network',
  mode: 'auto*',
  levels: [3, 4, 5],
  appliesTo: {
    text: text(
      'hạ tầng dùng chung (NĐ 85 Điều 9.3), hệ thống quốc gia 24/7 (Điều 10.2–10.3), hạ tầng quốc gia (Điều 11.2–11.3)',
      'shared infrastructure (NĐ 85 Art. 9.3), national 24/7 systems (Art. 10.2–10.3), national infrastructure (Art. 11.2–11.3)',
    ),
    test: (ctx) => ['shared-provincial-infrastructure', 'national-24x7', 'national-infrastructure'].includes(ctx.system.criterion),
  },
  plan: {
    text: text('phương án chống tấn công từ chối dịch vụ (DDoS)', 'a plan against denial-of-service (DDoS) attacks'),
    evidence: [
      text(
        'phương án chống DDoS đã phê duyệt (dịch vụ của nhà cung cấp kết nối Internet, cấu hình giới hạn lưu lượng hoặc biện pháp tương đương)',
        "the approved anti-DDoS plan (the Internet provider's service, rate limiting or an equivalent measure)",
      ),
    ],
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.vi' }],
  confidence: 'verified',
  remediation: text(
    'Thêm dịch vụ hoặc thiết bị chống DDoS (loại `anti-ddos`) có ranh giới với mạng bên ngoài (`boundaries.externals`) gồm mạng Internet (`internet`) tại mỗi trung tâm có đường Internet.',
    'Add an anti-DDoS service or device (`kind: anti-ddos`) with `internet` in `boundaries.externals` at every site with Internet uplinks.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.index.placementsOf(ctx.system)) {
      const site = p.site;
      if (site.internetUplinks.length === 0) continue;
      if (devicesAt(ctx, site, ['anti-ddos']).some((d) => d.boundaryExternals.includes('internet'))) continue;
      const where = siteRole(p, ctx);
      const fact = text(
        'có đường kết nối Internet nhưng không có giải pháp chống tấn công từ chối dịch vụ trên đường đó.',
        'has Internet uplinks but no anti-DDoS (kind: anti-ddos) on internet.',
      );
      out.push({
        status: 'fail',
        part: `sites/${site.name}`,
        ...(where.severity ? { severity: where.severity } : {}),
        message: text(`${where.vi} ${fact.vi}`, `${where.en} ${fact.en}`),
        path: ['spec', 'components'],
        cause: siteCause(p, fact),
      });
    }
    return out;
  },
};
