import { text } from '../../model/index.js';
import type { PlanRule } from '../rule.js';
import { ADDRESSING_CONVENTION } from './common.js';

export const ADDR_ALLOC_01: PlanRule = {
  id: 'ADDR-ALLOC-01',
  title: text('Mọi yêu cầu địa chỉ được cấp', 'Every address request is allocated'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }],
  confidence: 'practice',
  confidenceNote: ADDRESSING_CONVENTION,
  remediation: text(
    'Nêu dải gốc cho yêu cầu, xin khối nhỏ hơn (độ dài lớn hơn), hoặc mở rộng dải gốc.',
    'Name a pool for the request, ask for a smaller block, or give the pool more room.',
  ),
  scope: 'plan',
  check: (ctx) =>
    ctx.plan.issues
      .filter((i) => i.kind === 'no-room' || i.kind === 'no-pool')
      .map((i) => {
        const size = i.request.size;
        const p = i.pool;
        const smaller = p !== undefined && size < p.length;
        return {
          status: 'fail' as const,
          target: i.target,
          part: i.key,
          location: ctx.locate(i.source, [...i.path, 'size']),
          message: p
            ? text(
                `Không cấp được một /${size} cho ${i.key}: dải gốc "${p.name}" (${p.prefix}) ${smaller ? 'nhỏ hơn khối yêu cầu' : 'không còn khối trống đủ lớn'}.`,
                `Cannot allocate a /${size} for ${i.key}: pool "${p.name}" (${p.prefix}) ${smaller ? 'is smaller than the block asked for' : 'has no free block that large left'}.`,
              )
            : text(`${i.key} yêu cầu một /${size} nhưng không nêu dải gốc để cấp.`, `${i.key} asks for a /${size} but names no pool to take it from.`),
        };
      }),
};
