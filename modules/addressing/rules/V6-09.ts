import { text } from '../../model/index.js';
import { prefixContainsPrefix } from '../../net/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { atPool, DOC_V6, overlapsOrContains, ULA, ULA_L } from './common.js';

export const V6_09: PlanRule = {
  id: 'V6-09',
  title: text(
    'Dải gốc ULA nằm trong fd00::/8, có độ dài /48 trở lên và Global ID ngẫu nhiên',
    'ULA pools lie in fd00::/8, are /48 or longer and have a random Global ID',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'rfc4193', item: '3.2' }],
  confidence: 'verified',
  remediation: text(
    'Sinh Global ID 40 bit ngẫu nhiên theo RFC 4193 §3.2.2 và dùng một /48 (hoặc dài hơn) trong fd00::/8.',
    'Generate a random 40-bit Global ID as RFC 4193 §3.2.2 describes and use a /48 (or longer) within fd00::/8.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.pools) {
      if (p.prefix.family !== 'ipv6' || overlapsOrContains(DOC_V6, p.prefix) || !prefixContainsPrefix(ULA, p.prefix)) continue;
      const globalId = (p.prefix.network >> 80n) & 0xffffffffffn;
      if (prefixContainsPrefix(ULA_L, p.prefix) && p.prefix.length >= 48 && globalId !== 0n) continue;
      out.push({
        status: 'fail',
        part: `pools/${p.pool.name}`,
        ...atPool(ctx, p),
        message: text(
          `Dải gốc ULA "${p.pool.name}" (${p.prefix.text}) phải nằm trong fd00::/8, dài /48 trở lên, với Global ID 40 bit ngẫu nhiên (không phải 0).`,
          `ULA pool "${p.pool.name}" (${p.prefix.text}) must lie in fd00::/8, be /48 or longer, and have a random 40-bit Global ID (not zero).`,
        ),
      });
    }
    return out;
  },
};
