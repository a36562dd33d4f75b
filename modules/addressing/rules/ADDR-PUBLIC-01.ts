import { text, viDate, type PoolRegistration } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { ParsedPool } from '../plan.js';
import type { PlanContext, PlanRule } from '../rule.js';
import { atPool } from './common.js';

/** The registration's document and date, as a reader of each language writes them ("" when neither is given). */
function documentWords(r: PoolRegistration): { vi: string; en: string } {
  const vi = [r.reference, r.date !== undefined ? `ngày ${viDate(r.date)}` : undefined].filter(Boolean).join(', ');
  const en = [r.reference, r.date].filter(Boolean).join(', ');
  return { vi: vi ? ` (${vi})` : '', en: en ? ` (${en})` : '' };
}

/** The outcome for one public pool; none when it is registered. */
function outcomeOf(ctx: PlanContext, p: ParsedPool): Outcome | undefined {
  const { name } = p.pool;
  const range = p.prefix.text;
  const r = p.pool.registration;
  const part = `pools/${name}`;
  if (r === undefined) {
    return {
      status: 'fail',
      part,
      ...atPool(ctx, p, 'name'),
      message: text(
        `Dải địa chỉ công khai "${name}" (${range}) chưa có thông tin đăng ký với Trung tâm Giám sát an toàn không gian mạng quốc gia.`,
        `Public pool "${name}" (${range}) does not say whether it is registered with the national cyberspace monitoring centre (no registration).`,
      ),
    };
  }
  const doc = documentWords(r);
  if (r.status === 'registered') return undefined;
  if (r.status === 'not-registered') {
    return {
      status: 'fail',
      part,
      ...atPool(ctx, p, 'registration'),
      message: text(
        `Dải địa chỉ công khai "${name}" (${range}) chưa được đăng ký với ${r.with}${doc.vi}.`,
        `Public pool "${name}" (${range}) is not registered with ${r.with}${doc.en}.`,
      ),
    };
  }
  return {
    status: 'manual',
    part,
    ...atPool(ctx, p, 'registration'),
    message: text(
      `Dải địa chỉ công khai "${name}" (${range}) đang chờ ${r.with} xác nhận đăng ký${doc.vi}; cần văn bản xác nhận đã tiếp nhận dải địa chỉ vào hệ thống giám sát.`,
      `Public pool "${name}" (${range}) awaits confirmation of its registration by ${r.with}${doc.en}; the confirmation that the range is in the monitoring system closes this.`,
    ),
  };
}

export const ADDR_PUBLIC_01: PlanRule = {
  id: 'ADDR-PUBLIC-01',
  title: text(
    'Dải địa chỉ IP công khai được đăng ký với Trung tâm Giám sát an toàn không gian mạng quốc gia',
    'Public IP ranges are registered with the national cyberspace monitoring centre',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'cv1552-2020' }, { doc: 'ct14-2019' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Yêu cầu đăng ký toàn bộ dải địa chỉ IP công khai của hệ thống thông tin cơ quan nhà nước với Trung tâm Giám sát an toàn không gian mạng quốc gia (lớp thứ tư của mô hình bảo vệ bốn lớp) mới đọc được trong báo cáo kiến trúc của một tỉnh dẫn Chỉ thị số 14/CT-TTg; chưa đối chiếu được với nguyên văn chỉ thị và công văn, chưa rõ cơ quan tiếp nhận sau Nghị định số 331/2026/NĐ-CP; vì vậy quy tắc chỉ cảnh báo.',
    "The duty to register every public IP range of government information systems with the national cyberspace monitoring centre (layer 4 of the four-layer model) was read only in one province's architecture report quoting Directive 14/CT-TTg, not in the directive or the official letter themselves; which body receives it after Decree 331/2026 is not known. Hence a warning only.",
  ),
  remediation: text(
    'Đăng ký dải địa chỉ IP công khai với Trung tâm Giám sát an toàn không gian mạng quốc gia, sau đó khai báo `registration` của dải gốc: `status: registered`, cơ quan tiếp nhận ở `with`, văn bản xác nhận ở `reference` và ngày của văn bản ở `date`; khi đã gửi đề nghị mà chưa có xác nhận thì khai báo `status: pending`.',
    'Register the public IP range with the national cyberspace monitoring centre, then give the pool a `registration`: `status: registered`, the receiving body in `with`, the confirming document in `reference` and its date in `date`; while the request awaits confirmation, declare `status: pending`.',
  ),
  evidence: [
    text(
      'văn bản của cơ quan tiếp nhận xác nhận dải địa chỉ IP công khai đã được đưa vào hệ thống giám sát',
      'the receiving body’s document confirming that the public IP range is in the monitoring system',
    ),
  ],
  scope: 'plan',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const p of ctx.pools) {
      if (p.pool.purpose !== 'public') continue;
      const o = outcomeOf(ctx, p);
      if (o) out.push(o);
    }
    return out;
  },
};
