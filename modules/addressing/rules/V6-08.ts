import { text } from '../../model/index.js';
import { prefixContainsPrefix } from '../../net/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { ParsedPool } from '../plan.js';
import type { PlanContext, PlanRule } from '../rule.js';
import { atItem, atPool, DOC_V6, GLOBAL_UNICAST, overlapsOrContains, poolOf, touchesSpecial, ULA } from './common.js';

const DOCUMENTATION: Citation = { doc: 'rfc3849' };
const CLASSES: Citation = { doc: 'rfc4291', item: '2.4' };

/** An IPv6 pool in the documentation range (warning), or neither global unicast nor ULA (error). */
function poolOutcome(ctx: PlanContext, p: ParsedPool): Outcome | undefined {
  const base = { status: 'fail' as const, target: 'province', part: `pools/${p.pool.name}`, ...atPool(ctx, p) };
  if (overlapsOrContains(DOC_V6, p.prefix)) {
    return {
      ...base,
      severity: 'warning',
      clauses: [DOCUMENTATION],
      message: text(
        `Dải gốc "${p.pool.name}" (${p.prefix.text}) nằm trong dải tài liệu 2001:db8::/32: chỉ dùng cho ví dụ, không dùng trong quy hoạch thật.`,
        `Pool "${p.pool.name}" (${p.prefix.text}) is in the documentation range 2001:db8::/32: for examples only, never in a production plan.`,
      ),
    };
  }
  if (prefixContainsPrefix(ULA, p.prefix) || prefixContainsPrefix(GLOBAL_UNICAST, p.prefix) || touchesSpecial(p.prefix)) return undefined;
  return {
    ...base,
    clauses: [CLASSES],
    message: text(
      `Dải gốc "${p.pool.name}" (${p.prefix.text}) không thuộc dải unicast toàn cầu 2000::/3 cũng không phải ULA.`,
      `Pool "${p.pool.name}" (${p.prefix.text}) is neither global unicast (2000::/3) nor ULA.`,
    ),
  };
}

export const V6_08: PlanRule = {
  id: 'V6-08',
  title: text(
    'Địa chỉ IPv6 thuộc dải unicast toàn cầu hoặc ULA, không dùng dải dành cho tài liệu',
    'IPv6 space is global unicast or ULA, never the documentation range',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  // error for space outside 2000::/3 and ULA; warning for a pool in 2001:db8::/32 (the bundled samples use it).
  severity: 'error',
  // A finding cites RFC 3849 for the documentation range, RFC 4291 for the address classes.
  clauses: [DOCUMENTATION, CLASSES],
  confidence: 'verified',
  remediation: text(
    'Thay dải tài liệu 2001:db8::/32 bằng dải được cấp (VNNIC, nhà cung cấp dịch vụ) hoặc dải ULA; chỉ dùng địa chỉ thuộc 2000::/3 hoặc fd00::/8.',
    'Replace 2001:db8::/32 with allocated space (VNNIC, the ISP) or ULA; use only space within 2000::/3 or fd00::/8.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: (Outcome | undefined)[] = ctx.pools.filter((p) => p.prefix.family === 'ipv6').map((p) => poolOutcome(ctx, p));
    for (const i of ctx.items) {
      const p = i.parsed;
      if (!p || i.family !== 'ipv6' || poolOf(ctx, i) !== undefined) continue;
      if (prefixContainsPrefix(GLOBAL_UNICAST, p) || prefixContainsPrefix(ULA, p) || touchesSpecial(p)) continue;
      out.push({
        status: 'fail',
        target: i.target,
        part: i.key,
        ...atItem(ctx, i),
        clauses: [CLASSES],
        message: text(
          `${i.key} (${i.prefix}) không thuộc dải unicast toàn cầu 2000::/3 cũng không phải ULA.`,
          `${i.key} (${i.prefix}) is neither global unicast (2000::/3) nor ULA.`,
        ),
      });
    }
    return out.filter((o): o is Outcome => o !== undefined);
  },
};
