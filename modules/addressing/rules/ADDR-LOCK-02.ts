import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION } from './common.js';

export const ADDR_LOCK_02: PlanRule = {
  id: 'ADDR-LOCK-02',
  title: text('Dải địa chỉ đã khóa không trùng dải địa chỉ khai báo tường minh', 'Locked prefixes do not overlap explicit ones'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Đổi dải địa chỉ khai báo tường minh để không trùng dải địa chỉ đã khóa, hoặc chấp nhận dải địa chỉ mới rồi lưu tệp khóa địa chỉ vào kho mã nguồn.',
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
          `${i.key}: dải địa chỉ đã khóa ${i.entry!.prefix} nay trùng một dải địa chỉ khai báo tường minh; cấp dải địa chỉ mới.`,
          `${i.key}: the locked prefix ${i.entry!.prefix} now overlaps an explicit prefix; a new one is allocated.`,
        ),
      })),
};
