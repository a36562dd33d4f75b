import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
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
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục III, mục II.1.b.vi (NĐ 85 Điều 9.3); Phụ lục IV (Điều 10.2, 10.3); Phụ lục V (Điều 11.2, 11.3)' }],
  confidence: 'verified',
  remediation: text(
    'Thêm dịch vụ hoặc thiết bị chống DDoS (kind: anti-ddos) có boundaries.externals gồm internet tại mỗi site có đường Internet.',
    'Add an anti-DDoS service or device (kind: anti-ddos) with internet in boundaries.externals at every site with Internet uplinks.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const site of ctx.index.sitesOf(ctx.system)) {
      if (site.internetUplinks.length === 0) continue;
      if (devicesAt(ctx, site, ['anti-ddos']).some((d) => d.boundaryExternals.includes('internet'))) continue;
      out.push({
        status: 'fail',
        part: `sites/${site.name}`,
        message: text(
          `Site ${site.name} có đường Internet nhưng không có chống DDoS (kind: anti-ddos) cho internet.`,
          `Site ${site.name} has Internet uplinks but no anti-DDoS (kind: anti-ddos) on internet.`,
        ),
        path: ['spec', 'components'],
      });
    }
    return out;
  },
};
