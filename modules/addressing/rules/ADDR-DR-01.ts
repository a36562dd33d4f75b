import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { overlapClassifier, pairOutcome } from './common.js';

export const ADDR_DR_01: PlanRule = {
  id: 'ADDR-DR-01',
  title: text(
    'Dải địa chỉ của vùng mạng tại trung tâm dự phòng tách rời dải địa chỉ của trung tâm chính được dự phòng',
    'DR-site zone prefixes are disjoint from those of the primary site they back up',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: text(
    'Quy ước của hatang theo thực tiễn quản lý địa chỉ: trung tâm dự phòng chỉ dùng lại dải địa chỉ của trung tâm chính trong một miền định tuyến riêng; không văn bản nào quy định.',
    "The toolkit's convention from address-management practice: a DR site reuses the primary's ranges only in a routing domain of its own; no text sets it.",
  ),
  remediation: text(
    'Cấp cho vùng mạng tại trung tâm dự phòng dải địa chỉ từ dải gốc dành cho mạng tại trung tâm dữ liệu dự phòng (mục đích "dr"), khác dải địa chỉ của trung tâm chính; trường hợp dự phòng nguội dùng lại địa chỉ của trung tâm chính thì đặt các dải địa chỉ đó trong một miền định tuyến riêng.',
    "Give DR-site zones prefixes from a dr pool, distinct from the primary site's; a cold standby that reuses the primary's addresses puts them in a routing domain of its own.",
  ),
  scope: 'plan',
  check: (ctx) => {
    const kind = overlapClassifier(ctx);
    const out: Outcome[] = [];
    for (const [a, b] of ctx.overlaps()) {
      if (kind(a, b) !== 'dr') continue;
      out.push(
        pairOutcome(
          ctx,
          a,
          b,
          '; dải địa chỉ của trung tâm dự phòng phải tách rời dải địa chỉ của trung tâm chính (trừ khi dự phòng nguội dùng lại địa chỉ trong một miền định tuyến riêng)',
          "; DR site prefixes must be disjoint from the primary site's (unless a cold standby reuses them in a routing domain of its own)",
        ),
      );
    }
    return out;
  },
};
