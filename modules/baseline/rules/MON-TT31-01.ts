import { text } from '../../model/index.js';
import { devicesAt } from '../helpers.js';
import type { Outcome, SystemRule } from '../rule.js';

export const MON_TT31_01: SystemRule = {
  id: 'MON-TT31-01',
  title: text(
    'Kết nối hệ thống giám sát quốc gia; cảm biến giám sát trên kết nối Internet',
    'Connection to the national monitoring system; monitoring sensors on Internet links',
  ),
  domain: 'operations',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt31-2017', article: '5', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '33', clause: '5', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '34', clause: '1', point: 'e', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Theo Nghị định số 331/2026/NĐ-CP: thiết lập kết nối, đường truyền dữ liệu phục vụ giám sát an ninh mạng theo hướng dẫn của lực lượng chuyên trách thuộc Bộ Công an, khai báo luồng hoặc thiết bị tới hệ thống giám sát quốc gia (`national-soc`). Theo Nghị định số 85/2016/NĐ-CP và Thông tư số 31/2017/TT-BTTTT: thêm cảm biến (IPS hoặc tường lửa có IPS) có ranh giới với mạng bên ngoài (`boundaries.externals`) gồm mạng Internet (`internet`) tại mỗi trung tâm có đường Internet.',
    'Under Decree 331/2026: set up the connection and data link for cybersecurity monitoring as the specialised force of the Ministry of Public Security directs, declaring a flow or device towards `national-soc`. Under Decree 85/2016 and Circular 31/2017: also a sensor (IPS or firewall with IPS) with `internet` in `boundaries.externals` at every site with Internet uplinks.',
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    const nd331 = ctx.ruleset.id === 'vn-nd331-2026';
    // Sensors on every Internet link come from TT 31/2017 (NĐ 85 rule-set); NĐ 331 asks for the monitoring connection.
    for (const site of nd331 ? [] : ctx.index.sitesOf(ctx.system)) {
      if (site.internetUplinks.length === 0) continue;
      const sensors = devicesAt(ctx, site, ['ips'], 'ips').filter((d) => d.boundaryExternals.includes('internet'));
      if (sensors.length === 0) {
        const message = text(
          `Trung tâm ${site.name}: không có cảm biến giám sát trên kết nối Internet.`,
          `Site ${site.name}: no monitoring sensor on the Internet link.`,
        );
        out.push({
          status: 'fail',
          part: `sites/${site.name}`,
          message,
          path: ['spec', 'components'],
          // A fact of the site, the same for every system there.
          cause: { target: `sites/${site.name}`, source: site.source, path: ['spec'], message },
        });
      }
    }
    const national =
      ctx.model.flows.some((f) => f.to.type === 'external' && f.to.external === 'national-soc') ||
      ctx.model.devices.some((d) => d.boundaryExternals.includes('national-soc'));
    if (!national) {
      const message = nd331
        ? text(
            'Chưa có kết nối, đường truyền dữ liệu phục vụ giám sát an ninh mạng tới hệ thống hạ tầng kỹ thuật giám sát tập trung quốc gia của Bộ Công an.',
            'No connection or data link for cybersecurity monitoring to the national centralised monitoring infrastructure of the Ministry of Public Security (national-soc).',
          )
        : text('Không có kết nối tới hệ thống giám sát quốc gia.', 'No connection to the national monitoring system (national-soc).');
      // A fact of the whole model, the same for every system.
      out.push({ status: 'fail', part: 'national-soc', message, cause: { target: 'province', source: ctx.model.province.source, message } });
    }
    return out;
  },
};
