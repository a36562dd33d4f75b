import { text } from '../../model/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { Item } from '../plan.js';
import { itemAt, where, type PlanRule } from '../rule.js';
import { atItem } from './common.js';

const LENGTH: Citation = { doc: 'rfc6164' };
/** A /64 reserved for each /127 link. */
const SHARED: readonly Citation[] = [LENGTH, { doc: 'ripe-ipv6-plan' }];

export const V6_02: PlanRule = {
  id: 'V6-02',
  title: text(
    'Liên kết điểm-điểm IPv6 dùng /127 hoặc /64, mỗi liên kết /127 có một /64 riêng',
    'IPv6 point-to-point links are /127 or /64, with a /64 reserved per /127 link',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  // error for a link of another length; warning for /127 links sharing a /64 (allowed, not advised).
  severity: 'error',
  clauses: [...SHARED],
  confidence: 'verified',
  remediation: text(
    'Cấp cho liên kết một /127 (RFC 6164) hoặc một /64, và dành riêng một /64 cho mỗi liên kết /127 (yêu cầu size: 127 từ dải gốc có mục đích "p2p-links" được cấp phát theo cách này).',
    'Give the link a /127 (RFC 6164) or a /64, and reserve a /64 for each /127 link (a size: 127 request from a p2p-links pool is allocated that way).',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    // The first /127 link of each /64, by key; later ones sharing its /64 are reported against it.
    // Keyed by text: a Map keyed by BigInts degrades when the low bits are zero (docs/addressing.md, Scale).
    const first = new Map<string, Item>();
    for (const i of ctx.items) {
      const p = i.parsed;
      if (i.role !== 'link' || i.family !== 'ipv6' || !p) continue;
      if (p.length !== 127 && p.length !== 64) {
        out.push({
          status: 'fail',
          target: i.target,
          part: i.key,
          ...atItem(ctx, i),
          clauses: [LENGTH],
          message: text(
            `Liên kết điểm-điểm ${i.key} là ${p.text}; cần /127 (RFC 6164) hoặc /64.`,
            `Point-to-point link ${i.key} is ${p.text}; it should be a /127 (RFC 6164) or a /64.`,
          ),
        });
        continue;
      }
      if (p.length !== 127) continue;
      const key = (p.network >> 64n).toString(16);
      const f = first.get(key);
      if (!f) {
        first.set(key, i);
        continue;
      }
      const fAt = where(itemAt(ctx, f));
      out.push({
        status: 'fail',
        target: i.target,
        part: `${i.key}~${f.key}`,
        ...atItem(ctx, i),
        severity: 'warning',
        clauses: SHARED,
        message: text(
          `Liên kết ${i.key} (${i.prefix}) dùng chung /64 với ${f.key} (${f.prefix}, ${fAt}); nên dành riêng một /64 cho mỗi liên kết /127.`,
          `Link ${i.key} (${i.prefix}) shares its /64 with ${f.key} (${f.prefix}, ${fAt}); reserve a /64 for each /127 link.`,
        ),
      });
    }
    return out;
  },
};
