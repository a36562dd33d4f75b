import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { itemFailure } from './common.js';

export const V6_01: PlanRule = {
  id: 'V6-01',
  title: text('Mạng LAN IPv6 có độ dài đúng /64', 'IPv6 LANs are exactly /64'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'rfc4291', item: '2.5.1' }, { doc: 'rfc7421' }],
  confidence: 'verified',
  remediation: text(
    'Cấp cho vùng mạng đúng một /64 (SLAAC và nhiều cơ chế của IPv6 đòi hỏi /64).',
    'Give the zone exactly one /64 (SLAAC and much of IPv6 rely on a /64).',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      if (!i.parsed || i.family !== 'ipv6' || i.kind !== 'Zone' || i.parsed.length === 64) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(`Mạng LAN ${i.key} phải đúng /64, đang là /${i.parsed.length}.`, `LAN ${i.key} must be exactly /64; it is /${i.parsed.length}.`),
        ),
      );
    }
    return out;
  },
};
