import { text } from '../../model/index.js';
import { crossesDevices, endpointNode } from '../helpers.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_ACL_01: ModelRule = {
  id: 'NET-ACL-01',
  title: text(
    'Kiểm soát truy cập giữa các vùng và chống xâm nhập (tường lửa có IPS)',
    'Access control between zones and intrusion prevention (firewall with IPS)',
  ),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('tường lửa tích hợp IPS hoặc tương đương', 'firewall with built-in IPS or equivalent'),
    2: text('tường lửa tích hợp IPS hoặc tương đương', 'firewall with built-in IPS or equivalent'),
    3: text('bắt buộc tường lửa có IPS hoặc sản phẩm IPS lớp mạng', 'a firewall-with-IPS or network IPS product'),
    4: text('bắt buộc tường lửa có IPS hoặc sản phẩm IPS lớp mạng', 'a firewall-with-IPS or network IPS product'),
    5: text('bắt buộc sản phẩm IPS lớp mạng', 'a network IPS product'),
  },
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.ii' }],
  confidence: 'verified',
  remediation: text(
    'Đưa cả hai đầu của luồng vào ranh giới (`boundaries`) của một tường lửa có chức năng IPS (`capabilities: [ips]`) hoặc một chuỗi tường lửa; ở cấp độ 5 thêm thiết bị loại `ips`.',
    'Put both ends of the flow in the `boundaries` of a firewall (`capabilities: [ips]`) or a chain of firewalls; at level 5 add a device of `kind: ips`.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    const firewalls = ctx.model.devices.filter((d) => d.deviceKind === 'firewall' || d.deviceKind === 'ips');
    const withIps = firewalls.filter((d) => d.deviceKind === 'ips' || d.capabilities.includes('ips'));
    const ipsOnly = firewalls.filter((d) => d.deviceKind === 'ips');
    for (const f of ctx.model.flows) {
      const a = endpointNode(f.from);
      const b = endpointNode(f.to);
      if (!a || !b || a === b) continue;
      const zones = [f.from, f.to].flatMap((e) => (e.type === 'zone' ? [e.zone] : []));
      const level = Math.max(1, ...zones.map((z) => ctx.index.zoneLevel(z)));
      const sites = zones.map((z) => ctx.index.zone.get(z)?.site);
      const base = { target: `flows/${f.name}`, source: f.source, path: ['spec', 'to'] as const, level };
      if (!crossesDevices(firewalls, a, b)) {
        out.push({
          ...base,
          status: 'fail',
          ...(level <= 2 ? { severity: 'warning' as const } : {}),
          message: text(
            `Luồng ${f.name} (${a} → ${b}) không đi qua tường lửa nào (cấp độ ${level}).`,
            `Flow ${f.name} (${a} → ${b}) crosses no firewall (level ${level}).`,
          ),
        });
      } else if (level >= 3 && !crossesDevices(withIps, a, b)) {
        out.push({
          ...base,
          status: 'fail',
          message: text(
            `Luồng ${f.name} đi qua tường lửa không có IPS; cấp độ ${level} bắt buộc tường lửa có IPS hoặc IPS lớp mạng.`,
            `Flow ${f.name} crosses a firewall without IPS; level ${level} requires a firewall with IPS or a network IPS.`,
          ),
        });
      } else if (level >= 5 && !ipsOnly.some((d) => sites.includes(d.site))) {
        out.push({
          ...base,
          status: 'fail',
          message: text(`Luồng ${f.name}: cấp độ 5 bắt buộc sản phẩm IPS lớp mạng.`, `Flow ${f.name}: level 5 requires a network IPS product.`),
        });
      } else {
        out.push({ ...base, status: 'pass', message: text(`Luồng ${f.name} đi qua tường lửa có IPS.`, `Flow ${f.name} crosses a firewall with IPS.`) });
      }
    }
    return out;
  },
};
