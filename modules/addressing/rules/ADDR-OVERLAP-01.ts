import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { overlapClassifier, pairOutcome } from './common.js';

const TSLCD = 'TT 19/2023/TT-BTTTT (TSLCD addresses are not duplicated across agencies or services)';
const OTHER = 'RFC 4291 §2.1 (unicast addresses identify one interface); IPAM uniqueness per routing domain';

export const ADDR_OVERLAP_01: PlanRule = {
  id: 'ADDR-OVERLAP-01',
  title: text('Prefix không trùng lặp trong cùng một routing domain', 'Prefixes are unique within a routing domain'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites the TSLCD clause in the tslcd routing domain, the general one elsewhere.
  clauses: [{ text: TSLCD }, { text: OTHER }],
  confidence: 'verified',
  remediation: text(
    'Chuyển một trong hai prefix sang khối còn trống của pool (hoặc thay bằng yêu cầu cấp phát size/pool); nếu hai prefix thực sự thuộc hai VRF tách biệt thì khai báo chúng trong các routing domain khác nhau.',
    'Move one of the two prefixes to a free block of its pool (or replace it with a size/pool request); if they really are in separate VRFs, put them in different routing domains.',
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
          ` trong routing domain "${domain}"; prefix phải duy nhất trong mỗi routing domain`,
          ` in routing domain "${domain}"; prefixes must be unique within a routing domain`,
        ),
        clauses: [a.routingDomain === 'tslcd' ? TSLCD : OTHER],
      });
    }
    return out;
  },
};
