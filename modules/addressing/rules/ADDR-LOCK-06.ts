import { text, type Text } from '../../model/index.js';
import type { PlanContext, PlanRule } from '../rule.js';
import type { PlanIssue } from '../types.js';
import { ADDRESSING_CONVENTION, lockEntryFailure, lockIssues, objectExists } from './common.js';

/** What became of a lock entry whose request is gone, and what to do. */
function staleText(ctx: PlanContext, i: PlanIssue): Text {
  const e = i.entry!;
  if (i.reason === 'explicit') {
    return text(
      `${i.key}: giá trị nay được khai báo tường minh; mục khóa ${e.prefix} bị bỏ ở lần chạy "hatang plan --write-lock" tới.`,
      `${i.key}: the value is now written explicitly; the lock entry ${e.prefix} is dropped at the next "hatang plan --write-lock".`,
    );
  }
  if (i.reason === 'overlap') {
    return text(
      `${i.key}: không còn yêu cầu, và dải địa chỉ giữ chỗ ${e.prefix} nay trùng một dải địa chỉ khai báo tường minh; chỗ giữ bị bỏ ở lần chạy "hatang plan --write-lock" tới.`,
      `${i.key}: no request any more, and the reserved ${e.prefix} now overlaps an explicit prefix; the reservation is given up at the next "hatang plan --write-lock".`,
    );
  }
  const gone = !objectExists(ctx, i.target);
  return text(
    `${i.key}: không còn yêu cầu (${gone ? `${i.target} không còn trong bộ khai báo hạ tầng` : 'yêu cầu đã bị bỏ'}); tệp khóa địa chỉ vẫn giữ chỗ ${e.prefix} trong dải gốc "${e.pool}". Chạy "hatang plan --write-lock --release" để trả lại.`,
    `${i.key}: no request any more (${gone ? `${i.target} is not in the inventory` : 'the request was removed'}); the lock keeps ${e.prefix} reserved in pool ${e.pool}. Run "hatang plan --write-lock --release" to free it.`,
  );
}

export const ADDR_LOCK_06: PlanRule = {
  id: 'ADDR-LOCK-06',
  title: text('Mục khóa còn yêu cầu tương ứng', 'Lock entries still have their request'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Nếu yêu cầu đã bỏ hẳn, chạy "hatang plan --write-lock --release" rồi lưu tệp khóa địa chỉ vào kho mã nguồn; để dành dải địa chỉ cho đối tượng sẽ quay lại thì cứ để giữ chỗ.',
    'If the request is gone for good, run "hatang plan --write-lock --release" and commit the lock file; to keep the prefix for an object that comes back, leave it reserved.',
  ),
  scope: 'plan',
  check: (ctx) => lockIssues(ctx, 'lock-stale').map((i) => lockEntryFailure(i, staleText(ctx, i))),
};
