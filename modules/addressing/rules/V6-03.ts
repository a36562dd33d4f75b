import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import { LOW64 } from '../blocks.js';
import type { PlanRule } from '../rule.js';
import { itemFailure } from './common.js';

/**
 * RFC 2526: the highest 128 interface identifiers of a subnet are reserved anycast; in EUI-64 format the
 * universal/local bit is inverted, so fdff:ffff:ffff:ff80–ff are reserved as well.
 */
const reservedAnycast = (iid: bigint): boolean => iid >= 0xffffffffffffff80n || (iid >= 0xfdffffffffffff80n && iid <= 0xfdffffffffffffffn);

export const V6_03: PlanRule = {
  id: 'V6-03',
  title: text('Liên kết /127 không chứa địa chỉ anycast', '/127 links hold no anycast address'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'rfc6164', item: '5.1' }, { doc: 'rfc2526' }],
  confidence: 'verified',
  remediation: text(
    'Dùng một /127 có định danh giao diện khác 0 và nằm ngoài dải anycast dành riêng, ví dụ ::2/127 trong /64 của liên kết.',
    "Use a /127 whose interface identifiers are neither zero nor reserved anycast ones, e.g. ::2/127 in the link's /64.",
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      const p = i.parsed;
      if (i.role !== 'link' || i.family !== 'ipv6' || !p || p.length !== 127) continue;
      const iid = p.network & LOW64;
      if (iid !== 0n && !reservedAnycast(iid)) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(
            `Liên kết ${i.key} (${p.text}) chứa ${iid === 0n ? 'địa chỉ anycast Subnet-Router (IID ::0)' : 'IID anycast dành riêng (RFC 2526)'}.`,
            `Link ${i.key} (${p.text}) holds ${iid === 0n ? 'the Subnet-Router anycast address (IID ::0)' : 'a reserved anycast interface identifier (RFC 2526)'}.`,
          ),
        ),
      );
    }
    return out;
  },
};
