import { text, viDate } from '../../model/index.js';
import type { Citation, Outcome } from '../../rules/index.js';
import type { ParsedPool } from '../plan.js';
import type { PlanContext, PlanRule } from '../rule.js';
import { atPool } from './common.js';

/** Cục Bưu điện Trung ương manages and allocates TSLCD addresses; their use is reviewed every year (TT 19/2023). */
const SOURCE: Citation = { doc: 'tt19-2023' };
const REVIEW: Citation = SOURCE;

/** Whole months from `from` to `to` (YYYY-MM-DD), rounded down. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** A TSLCD pool without a review date, or reviewed more than 12 months before the evaluation date. */
function reviewOutcome(ctx: PlanContext, p: ParsedPool): Outcome | undefined {
  const reviewed = p.pool.lastReviewed;
  if (reviewed !== undefined && monthsBetween(reviewed, ctx.asOf) <= 12) return undefined;
  return {
    status: 'fail',
    part: `pools/${p.pool.name}/lastReviewed`,
    severity: 'warning',
    clauses: [REVIEW],
    ...atPool(ctx, p, reviewed === undefined ? 'name' : 'lastReviewed'),
    message:
      reviewed === undefined
        ? text(
            `Dải gốc "${p.pool.name}" dùng trên mạng truyền số liệu chuyên dùng chưa ghi ngày rà soát gần nhất; phải rà soát hằng năm.`,
            `TSLCD pool "${p.pool.name}" has no review date (lastReviewed); it must be reviewed yearly.`,
          )
        : text(
            `Dải gốc "${p.pool.name}" dùng trên mạng truyền số liệu chuyên dùng rà soát lần cuối ngày ${viDate(reviewed)}, quá 12 tháng tính đến ngày ${viDate(ctx.asOf)}.`,
            `TSLCD pool "${p.pool.name}" was last reviewed on ${reviewed}, more than 12 months before ${ctx.asOf}.`,
          ),
  };
}

export const V6_12: PlanRule = {
  id: 'V6-12',
  title: text(
    'Dải gốc dùng trên mạng truyền số liệu chuyên dùng do Cục Bưu điện Trung ương cấp và được rà soát hằng năm',
    'TSLCD pools are allocated by Cục Bưu điện Trung ương and reviewed yearly',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  // error for another allocating source; warning for a missing or stale review date.
  severity: 'error',
  clauses: [SOURCE],
  confidence: 'unverified',
  confidenceNote: text(
    'Thông tư số 19/2023/TT-BTTTT mới đối chiếu được qua bản tóm tắt; điều, khoản về cấp phát và rà soát hằng năm địa chỉ chưa xác minh.',
    'Circular 19/2023 was checked only through a summary; the articles on allocation and the yearly review of addresses are not confirmed.',
  ),
  remediation: text(
    'Sử dụng dải địa chỉ do Cục Bưu điện Trung ương cấp (`source: cuc-bdtw`, ghi số văn bản cấp vào `sourceReference`); rà soát việc sử dụng hằng năm và ghi ngày rà soát vào `lastReviewed`.',
    'Use the range Cục Bưu điện Trung ương allocated (`source: cuc-bdtw`, with the allocation document in `sourceReference`); review its use every year and record the date in `lastReviewed`.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const out: (Outcome | undefined)[] = [];
    for (const p of ctx.pools) {
      if (p.pool.routingDomain !== 'tslcd' && p.pool.purpose !== 'tslcd-wan') continue;
      if (p.pool.source !== 'cuc-bdtw') {
        out.push({
          status: 'fail',
          part: `pools/${p.pool.name}/source`,
          clauses: [SOURCE],
          ...atPool(ctx, p, 'source'),
          message: text(
            `Dải gốc "${p.pool.name}" dùng trên mạng truyền số liệu chuyên dùng phải do Cục Bưu điện Trung ương cấp; nguồn cấp đang khai báo là "${p.pool.source}".`,
            `Pool "${p.pool.name}" is used on the TSLCD and must be allocated by Cục Bưu điện Trung ương (source: cuc-bdtw); it is "${p.pool.source}".`,
          ),
        });
      }
      out.push(reviewOutcome(ctx, p));
    }
    return out.filter((o): o is Outcome => o !== undefined);
  },
};
