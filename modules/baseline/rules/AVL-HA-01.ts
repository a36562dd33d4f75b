import { msg, text, type Device, type DeviceKind, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// Main network devices per level: TT 12 Art. 3.2 defines them as at least the core switch, central firewall, WAF,
// central storage and DB firewall; Annex II names the core switch and central firewall, Annexes III–IV add the WAF,
// central storage and DB firewall, Annex V asks it of the network devices. Central storage is counted from level 2
// because the Art. 3.2 definition includes it.
const ROLES: Record<number, readonly DeviceKind[]> = {
  2: ['core-switch', 'firewall', 'storage'],
  3: ['core-switch', 'firewall', 'waf', 'storage', 'db-firewall'],
  4: ['core-switch', 'firewall', 'waf', 'storage', 'db-firewall'],
  5: ['core-switch', 'firewall', 'waf', 'storage', 'db-firewall', 'ips', 'load-balancer', 'anti-ddos', 'vpn'],
};

const KIND_NAMES: Partial<Record<DeviceKind, Text>> = {
  'core-switch': text('thiết bị chuyển mạch trung tâm', 'core switch'),
  firewall: text('tường lửa', 'firewall'),
  waf: text('tường lửa ứng dụng web', 'web application firewall'),
  storage: text('hệ thống lưu trữ tập trung', 'central storage'),
  'db-firewall': text('tường lửa cơ sở dữ liệu', 'database firewall'),
  ips: text('thiết bị phòng, chống xâm nhập', 'intrusion prevention device'),
  'load-balancer': text('thiết bị cân bằng tải', 'load balancer'),
  'anti-ddos': text('thiết bị phòng, chống tấn công từ chối dịch vụ', 'DDoS protection'),
  vpn: text('thiết bị mạng riêng ảo', 'VPN gateway'),
};

const REDUNDANCY_NAMES: Record<Device['redundancy'], Text> = {
  single: text('đơn lẻ', 'single'),
  'active-standby': text('chủ động – dự phòng', 'active-standby'),
  'active-active': text('chủ động – chủ động', 'active-active'),
};

/** One device against the redundancy its site's level asks: a standby plan at level 2, a hot pair from level 3. */
function judge(ctx: ModelContext, d: Device, level: number): Outcome {
  const min = ctx.param('minHaCount', level).value;
  const count = d.count ?? 1;
  const what = KIND_NAMES[d.deviceKind] ?? text(d.deviceKind, d.deviceKind);
  const mode = d.redundancy === 'single' && count > 1 ? text('dự phòng nguội', 'cold spares') : REDUNDANCY_NAMES[d.redundancy];
  const base = { target: `devices/${d.name}`, source: d.source, path: ['spec', 'redundancy'], level };
  // Level 2 asks for a standby plan (a cold spare or a replacement contract does): a second unit, cold or hot, passes.
  const ok = level === 2 ? d.redundancy !== 'single' || count >= min : d.redundancy !== 'single' && count >= min;
  if (ok) return { ...base, status: 'pass', message: msg('AVL-HA-01.pass', { device: d.name, n: count, mode }) };
  const head = msg('AVL-HA-01.head', { device: d.name, what, site: d.site, level, n: count, mode });
  if (level === 2) {
    return {
      ...base,
      status: 'fail',
      severity: 'warning',
      message: text(
        `${head.vi}; cấp độ 2 cần phương án dự phòng cho thiết bị mạng chính: nêu trong hồ sơ thiết bị dự phòng nguội hoặc hợp đồng thay thế, hoặc đặt thêm thiết bị thứ hai.`,
        `${head.en}; level 2 needs a standby plan for main network devices: state a cold spare or a replacement contract in the dossier, or add a second unit.`,
      ),
    };
  }
  return {
    ...base,
    status: 'fail',
    message: msg('AVL-HA-01.fail-hot', { head, level, min }),
  };
}

export const AVL_HA_01: ModelRule = {
  id: 'AVL-HA-01',
  title: text(
    'Dự phòng (cấp độ 2) và cân bằng tải, dự phòng nóng (cấp độ 3–5) cho thiết bị mạng chính',
    'Standby (level 2), load balancing and hot standby (levels 3–5) for main network devices',
  ),
  domain: 'network',
  mode: 'auto',
  levels: [2, 3, 4, 5],
  perLevel: {
    2: text(
      'phương án dự phòng (thiết bị dự phòng nguội hoặc hợp đồng thay thế là đủ) cho chuyển mạch trung tâm, tường lửa trung tâm, hệ thống lưu trữ tập trung',
      'a standby plan (a cold spare or a replacement contract is enough) for the core switch, central firewall and central storage',
    ),
    3: text(
      'cân bằng tải, dự phòng nóng: chuyển mạch trung tâm, tường lửa trung tâm, tường lửa ứng dụng web, hệ thống lưu trữ tập trung, tường lửa CSDL',
      'load balancing and hot standby: core switch, central firewall, WAF, central storage, DB firewall',
    ),
    4: text('như cấp độ 3', 'as level 3'),
    5: text('cân bằng tải + dự phòng nóng cho các thiết bị mạng', 'load balancing + hot standby for network devices'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'II', item: 'II.1.b.vi', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.iii', levels: [3, 4, 5] },
    { doc: 'tt12-2022', article: '3', clause: '1' },
    { doc: 'tt12-2022', article: '3', clause: '2' },
  ],
  confidence: 'verified',
  parameters: ['minHaCount'],
  remediation: text(
    'Từ cấp độ 3: triển khai thiết bị thành cặp cân bằng tải hoặc dự phòng nóng (số thiết bị `count` ≥ 2, chế độ dự phòng `redundancy` là `active-standby` hoặc `active-active`). Ở cấp độ 2: có thiết bị thứ hai (một thiết bị dự phòng nguội khai báo `count: 2`, `redundancy: single`), hoặc nêu hợp đồng thay thế trong hồ sơ đề xuất cấp độ và ghi nhận bằng chấp nhận rủi ro tạm thời.',
    'From level 3: deploy the device as a load-balanced or hot-standby pair (`count` ≥ 2, `redundancy: active-standby` or `active-active`). At level 2: have a second unit (a cold spare is declared as `count: 2`, `redundancy: single`), or state the replacement contract in the level dossier and record it as a temporary risk acceptance.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const d of ctx.model.devices) {
      const level = ctx.index.siteLevel(d.site);
      if (level >= 2 && ROLES[level]!.includes(d.deviceKind)) out.push(judge(ctx, d, level));
    }
    return out;
  },
};
