import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION, lockEntryFailure, lockIssues } from './common.js';

export const ADDR_LOCK_05: PlanRule = {
  id: 'ADDR-LOCK-05',
  title: text('Không có hai mục khóa trùng hoặc chồng lấn nhau', 'No two lock entries are the same or overlap'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Chạy "hatang plan --write-lock": mục đầu được giữ, mục còn lại được cấp lại; lưu tệp khóa địa chỉ vào kho mã nguồn. Không sửa tệp khóa bằng tay.',
    'Run "hatang plan --write-lock": it keeps the first entry and allocates the other again; commit the lock file. Do not edit the lock by hand.',
  ),
  scope: 'plan',
  check: (ctx) =>
    lockIssues(ctx, 'lock-duplicate').map((i) => {
      const o = i.other!;
      const same = o.prefix === i.entry!.prefix;
      const inside = Number(i.entry!.prefix.split('/')[1]) >= Number(o.prefix.split('/')[1]);
      const domain = ctx.poolByName.get(i.entry!.pool)?.pool.routingDomain ?? '—';
      return lockEntryFailure(
        i,
        text(
          `${i.key}: dải địa chỉ đã khóa ${i.entry!.prefix} ${same ? 'trùng' : inside ? 'nằm trong' : 'chứa'} ${o.key} (${o.prefix}) trong miền định tuyến "${domain}"; mục này không được dùng.`,
          `${i.key}: the locked prefix ${i.entry!.prefix} ${same ? 'is the same as' : inside ? 'lies inside' : 'contains'} ${o.key} (${o.prefix}) in routing domain ${domain}; the entry is not used.`,
        ),
      );
    }),
};
