import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { itemFailure } from './common.js';

export const ADDR_LINK_01: PlanRule = {
  id: 'ADDR-LINK-01',
  title: text('Liên kết điểm-điểm IPv4 dùng /31 hoặc /30', 'IPv4 point-to-point links are /31 or /30'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'rfc3021' }],
  confidence: 'verified',
  remediation: text(
    'Cấp cho liên kết một /31 (RFC 3021) từ dải gốc có mục đích "p2p-links", hoặc /30 nếu thiết bị không hỗ trợ /31.',
    'Give the link a /31 (RFC 3021) from a p2p-links pool, or a /30 where the equipment cannot use a /31.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      if (i.role !== 'link' || i.family !== 'ipv4' || !i.parsed || i.parsed.length === 31 || i.parsed.length === 30) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(
            `Liên kết điểm-điểm ${i.key} là ${i.parsed.text}; cần /31 (RFC 3021) hoặc /30.`,
            `Point-to-point link ${i.key} is ${i.parsed.text}; it should be a /31 (RFC 3021) or a /30.`,
          ),
        ),
      );
    }
    return out;
  },
};
