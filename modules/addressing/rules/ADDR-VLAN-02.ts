import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { valueAt } from './common.js';

export const ADDR_VLAN_02: PlanRule = {
  id: 'ADDR-VLAN-02',
  title: text('Không dùng VLAN mặc định hoặc VLAN dành riêng của thiết bị', 'No default or vendor-reserved VLAN ids'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ text: 'IEEE 802.1Q (VLAN 1 default)' }, { text: 'common vendor reservation of 1002–1005' }],
  confidence: 'verified',
  remediation: text('Chuyển vùng mạng sang VLAN khác VLAN 1 và các VLAN 1002–1005.', 'Move the zone to a VLAN other than 1 and 1002–1005.'),
  scope: 'plan',
  check: (ctx) =>
    ctx.model.zones
      .filter((z) => z.vlan !== undefined && (z.vlan === 1 || (z.vlan >= 1002 && z.vlan <= 1005)))
      .map((z) => ({
        status: 'fail' as const,
        target: `zones/${z.name}`,
        part: `zones/${z.name}/vlan`,
        ...valueAt(ctx, z.source, ['spec', 'vlan']),
        message: text(
          `VLAN ${z.vlan} là VLAN mặc định hoặc dành riêng của thiết bị; nên dùng VLAN khác.`,
          `VLAN ${z.vlan} is a default or vendor-reserved VLAN; use another one.`,
        ),
      })),
};
