import { text } from '../../model/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { overlapClassifier, pairOutcome } from './common.js';

/** TSLCD addresses are not duplicated across agencies or services (TT 19/2023); elsewhere a unicast address identifies one interface (RFC 4291 §2.1). */
const TSLCD: readonly Citation[] = [{ doc: 'tt19-2023' }];
const OTHER: readonly Citation[] = [{ doc: 'rfc4291', item: '2.1' }, { doc: 'hatang-addressing' }];

export const ADDR_OVERLAP_01: PlanRule = {
  id: 'ADDR-OVERLAP-01',
  title: text('Dải địa chỉ không trùng lặp trong cùng một miền định tuyến', 'Prefixes are unique within a routing domain'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites the TSLCD clause in the tslcd routing domain, the general one elsewhere.
  clauses: [...TSLCD, ...OTHER],
  confidence: 'verified',
  remediation: text(
    'Chuyển một trong hai dải địa chỉ sang khối còn trống của dải gốc (hoặc thay bằng yêu cầu cấp phát theo độ dài từ dải gốc: `size`, `pool`); nếu hai dải địa chỉ thực sự thuộc hai VRF tách biệt thì khai báo chúng trong các miền định tuyến khác nhau.',
    'Move one of the two prefixes to a free block of its pool (or replace it with a `size`/`pool` request); if they really are in separate VRFs, put them in different routing domains.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const kind = overlapClassifier(ctx);
    const out: Outcome[] = [];
    for (const [a, b] of ctx.overlaps()) {
      if (kind(a, b) !== 'domain') continue;
      const domain = a.routingDomain ?? '—';
      out.push({
        ...pairOutcome(
          ctx,
          a,
          b,
          ` trong miền định tuyến "${domain}"; mỗi dải địa chỉ phải duy nhất trong một miền định tuyến`,
          ` in routing domain "${domain}"; prefixes must be unique within a routing domain`,
        ),
        clauses: a.routingDomain === 'tslcd' ? TSLCD : OTHER,
      });
    }
    return out;
  },
};
