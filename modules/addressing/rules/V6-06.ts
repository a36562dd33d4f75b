import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { atItem, atPool, nibbleOutcome, poolWords } from './common.js';

export const V6_06: PlanRule = {
  id: 'V6-06',
  title: text('Dải địa chỉ IPv6 nằm ở ranh giới nửa byte (độ dài chia hết cho 4)', 'IPv6 prefixes sit on nibble boundaries'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'ripe-690' }, { doc: 'ripe-ipv6-plan' }],
  confidence: 'verified',
  remediation: text(
    'Chọn độ dài dải địa chỉ chia hết cho 4 (/48, /52, /56, /60, /64) để việc ủy quyền ip6.arpa và việc đọc địa chỉ được rõ ràng.',
    'Choose a prefix length that is a multiple of 4 (/48, /52, /56, /60, /64), for clean ip6.arpa delegation and readable addresses.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: (Outcome | undefined)[] = [];
    for (const p of ctx.pools) {
      if (p.prefix.family !== 'ipv6') continue;
      out.push(nibbleOutcome(p.prefix, poolWords(p.pool.name), 'province', `pools/${p.pool.name}`, () => atPool(ctx, p)));
    }
    for (const i of ctx.items) {
      if (!i.parsed || i.family !== 'ipv6' || (i.role !== 'network' && i.role !== 'cluster-pod')) continue;
      out.push(nibbleOutcome(i.parsed, i.key, i.target, i.key, () => atItem(ctx, i)));
    }
    return out.filter((o): o is Outcome => o !== undefined);
  },
};
