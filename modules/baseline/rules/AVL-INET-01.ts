import { msg, text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const AVL_INET_01: SystemRule = {
  id: 'AVL-INET-01',
  title: text('Dự phòng kết nối Internet cho các máy chủ dịch vụ', 'Redundant Internet connectivity for service servers'),
  domain: 'network',
  mode: 'auto',
  levels: [3, 4, 5],
  appliesTo: {
    text: text('hệ thống có thành phần công khai', 'systems with a public component'),
    test: (ctx) => ctx.system.components.some((c) => c.public),
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xv' }],
  confidence: 'verified',
  parameters: ['minInternetUplinks'],
  remediation: text(
    'Khai báo ít nhất hai đường Internet (`internetUplinks`), nên từ hai nhà mạng khác nhau.',
    'Declare at least two Internet uplinks (`internetUplinks`), preferably from different carriers.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    const min = ctx.param('minInternetUplinks', ctx.level).value;
    const publicSites = new Set(ctx.system.components.filter((c) => c.public).map((c) => ctx.index.zone.get(c.zone)?.site));
    for (const site of ctx.index.sitesOf(ctx.system)) {
      if (!publicSites.has(site.name) || site.internetUplinks.length >= min) continue;
      out.push({
        status: 'fail',
        part: `sites/${site.name}`,
        message: msg('AVL-INET-01.fail', { site: site.name, n: site.internetUplinks.length, min }),
        source: site.source,
        path: ['spec', 'internetUplinks'],
      });
    }
    return out;
  },
};
