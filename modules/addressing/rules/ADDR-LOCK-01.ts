import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION } from './common.js';

export const ADDR_LOCK_01: PlanRule = {
  id: 'ADDR-LOCK-01',
  title: text('Yêu cầu địa chỉ khớp với tệp khóa', 'Address requests match the lock file'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Khôi phục yêu cầu cũ (dải gốc, độ dài), hoặc chạy "hatang plan --write-lock --release" để cấp lại rồi lưu tệp khóa địa chỉ vào kho mã nguồn.',
    'Restore the previous request (pool, length), or run "hatang plan --write-lock --release" to allocate again and commit the lock file.',
  ),
  scope: 'plan',
  check: (ctx) =>
    ctx.plan.issues
      .filter((i) => i.kind === 'lock-changed')
      .map((i) => {
        const e = i.entry!;
        const pool = i.request.pool ?? '—';
        const poolVi = i.request.pool !== undefined ? `"${i.request.pool}"` : '—';
        return {
          status: 'fail' as const,
          target: i.target,
          part: i.key,
          location: ctx.locate(i.source, i.path),
          message: text(
            `${i.key}: tệp khóa địa chỉ giữ ${e.prefix} (dải gốc "${e.pool}", /${e.size}) nhưng yêu cầu nay là /${i.request.size} từ dải gốc ${poolVi}; chạy "hatang plan --write-lock --release" để cấp lại.`,
            `${i.key}: the lock holds ${e.prefix} (pool ${e.pool}, /${e.size}) but the request is now /${i.request.size} from pool ${pool}; run "hatang plan --write-lock --release" to allocate it again.`,
          ),
        };
      }),
};
