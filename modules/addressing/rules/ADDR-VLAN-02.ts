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
  clauses: [{ doc: 'ieee802.1q' }, { doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: text(
    'VLAN 1 là VLAN mặc định theo IEEE 802.1Q; các VLAN 1002–1005 được nhiều hãng thiết bị dành riêng. Tránh dùng các VLAN này là thực tiễn tốt, không văn bản nào quy định.',
    'VLAN 1 is the default VLAN of IEEE 802.1Q and many vendors reserve VLANs 1002–1005; keeping clear of them is good practice no text sets.',
  ),
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
