import { text, type DeviceKind } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

// Main network devices per level (TT 12 Art. 3.2 lists core switch, central firewall, WAF, central storage and DB
// firewall; the model has no storage-array device kind, so storage is not checked here).
const ROLES: Record<number, readonly DeviceKind[]> = {
  2: ['core-switch', 'firewall'],
  3: ['core-switch', 'firewall', 'waf', 'db-firewall'],
  4: ['core-switch', 'firewall', 'waf', 'db-firewall'],
  5: ['core-switch', 'firewall', 'waf', 'db-firewall', 'ips', 'load-balancer', 'anti-ddos', 'vpn'],
};

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
    2: text('dự phòng cho chuyển mạch trung tâm và tường lửa trung tâm', 'a standby for the core switch and central firewall'),
    3: text(
      'cân bằng tải + dự phòng nóng: chuyển mạch trung tâm, tường lửa trung tâm, WAF, tường lửa CSDL',
      'load balancing + hot standby: core switch, central firewall, WAF, DB firewall',
    ),
    4: text('như cấp độ 3', 'as level 3'),
    5: text('cân bằng tải + dự phòng nóng cho các thiết bị mạng', 'load balancing + hot standby for network devices'),
  },
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục II, mục II.1.b.vi; Phụ lục III–IV, mục II.1.b.iii; Phụ lục V, mục II.1.b.iii; Điều 3.1, 3.2' }],
  confidence: 'verified',
  parameters: ['minHaCount'],
  remediation: text(
    'Triển khai thiết bị thành cặp (count ≥ 2, redundancy: active-standby hoặc active-active).',
    'Deploy the device as a pair (count ≥ 2, redundancy: active-standby or active-active).',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const d of ctx.model.devices) {
      const level = ctx.index.siteLevel(d.site);
      if (level < 2 || !ROLES[level]!.includes(d.deviceKind)) continue;
      const min = ctx.param('minHaCount', level).value;
      const count = d.count ?? 1;
      const ok = d.redundancy !== 'single' && count >= min;
      out.push({
        target: `devices/${d.name}`,
        source: d.source,
        path: ['spec', 'redundancy'],
        level,
        status: ok ? 'pass' : 'fail',
        message: ok
          ? text(`${d.name}: ${count} thiết bị, ${d.redundancy}.`, `${d.name}: ${count} devices, ${d.redundancy}.`)
          : text(
              `${d.name} (${d.deviceKind}) tại site ${d.site} (cấp độ ${level}) có ${count} thiết bị, redundancy: ${d.redundancy}; cần ít nhất ${min}, dự phòng nóng.`,
              `${d.name} (${d.deviceKind}) at site ${d.site} (level ${level}) has ${count} device(s), redundancy: ${d.redundancy}; at least ${min} in hot standby are required.`,
            ),
      });
    }
    return out;
  },
};
