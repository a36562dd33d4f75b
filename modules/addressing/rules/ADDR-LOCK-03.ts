import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, lockEntryFailure, lockIssues, outsidePoolText } from './common.js';

export const ADDR_LOCK_03: PlanRule = {
  id: 'ADDR-LOCK-03',
  title: text('Tệp khóa chỉ giữ mục của tỉnh này', "The lock file holds only this province's entries"),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Xóa mục khỏi tệp khóa địa chỉ `addressing.lock.yaml` (thường chép nhầm từ tệp khóa của tỉnh khác), hoặc chạy `hatang plan --write-lock` để ghi lại tệp khóa không có mục đó, rồi lưu tệp khóa vào kho mã nguồn.',
    "Remove the entry from `addressing.lock.yaml` (usually copied from another province's lock), or run `hatang plan --write-lock` to write the lock without it, then commit the lock file.",
  ),
  scope: 'plan',
  check: (ctx) =>
    lockIssues(ctx, 'lock-foreign').map((i) => {
      const why = outsidePoolText(ctx, i);
      return lockEntryFailure(
        i,
        text(
          `${i.key}: ${i.target} không phải đối tượng của tỉnh này, và mục khóa ${i.entry!.prefix} ${why.vi}; mục này không được dùng (chép từ tệp khóa của tỉnh khác?).`,
          `${i.key}: ${i.target} is not an object of this province, and the lock entry ${i.entry!.prefix} ${why.en}; the entry is not used (copied from another province's lock?).`,
        ),
      );
    }),
};
