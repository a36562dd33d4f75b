import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { ParsedPool } from '../plan.js';
import { poolAt, where, type PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, atPool } from './common.js';

export const ADDR_POOL_03: PlanRule = {
  id: 'ADDR-POOL-03',
  title: text('Các dải gốc trong cùng một miền định tuyến không trùng nhau', 'Pools of one routing domain have distinct prefixes'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Hợp nhất hai dải gốc thành một hoặc đổi dải địa chỉ của một trong hai; nếu hai dải gốc thuộc hai VRF tách biệt thì khai báo miền định tuyến khác nhau.',
    'Merge the two pools into one or change the prefix of one of them; if they are in separate VRFs, give them different routing domains.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    // Pools seen so far by family, prefix and routing domain: each pool is reported against every earlier one.
    const seen = new Map<string, ParsedPool[]>();
    for (const p of ctx.pools) {
      const key = [p.prefix.family, p.prefix.text, p.pool.routingDomain].join('\0');
      let earlier = seen.get(key);
      if (!earlier) seen.set(key, (earlier = []));
      for (const q of earlier) {
        out.push({
          status: 'fail',
          part: `pools/${p.pool.name}~pools/${q.pool.name}`,
          ...atPool(ctx, p),
          message: text(
            `Dải gốc "${p.pool.name}" trùng dải địa chỉ ${p.prefix.text} với dải gốc "${q.pool.name}" (${where(poolAt(ctx, q))}) trong cùng miền định tuyến "${p.pool.routingDomain}".`,
            `Pool "${p.pool.name}" has the same prefix ${p.prefix.text} as pool "${q.pool.name}" (${where(poolAt(ctx, q))}) in the same routing domain.`,
          ),
        });
      }
      earlier.push(p);
    }
    return out;
  },
};
