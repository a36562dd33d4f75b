import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, itemFailure, poolOf } from './common.js';

export const ADDR_POOL_01: PlanRule = {
  id: 'ADDR-POOL-01',
  title: text('Mọi dải địa chỉ nằm trong một dải gốc của tỉnh', 'Every prefix lies in an address pool of the province'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Cấp lại dải địa chỉ từ một dải gốc phù hợp của tỉnh, hoặc khai báo dải gốc chứa dải địa chỉ đó trong danh sách dải gốc của tỉnh (`addressPools`), ghi rõ nguồn cấp.',
    "Take the prefix from a suitable pool of the province, or declare the pool that holds it in the province's `addressPools` (with its allocating source).",
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const i of ctx.items) {
      if (!i.parsed || poolOf(ctx, i)) continue;
      out.push(
        itemFailure(
          ctx,
          i,
          text(`${i.key} (${i.prefix}) không nằm trong dải gốc nào của tỉnh.`, `${i.key} (${i.prefix}) is not inside any address pool of the province.`),
        ),
      );
    }
    return out;
  },
};
