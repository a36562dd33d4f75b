import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { itemFailure } from './common.js';

export const V6_05: PlanRule = {
  id: 'V6-05',
  title: text('Mỗi cơ quan (một điểm) được cấp tối thiểu một /56 IPv6', 'Agencies (sites) get at least an IPv6 /56'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'ripe-690' }],
  confidence: 'verified',
  remediation: text('Cấp cho cơ quan một /48, hoặc tối thiểu một /56 đối với điểm nhỏ.', 'Give the agency a /48, or at least a /56 for a small site.'),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      if (!i.parsed || i.family !== 'ipv6' || i.kind !== 'Agency' || i.parsed.length <= 56) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(
            `Cơ quan ${i.key} nhận ${i.prefix}; mỗi điểm kết nối cần /48, điểm nhỏ tối thiểu /56.`,
            `Agency ${i.key} gets ${i.prefix}; a site should get a /48, a small site at least a /56.`,
          ),
        ),
      );
    }
    return out;
  },
};
