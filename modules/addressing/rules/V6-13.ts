import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { atItem } from './common.js';

export const V6_13: PlanRule = {
  id: 'V6-13',
  title: text('Vùng mạng và cơ quan vận hành song song IPv4/IPv6', 'Zones and agencies are dual-stack'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'qd38-2021' }],
  confidence: 'verified',
  remediation: text(
    'Cấp bổ sung prefix IPv6 cho vùng mạng hoặc cơ quan (hoặc chuyển sang chỉ sử dụng IPv6).',
    'Give the zone or agency an IPv6 prefix as well (or move it to IPv6 only).',
  ),
  scope: 'plan',
  check: (ctx) => {
    // Targets with an IPv6 network, planned or requested (an unallocated one is ADDR-ALLOC-01's).
    const v6 = new Set(ctx.items.filter((i) => i.family === 'ipv6' && i.role === 'network').map((i) => i.target));
    return ctx.items
      .filter((i) => i.family === 'ipv4' && i.role === 'network' && !v6.has(i.target))
      .map((i) => ({
        status: 'fail' as const,
        target: i.target,
        part: i.key,
        ...atItem(ctx, i),
        message: text(
          `${i.target} chỉ có IPv4; cơ quan nhà nước cần dual-stack hoặc chỉ IPv6.`,
          `${i.target} is IPv4-only; government networks must be dual-stack or IPv6-only.`,
        ),
      }));
  },
};
