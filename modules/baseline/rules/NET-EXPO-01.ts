import { text } from '../../model/index.js';
import { exposureOf } from '../../topology/exposure.js';
import { zoneName } from '../helpers.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_EXPO_01: ModelRule = {
  id: 'NET-EXPO-01',
  title: text(
    'Vùng cơ sở dữ liệu, lưu trữ, sao lưu, quản trị không mở trực tiếp ra Internet hoặc mạng truyền số liệu chuyên dùng',
    'Database, storage, backup and management zones are not reachable directly from the Internet or the government data network',
  ),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.a.vi' },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.a.vii' },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.ii' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Các phụ lục yêu cầu tách riêng vùng CSDL và vùng quản trị, kiểm soát truy cập giữa các vùng; việc coi một luồng được phép từ Internet hoặc TSLCD vào các vùng này là vi phạm, dù đi qua tường lửa, là cách đọc của hatang.',
    'The annexes require separate database and management zones and access control between zones; treating an allowed flow from the Internet or TSLCD into those zones as a breach, even through a firewall, is hatang’s reading.',
  ),
  remediation: text(
    'Bỏ luồng này; công bố dịch vụ qua vùng DMZ (máy chủ ứng dụng trong vùng DMZ hoặc vùng máy chủ nội bộ truy cập CSDL), quản trị từ xa qua VPN kết thúc trong vùng quản trị.',
    'Remove the flow; publish services through the DMZ (application servers there or in the internal-server zone reach the database), and administer remotely through a VPN that ends in the management zone.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const flow of ctx.model.flows) {
      const e = exposureOf(ctx.model, flow, ctx.index.zone);
      if (!e) continue;
      // A zone holding no component (management, backup…) serves every system of its site: it takes the site's level.
      const level = Math.max(1, ctx.index.zoneLevel(e.zone.name), ctx.index.siteLevel(e.zone.site));
      const net =
        e.source === 'internet' ? text('Internet', 'the Internet') : text('mạng truyền số liệu chuyên dùng (TSLCD)', 'the government data network (TSLCD)');
      out.push({
        status: 'fail',
        target: `flows/${flow.name}`,
        source: flow.source,
        path: ['spec', 'from'],
        level,
        ...(level < 2 ? { severity: 'warning' as const } : {}),
        message: text(
          `Luồng ${flow.name} cho phép truy cập từ ${net.vi} vào vùng ${e.zone.name} (${zoneName(e.zone.zoneKind).vi}, cấp độ ${level}) tại ${e.zone.site}; tường lửa trên đường đi không thay đổi việc vùng này bị mở ra ngoài.`,
          `Flow ${flow.name} allows access from ${net.en} into zone ${e.zone.name} (${zoneName(e.zone.zoneKind).en}, level ${level}) at ${e.zone.site}; a firewall on the path does not change that the zone is exposed.`,
        ),
      });
    }
    return out;
  },
};
