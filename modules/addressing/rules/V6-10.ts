import { POOL_PURPOSE_LABELS, text } from '../../model/index.js';
import { prefixContainsPrefix } from '../../net/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { atPool, DOC_V6, overlapsOrContains, ULA } from './common.js';

export const V6_10: PlanRule = {
  id: 'V6-10',
  title: text('Dải gốc ULA không được quảng bá ra Internet', 'ULA pools are never advertised to the Internet'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'rfc4193', item: '4.1' }],
  confidence: 'verified',
  remediation: text(
    'Đặt dải gốc ULA trong một miền định tuyến nội bộ, với mục đích khác `public`; dịch vụ công khai dùng dải địa chỉ toàn cầu (unicast toàn cầu, `2000::/3`).',
    'Keep the ULA pool in an internal routing domain with a purpose other than `public`; public services use global unicast space.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.pools) {
      if (p.prefix.family !== 'ipv6' || overlapsOrContains(DOC_V6, p.prefix) || !prefixContainsPrefix(ULA, p.prefix)) continue;
      if (p.pool.routingDomain !== 'internet' && p.pool.purpose !== 'public') continue;
      out.push({
        status: 'fail',
        part: `pools/${p.pool.name}`,
        ...atPool(ctx, p),
        message: text(
          `Dải gốc ULA "${p.pool.name}" không được quảng bá ra Internet (miền định tuyến "${p.pool.routingDomain}", dành cho ${POOL_PURPOSE_LABELS[p.pool.purpose].vi}).`,
          `ULA pool "${p.pool.name}" must never be advertised to the Internet (routing domain "${p.pool.routingDomain}", purpose "${p.pool.purpose}").`,
        ),
      });
    }
    return out;
  },
};
