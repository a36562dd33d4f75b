import { text, type FacilityAttestation, type Site, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// TT 23/2022/TT-BTTTT names the facility regulations a data centre conforms to: lightning protection QCVN 32:2020/BTTTT,
// earthing QCVN 9:2016/BTTTT, fire safety QCVN 06:2021/BXD. QCVN 06:2021/BXD was itself replaced by QCVN 06:2022/BXD
// (Circular 06/2022/TT-BXD, in force 16/01/2023): a site attesting either fire edition meets the circular.

type FacilityKey = 'lightning' | 'earthing' | 'fire';

interface Facility {
  readonly key: FacilityKey;
  readonly what: Text;
  /** The regulation TT 23/2022 names. */
  readonly named: string;
  /** The edition in force today, when it replaced the named one. */
  readonly current?: { readonly code: string; readonly since: Text };
}

const FACILITIES: readonly Facility[] = [
  { key: 'lightning', what: text('chống sét', 'lightning protection'), named: 'QCVN 32:2020/BTTTT' },
  { key: 'earthing', what: text('tiếp đất', 'earthing'), named: 'QCVN 9:2016/BTTTT' },
  {
    key: 'fire',
    what: text('an toàn cháy', 'fire safety'),
    named: 'QCVN 06:2021/BXD',
    current: { code: 'QCVN 06:2022/BXD', since: text('16/01/2023', '2023-01-16') },
  },
];

/** Upper case, no spaces, no leading zeros in the regulation number: "QCVN 09:2016/BTTTT" and "QCVN 9:2016/BTTTT" compare equal. */
const normalise = (s: string): string =>
  s
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/QCVN0+(\d)/g, 'QCVN$1');

/** Whether the attested text names the regulation (a text may name several: "QCVN 06:2022/BXD; TCVN 3890:2023"). */
const names = (attested: string, code: string): boolean => normalise(attested).includes(normalise(code));

const accepted = (f: Facility): string[] => [f.named, ...(f.current ? [f.current.code] : [])];

/** What the circular names, and what replaced it where it has been replaced. */
function namedText(f: Facility): Text {
  if (!f.current) return text(`Thông tư số 23/2022/TT-BTTTT nêu ${f.named}`, `Circular 23/2022 names ${f.named}`);
  return text(
    `Thông tư số 23/2022/TT-BTTTT nêu ${f.named}, quy chuẩn nay đã được thay thế bởi ${f.current.code} từ ngày ${f.current.since.vi}`,
    `Circular 23/2022 names ${f.named}, replaced by ${f.current.code} from ${f.current.since.en}`,
  );
}

function problemOf(site: Site, f: Facility, a: FacilityAttestation | undefined): Outcome | undefined {
  const named = namedText(f);
  if (a === undefined) {
    return {
      status: 'fail',
      part: `facilities/${f.key}`,
      path: site.facilities ? ['spec', 'facilities'] : ['spec'],
      message: text(
        `Trung tâm ${site.name} chưa khai báo sự phù hợp với quy chuẩn về ${f.what.vi}; ${named.vi}.`,
        `Site ${site.name} declares no conformity with a regulation on ${f.what.en}; ${named.en}.`,
      ),
    };
  }
  if (accepted(f).some((code) => names(a.standard, code))) return undefined;
  return {
    status: 'fail',
    part: `facilities/${f.key}`,
    path: ['spec', 'facilities', f.key, 'standard'],
    at: 'value',
    message: text(
      `Trung tâm ${site.name} khai báo ${f.what.vi} theo ${a.standard}, không phải phiên bản hiện hành; ${named.vi}.`,
      `Site ${site.name} declares ${f.what.en} to ${a.standard}, not the current edition; ${named.en}.`,
    ),
  };
}

function outcomesOf(ctx: ModelContext, site: Site): Outcome[] {
  const base = { target: `sites/${site.name}`, source: site.source, level: Math.max(1, ctx.index.siteLevel(site.name)) };
  const declared = site.facilities ?? {};
  const problems = FACILITIES.flatMap((f) => problemOf(site, f, declared[f.key]) ?? []);
  if (problems.length > 0) return problems.map((p) => ({ ...base, ...p }));
  const list = FACILITIES.map((f) => [f.what, declared[f.key]!.standard] as const);
  return [
    {
      ...base,
      status: 'pass',
      path: ['spec', 'facilities'],
      message: text(
        `Trung tâm ${site.name} khai báo ${list.map(([w, s]) => `${w.vi} theo ${s}`).join(', ')}.`,
        `Site ${site.name} declares ${list.map(([w, s]) => `${w.en} to ${s}`).join(', ')}.`,
      ),
    },
  ];
}

export const DC_03: ModelRule = {
  id: 'DC-03',
  title: text(
    'Trung tâm dữ liệu khai báo sự phù hợp với quy chuẩn chống sét, tiếp đất và an toàn cháy',
    'The data centre declares conformity with the lightning, earthing and fire-safety regulations',
  ),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'tt23-2022' }, { doc: 'qcvn32-2020' }, { doc: 'qcvn9-2016' }, { doc: 'qcvn06-2022' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Danh sách quy chuẩn (QCVN 32:2020/BTTTT, QCVN 9:2016/BTTTT, QCVN 06:2021/BXD) được đọc qua bản tóm tắt Thông tư số 23/2022/TT-BTTTT, chưa đối chiếu điều, khoản của văn bản gốc; QCVN 06:2021/BXD đã được thay thế bởi QCVN 06:2022/BXD (Thông tư số 06/2022/TT-BXD) nên cả hai phiên bản đều được chấp nhận. Thông tư số 23/2022/TT-BTTTT điều chỉnh doanh nghiệp cung cấp dịch vụ trung tâm dữ liệu; việc áp dụng cho trung tâm do tỉnh tự đầu tư là cách hiểu của hatang.',
    'The list of regulations (QCVN 32:2020/BTTTT, QCVN 9:2016/BTTTT, QCVN 06:2021/BXD) was read in summaries of Circular 23/2022; the article of the original text was not checked. QCVN 06:2021/BXD was replaced by QCVN 06:2022/BXD (Circular 06/2022/TT-BXD), so either edition is accepted. Circular 23/2022 governs companies selling data-centre services; applying it to a data centre the province built itself is the toolkit’s reading.',
  ),
  remediation: text(
    'Khai báo sự phù hợp của trung tâm với quy chuẩn chống sét (`facilities.lightning`), tiếp đất (`facilities.earthing`) và an toàn cháy (`facilities.fire`), mỗi mục nêu quy chuẩn (`standard`), số biên bản kiểm định hoặc bản công bố phù hợp (`reference`) và ngày (`date`); kiểm định lại theo phiên bản hiện hành nếu hồ sơ theo phiên bản cũ.',
    'Declare the site’s conformity with the lightning (`facilities.lightning`), earthing (`facilities.earthing`) and fire-safety (`facilities.fire`) regulations, each with its `standard`, the inspection record or declaration of conformity (`reference`) and its `date`; have the site inspected against the current edition where the record cites an older one.',
  ),
  evidence: [
    text(
      'Biên bản kiểm định hoặc bản công bố phù hợp quy chuẩn chống sét, tiếp đất và an toàn cháy của trung tâm',
      'The inspection records or declarations of conformity of the site’s lightning protection, earthing and fire safety',
    ),
  ],
  scope: 'model',
  check: (ctx) => ctx.model.sites.filter((s) => s.role === 'primary' || s.role === 'dr').flatMap((s) => outcomesOf(ctx, s)),
};
