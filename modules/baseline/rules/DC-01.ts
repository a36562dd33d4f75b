import { msg, text, type Site } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// TT 23/2022/TT-BTTTT (amending TT 03/2013) names the designs a data centre applies: TCVN 9250:2021, ANSI/TIA-942-B:2017
// or an Uptime Institute Tier. TCVN 9250:2012, the edition TT 03/2013 named, is superseded.
const SUPERSEDED = 'TCVN 9250:2012';
const SUCCESSOR = 'TCVN 9250:2021';

/** The primary and DR sites, owned or rented: the data centres the province's systems run in. */
const dataCentres = (ctx: ModelContext): readonly Site[] => ctx.model.sites.filter((s) => s.role === 'primary' || s.role === 'dr');

/** Who owns the site, in words, for the messages (a rented site's provider must supply the certificate). */
function owner(site: Site): { readonly vi: string; readonly en: string } {
  if (site.ownership !== 'provider') return { vi: '', en: '' };
  const p = site.provider ?? '';
  return { vi: ` (trung tâm dữ liệu thuê của nhà cung cấp ${p})`, en: ` (rented from provider ${p})` };
}

function outcomeOf(ctx: ModelContext, site: Site): Outcome {
  const base = { target: `sites/${site.name}`, source: site.source, level: Math.max(1, ctx.index.siteLevel(site.name)) };
  const who = owner(site);
  const rating = site.rating;
  if (rating === undefined) {
    return {
      ...base,
      status: 'fail',
      path: ['spec'],
      message: text(
        `Trung tâm ${site.name}${who.vi} chưa khai báo tiêu chuẩn thiết kế và hạng của trung tâm dữ liệu; Thông tư số 23/2022/TT-BTTTT nêu ${SUCCESSOR}, ANSI/TIA-942-B:2017 hoặc phân hạng Tier của Uptime Institute.`,
        `Site ${site.name}${who.en} declares no data-centre standard and rating; Circular 23/2022 names ${SUCCESSOR}, ANSI/TIA-942-B:2017 or an Uptime Institute Tier.`,
      ),
    };
  }
  if (rating.standard === SUPERSEDED) {
    return {
      ...base,
      status: 'fail',
      path: ['spec', 'rating', 'standard'],
      at: 'value',
      message: text(
        `Trung tâm ${site.name}${who.vi} khai báo thiết kế theo ${SUPERSEDED}, tiêu chuẩn đã được thay thế bởi ${SUCCESSOR}; Thông tư số 23/2022/TT-BTTTT nêu ${SUCCESSOR}.`,
        `Site ${site.name}${who.en} declares ${SUPERSEDED}, superseded by ${SUCCESSOR}, the edition Circular 23/2022 names.`,
      ),
    };
  }
  return { ...base, status: 'pass', path: ['spec', 'rating'], message: msg('DC-01.pass', { site: site.name, standard: rating.standard, level: rating.level }) };
}

export const DC_01: ModelRule = {
  id: 'DC-01',
  title: text(
    'Trung tâm dữ liệu khai báo tiêu chuẩn thiết kế hiện hành và hạng của trung tâm',
    'The data centre declares a current design standard and its rating',
  ),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'tt23-2022' }, { doc: 'tcvn9250-2021' }, { doc: 'tia942b-2017' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Danh sách tiêu chuẩn (TCVN 9250:2021, ANSI/TIA-942-B:2017, phân hạng Tier của Uptime Institute) được đọc qua bản tóm tắt Thông tư số 23/2022/TT-BTTTT, chưa đối chiếu điều, khoản của văn bản gốc. Thông tư này điều chỉnh doanh nghiệp cung cấp dịch vụ trung tâm dữ liệu; việc áp dụng cho trung tâm dữ liệu do tỉnh tự đầu tư là cách hiểu của hatang, vì vậy phát hiện chỉ ở mức cảnh báo.',
    'The list of standards (TCVN 9250:2021, ANSI/TIA-942-B:2017, an Uptime Institute Tier) was read in summaries of Circular 23/2022; the article of the original text was not checked. The circular governs companies selling data-centre services; applying it to a data centre the province built itself is the toolkit’s reading, hence a warning only.',
  ),
  remediation: text(
    'Khai báo tiêu chuẩn thiết kế và hạng của trung tâm (`rating` với `standard` và `level`) theo hồ sơ thiết kế hoặc giấy chứng nhận; trung tâm thiết kế theo TCVN 9250:2012 cần được đánh giá lại theo TCVN 9250:2021, ANSI/TIA-942-B:2017 hoặc phân hạng Tier của Uptime Institute.',
    'Declare the site’s `rating` (`standard` and `level`) from its design documents or certificate; a data centre designed to TCVN 9250:2012 should be reassessed against TCVN 9250:2021, ANSI/TIA-942-B:2017 or an Uptime Institute Tier.',
  ),
  evidence: [
    text(
      'Hồ sơ thiết kế hoặc giấy chứng nhận xếp hạng của trung tâm dữ liệu, nêu tiêu chuẩn áp dụng và hạng',
      'The data centre’s design documents or rating certificate, naming the standard applied and the rating',
    ),
    text('Bản công bố phù hợp tiêu chuẩn của trung tâm dữ liệu, nếu có', 'The data centre’s declaration of conformity, if any'),
  ],
  scope: 'model',
  check: (ctx) => dataCentres(ctx).map((s) => outcomeOf(ctx, s)),
};
