import { text, type Text } from '../../model/index.js';
import { parseAddress, prefixContainsAddress } from '../../net/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { Item } from '../plan.js';
import type { PlanRule } from '../rule.js';
import { atItem } from './common.js';

/** A gateway lies inside its subnet (address-plan consistency); it is not the network or broadcast address (RFC 950, RFC 919). */
const INSIDE: readonly Citation[] = [{ doc: 'hatang-addressing' }];
const NOT_NETWORK: readonly Citation[] = [{ doc: 'rfc950' }, { doc: 'rfc919' }];

/** What is wrong with an item's gateway, if anything, and the clause that says so. */
function problem(i: Item): { message: Text; clause: readonly Citation[] } | undefined {
  const gw = i.gateway !== undefined ? parseAddress(i.gateway) : undefined;
  const p = i.parsed;
  if (!gw || !p) return undefined;
  if (!prefixContainsAddress(p, gw.family, gw.value)) {
    return {
      clause: INSIDE,
      message: text(`Cổng mặc định ${i.gateway} nằm ngoài dải địa chỉ ${i.prefix}.`, `Gateway ${i.gateway} is outside its prefix ${i.prefix}.`),
    };
  }
  if (i.family !== 'ipv4' || p.length > 30) return undefined;
  const broadcast = p.network + (1n << BigInt(32 - p.length)) - 1n;
  if (gw.value === p.network || gw.value === broadcast) {
    return {
      clause: NOT_NETWORK,
      message: text(
        `Cổng mặc định ${i.gateway} là địa chỉ mạng hoặc địa chỉ quảng bá của ${i.prefix}.`,
        `Gateway ${i.gateway} is the network or broadcast address of ${i.prefix}.`,
      ),
    };
  }
  return undefined;
}

export const ADDR_GW_01: PlanRule = {
  id: 'ADDR-GW-01',
  title: text(
    'Cổng mặc định nằm trong dải địa chỉ và không là địa chỉ mạng hay địa chỉ quảng bá',
    'Gateways lie inside their prefix and are neither its network nor its broadcast address',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites the first clause for a gateway outside its prefix, the second for a network or broadcast one.
  clauses: [...INSIDE, ...NOT_NETWORK],
  confidence: 'verified',
  remediation: text(
    'Sửa cổng mặc định (gateway) thành một địa chỉ máy thuộc dải địa chỉ (thường là địa chỉ dùng được đầu tiên hoặc cuối cùng).',
    'Set the gateway to a host address inside the prefix (usually the first or the last usable one).',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      const found = problem(i);
      if (!found) continue;
      out.push({
        status: 'fail',
        target: i.target,
        part: i.key,
        ...atItem(ctx, i, 'gateway'),
        clauses: found.clause,
        message: found.message,
      });
    }
    return out;
  },
};
