import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { Item } from '../plan.js';
import type { PlanContext, PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, itemFailure, poolOf } from './common.js';

/** Pool purposes a prefix may sit in, by what it is and where. */
function allowedPurposes(ctx: PlanContext, item: Item): readonly string[] {
  if (item.role === 'cluster-pod') return ['cluster-pod'];
  if (item.role === 'cluster-service') return ['cluster-service'];
  if (item.role === 'link') return ['p2p-links'];
  if (item.kind === 'Agency') return ['tslcd-wan', 'agencies'];
  const role = item.site !== undefined ? ctx.siteRole.get(item.site) : undefined;
  return role === 'dr' ? ['dr', 'management', 'public'] : ['datacenter', 'management', 'public'];
}

export const ADDR_POOL_02: PlanRule = {
  id: 'ADDR-POOL-02',
  title: text('Prefix nằm trong pool đúng mục đích sử dụng', 'Prefixes lie in a pool meant for their purpose'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Chuyển prefix sang pool có mục đích phù hợp (vùng mạng tại site chính: datacenter, management, public; tại site dự phòng: dr, management, public; cơ quan: tslcd-wan, agencies; dải pod: cluster-pod; dải service: cluster-service; liên kết điểm-điểm: p2p-links), hoặc sửa lại mục đích của pool.',
    "Move the prefix to a pool of the right purpose (primary-site zones: datacenter, management, public; DR-site zones: dr, management, public; agencies: tslcd-wan, agencies; pod ranges: cluster-pod; service ranges: cluster-service; point-to-point links: p2p-links), or correct the pool's purpose.",
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      const pool = i.parsed ? poolOf(ctx, i) : undefined;
      if (!pool) continue;
      const allowed = allowedPurposes(ctx, i);
      if (allowed.includes(pool.pool.purpose)) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(
            `${i.key} (${i.prefix}) nằm trong pool "${pool.pool.name}" (${pool.pool.purpose}); cần pool có mục đích ${allowed.join(' | ')}.`,
            `${i.key} (${i.prefix}) is in pool "${pool.pool.name}" (${pool.pool.purpose}); it belongs in a pool of purpose ${allowed.join(' | ')}.`,
          ),
        ),
      );
    }
    return out;
  },
};
