import { agencyTitle, text, type Model } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { atItem } from './common.js';

/** The target of an address in Vietnamese words: an agency by its title, a zone by its name ("Vùng mạng x"). */
function targetWords(model: Model, target: string): string {
  const [kind, name = ''] = target.split('/', 2) as [string, string?];
  if (kind === 'agencies') return `Cơ quan ${agencyTitle(model.agencies, name)}`;
  if (kind === 'zones') return `Vùng mạng ${name}`;
  return target;
}

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
    'Cấp bổ sung dải địa chỉ IPv6 cho vùng mạng hoặc cơ quan (hoặc chuyển sang chỉ sử dụng IPv6).',
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
          `${targetWords(ctx.model, i.target)} chỉ có IPv4; mạng của cơ quan nhà nước cần chạy song song IPv4/IPv6 hoặc chỉ dùng IPv6.`,
          `${i.target} is IPv4-only; government networks must be dual-stack or IPv6-only.`,
        ),
      }));
  },
};
