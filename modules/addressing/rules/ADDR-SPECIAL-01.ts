import { text } from '../../model/index.js';
import { prefixContainsPrefix } from '../../net/index.js';
import { uniqueCitations, type Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { atItem, atPool, poolOf, poolWords, SPECIAL, specialOutcomes, specialReference } from './common.js';

export const ADDR_SPECIAL_01: PlanRule = {
  id: 'ADDR-SPECIAL-01',
  title: text('Không sử dụng dải địa chỉ dành cho mục đích đặc biệt', 'No special-purpose address ranges'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  // error for ranges that cannot work; warning for the CGN and IPv4 documentation ranges (per range, in common.ts).
  severity: 'error',
  // A finding cites the RFC of the range it touches.
  clauses: uniqueCitations(SPECIAL.flatMap(specialReference)),
  confidence: 'verified',
  remediation: text(
    'Thay bằng dải địa chỉ riêng (RFC 1918, ULA) hoặc dải được cấp (VNNIC, Cục Bưu điện Trung ương, nhà cung cấp dịch vụ); dải tài liệu chỉ dùng cho ví dụ, dải CGN chỉ dùng trong mạng của nhà cung cấp.',
    'Use private (RFC 1918, ULA) or allocated space (VNNIC, Cục Bưu điện Trung ương, the ISP) instead; documentation ranges are for examples only, CGN space for carrier networks only.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.pools) {
      out.push(...specialOutcomes(p.prefix, poolWords(p.pool.name), 'province', `pools/${p.pool.name}`, () => atPool(ctx, p)));
    }
    for (const i of ctx.items) {
      if (!i.parsed) continue;
      // A prefix inside a pool that touches no special range cannot touch one either (and the pool's own finding
      // covers a pool that does).
      const pool = poolOf(ctx, i);
      if (pool && prefixContainsPrefix(pool.prefix, i.parsed)) continue;
      out.push(...specialOutcomes(i.parsed, i.key, i.target, i.key, () => atItem(ctx, i)));
    }
    return out;
  },
};
