import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

export const MON_TT31_01: SystemRule = {
  id: 'MON-TT31-01',
  title: text(
    'Giám sát theo TT 31/2017: cảm biến trên mọi kết nối Internet, kết nối hệ thống giám sát quốc gia',
    'Monitoring under TT 31/2017: sensors on every Internet link, connection to the national monitoring system',
  ),
  domain: 'operations',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [
    { text: 'TT 31/2017/TT-BTTTT Điều 5' },
    { text: 'NĐ 331/2026/NĐ-CP Điều 28.6 giao Bộ Công an quy định giám sát; hiệu lực của TT 31/2017 sau 2026 chưa rõ', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'unverified',
  remediation: text(
    'Đặt cảm biến (IPS hoặc tường lửa có IPS) có boundaries.externals gồm internet tại mỗi site có đường Internet, và một luồng hoặc thiết bị tới national-soc.',
    'Place a sensor (IPS or firewall with IPS) with internet in boundaries.externals at every site with Internet uplinks, and a flow or device towards national-soc.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const site of ctx.index.sitesOf(ctx.system)) {
      if (site.internetUplinks.length === 0) continue;
      const sensors = devicesAt(ctx, site, ['ips'], 'ips').filter((d) => d.boundaryExternals.includes('internet'));
      if (sensors.length === 0) {
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          message: text(
            `Site ${site.name}: không có cảm biến giám sát trên kết nối Internet.`,
            `Site ${site.name}: no monitoring sensor on the Internet link.`,
          ),
          path: ['spec', 'components'],
        });
      }
    }
    const national =
      ctx.model.flows.some((f) => f.to.type === 'external' && f.to.external === 'national-soc') ||
      ctx.model.devices.some((d) => d.boundaryExternals.includes('national-soc'));
    if (!national) {
      out.push({
        status: 'fail',
        part: 'national-soc',
        message: text('Không có kết nối tới hệ thống giám sát quốc gia (national-soc).', 'No connection to the national monitoring system (national-soc).'),
      });
    }
    return out;
  },
};
