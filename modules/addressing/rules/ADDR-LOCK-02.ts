import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION } from './common.js';

export const ADDR_LOCK_02: PlanRule = {
  id: 'ADDR-LOCK-02',
  title: text('Prefix đã khóa không trùng prefix khai báo tường minh', 'Locked prefixes do not overlap explicit ones'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Đổi prefix khai báo tường minh để không trùng prefix đã khóa, hoặc chấp nhận prefix mới rồi commit tệp khóa.',
    'Change the explicit prefix so that it no longer overlaps the locked one, or accept the new prefix and commit the lock file.',
  ),
  scope: 'plan',
  check: (ctx) =>
    ctx.plan.issues
      .filter((i) => i.kind === 'lock-overlap')
      .map((i) => ({
        status: 'fail' as const,
        target: i.target,
        part: i.key,
        location: ctx.locate(i.source, i.path),
        message: text(
          `${i.key}: prefix đã khóa ${i.entry!.prefix} nay trùng một prefix khai báo tường minh; cấp prefix mới.`,
          `${i.key}: the locked prefix ${i.entry!.prefix} now overlaps an explicit prefix; a new one is allocated.`,
        ),
      })),
};
