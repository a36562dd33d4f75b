import { text } from '../../model/index.js';
import { where, type PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION } from './common.js';

export const ADDR_LOCK_02: PlanRule = {
  id: 'ADDR-LOCK-02',
  title: text('Dải địa chỉ đã khóa không trùng dải địa chỉ khai báo tường minh', 'Locked prefixes do not overlap explicit ones'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Đổi dải địa chỉ khai báo tường minh để không trùng dải địa chỉ đã khóa. Chỉ khi chấp nhận đánh số lại đối tượng đang giữ dải địa chỉ đã khóa thì chạy "hatang plan --write-lock --release <khóa>" với khóa của mục đó, rồi lưu tệp khóa địa chỉ vào kho mã nguồn.',
    'Change the explicit prefix so that it no longer overlaps the locked one. Only to accept renumbering the object that holds the locked prefix, run "hatang plan --write-lock --release <key>" with that entry\'s key, then commit the lock file.',
  ),
  scope: 'plan',
  // The planner keeps the locked prefix (nothing is renumbered without --release naming it); the finding names both
  // objects: the one whose prefix would move, where the finding is, and the one whose explicit prefix overlaps it.
  check: (ctx) =>
    ctx.plan.issues
      .filter((i) => i.kind === 'lock-overlap')
      .map((i) => {
        const e = i.entry!;
        const c = i.cause!;
        const at = where(ctx.locate(c.source, c.path));
        return {
          status: 'fail' as const,
          target: i.target,
          part: i.key,
          location: ctx.locate(i.source, i.path),
          message: text(
            `${i.key}: dải địa chỉ đã khóa ${e.prefix} của ${i.target} sẽ phải chuyển đi vì ${c.target} nay khai báo tường minh dải địa chỉ ${c.prefix} (${at}) trùng với dải này. Tệp khóa địa chỉ vẫn giữ ${e.prefix}; đổi dải địa chỉ của ${c.target}, hoặc chấp nhận đánh số lại ${i.target} bằng lệnh "hatang plan --write-lock --release ${i.key}".`,
            `${i.key}: the locked prefix ${e.prefix} of ${i.target} would have to move because ${c.target} now has the explicit prefix ${c.prefix} (${at}) overlapping it. The lock keeps ${e.prefix}; change the prefix of ${c.target}, or accept renumbering ${i.target} with "hatang plan --write-lock --release ${i.key}".`,
          ),
        };
      }),
};
