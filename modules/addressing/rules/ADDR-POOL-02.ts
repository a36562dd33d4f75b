import { POOL_PURPOSE_LABELS, text, type PoolPurpose } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { Item } from '../plan.js';
import type { PlanContext, PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, itemFailure, poolOf } from './common.js';

/** Pool purposes a prefix may sit in, by what it is and where. */
function allowedPurposes(ctx: PlanContext, item: Item): readonly PoolPurpose[] {
  if (item.role === 'cluster-pod') return ['cluster-pod'];
  if (item.role === 'cluster-service') return ['cluster-service'];
  if (item.role === 'link') return ['p2p-links'];
  if (item.kind === 'Agency') return ['tslcd-wan', 'agencies'];
  const role = item.site !== undefined ? ctx.siteRole.get(item.site) : undefined;
  return role === 'dr' ? ['dr', 'management', 'public'] : ['datacenter', 'management', 'public'];
}

/** Purposes in Vietnamese words, as a message says them (never the inventory's values). */
const inWords = (purposes: readonly PoolPurpose[]): string => purposes.map((p) => POOL_PURPOSE_LABELS[p].vi).join(' hoặc ');

export const ADDR_POOL_02: PlanRule = {
  id: 'ADDR-POOL-02',
  title: text('Dải địa chỉ nằm trong dải gốc đúng mục đích sử dụng', 'Prefixes lie in a pool meant for their purpose'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Chuyển dải địa chỉ sang dải gốc có mục đích phù hợp (vùng mạng tại trung tâm chính: `datacenter`, `management`, `public`; tại trung tâm dự phòng: `dr`, `management`, `public`; cơ quan: `tslcd-wan`, `agencies`; dải địa chỉ ứng dụng của cụm: `cluster-pod`; dải địa chỉ dịch vụ của cụm: `cluster-service`; liên kết điểm – điểm: `p2p-links`), hoặc sửa lại mục đích của dải gốc.',
    "Move the prefix to a pool of the right purpose (primary-site zones: `datacenter`, `management`, `public`; DR-site zones: `dr`, `management`, `public`; agencies: `tslcd-wan`, `agencies`; pod ranges: `cluster-pod`; service ranges: `cluster-service`; point-to-point links: `p2p-links`), or correct the pool's purpose.",
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
            `${i.key} (${i.prefix}) nằm trong dải gốc "${pool.pool.name}" dành cho ${POOL_PURPOSE_LABELS[pool.pool.purpose].vi}; cần dải gốc dành cho ${inWords(allowed)}.`,
            `${i.key} (${i.prefix}) is in pool "${pool.pool.name}" (${pool.pool.purpose}); it belongs in a pool of purpose ${allowed.join(' | ')}.`,
          ),
        ),
      );
    }
    return out;
  },
};
