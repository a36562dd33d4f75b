import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, lockEntryFailure, lockIssues, outsidePoolText } from './common.js';

export const ADDR_LOCK_04: PlanRule = {
  id: 'ADDR-LOCK-04',
  title: text('Dải địa chỉ trong tệp khóa nằm trong dải gốc của nó', 'Locked prefixes lie inside the pool they name'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Chạy "hatang plan --write-lock" để bỏ mục và cấp lại từ dải gốc của yêu cầu, rồi lưu tệp khóa địa chỉ vào kho mã nguồn; hoặc khôi phục dải gốc như cũ.',
    'Run "hatang plan --write-lock" to drop the entry and allocate the request again from its pool, then commit the lock file; or restore the pool as it was.',
  ),
  scope: 'plan',
  check: (ctx) =>
    lockIssues(ctx, 'lock-out-of-pool').map((i) => {
      const why = outsidePoolText(ctx, i);
      return lockEntryFailure(
        i,
        text(
          `${i.key}: mục khóa ${i.entry!.prefix} ${why.vi}; mục này không được dùng và yêu cầu được cấp lại.`,
          `${i.key}: the lock entry ${i.entry!.prefix} ${why.en}; the entry is not used and the request is allocated again.`,
        ),
      );
    }),
};
