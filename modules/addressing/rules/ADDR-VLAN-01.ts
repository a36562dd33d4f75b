import { text, type Zone } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import { where, type PlanRule } from '../rule.js';
import { valueAt } from './common.js';

export const ADDR_VLAN_01: PlanRule = {
  id: 'ADDR-VLAN-01',
  title: text('Mỗi VLAN chỉ dùng cho một vùng mạng tại một trung tâm', 'A VLAN id is used by one zone per site'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'ieee802.1q' }],
  confidence: 'verified',
  remediation: text(
    'Đổi VLAN của một trong hai vùng mạng sang giá trị chưa sử dụng tại trung tâm.',
    'Give one of the two zones a VLAN id not yet used at the site.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    // The first zone of each site and VLAN id; later ones are reported against it.
    const first = new Map<string, Zone>();
    const titles = new Map(ctx.model.sites.map((s) => [s.name, s.title]));
    for (const z of ctx.model.zones) {
      if (z.vlan === undefined) continue;
      const key = `${z.site}#${z.vlan}`;
      const f = first.get(key);
      if (!f) {
        first.set(key, z);
        continue;
      }
      const place = valueAt(ctx, z.source, ['spec', 'vlan']);
      const at = place.location;
      const firstAt = ctx.locate(f.source, ['spec', 'vlan']);
      out.push({
        status: 'fail',
        target: `zones/${z.name}`,
        part: `zones/${z.name}/vlan~zones/${f.name}/vlan`,
        ...place,
        message: text(
          `VLAN ${z.vlan} của vùng ${z.name} (${where(at)}) trùng VLAN của vùng ${f.name} (${where(firstAt)}) tại ${titles.get(z.site) ?? `trung tâm ${z.site}`}.`,
          `VLAN ${z.vlan} of zone ${z.name} (${where(at)}) is already used by zone ${f.name} (${where(firstAt)}) at site ${z.site}.`,
        ),
      });
    }
    return out;
  },
};
