import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import { BITS, type Item } from '../plan.js';
import type { PlanRule } from '../rule.js';
import { itemFailure } from './common.js';

/** Hosts a network holds: an IPv4 network loses its network, broadcast and gateway addresses (a /31 or /32 none). */
function capacity(i: Item): number {
  const bits = BITS[i.family] - i.parsed!.length;
  if (i.family === 'ipv4') return bits >= 2 ? 2 ** bits - 3 : 2 ** bits;
  return bits >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** bits - 1;
}

export const ADDR_SIZE_01: PlanRule = {
  id: 'ADDR-SIZE-01',
  title: text('Dải địa chỉ đủ cho số máy khai báo', 'Prefixes hold the hosts declared'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }, { doc: 'rfc950' }],
  confidence: 'verified',
  remediation: text(
    'Cấp dải địa chỉ lớn hơn (độ dài ngắn hơn) hoặc điều chỉnh số máy (hosts) theo thực tế.',
    'Allocate a larger prefix (a shorter length) or correct the number of hosts declared.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      if (!i.parsed || i.hosts === undefined || i.role !== 'network') continue;
      const max = capacity(i);
      if (i.hosts <= max) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(
            `${i.key} (${i.prefix}) chứa tối đa ${max} máy (trừ địa chỉ mạng, địa chỉ quảng bá và cổng mặc định) nhưng khai báo ${i.hosts} máy.`,
            `${i.key} (${i.prefix}) holds at most ${max} hosts (after network, broadcast and gateway addresses) but ${i.hosts} are declared.`,
          ),
        ),
      );
    }
    return out;
  },
};
