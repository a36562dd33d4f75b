import { msg, text, type Redundancy, type Site, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// The redundancy each rating needs (ANSI/TIA-942-B:2017): rating 1 capacity N on one path; 2 components N+1; 3 N+1
// with an alternate distribution path (concurrently maintainable); 4 2N or 2(N+1) on two active paths (fault
// tolerant). The levels of TCVN 9250:2021 and the Uptime Institute Tiers are read the same way. Only the redundancy
// is checked: a site that meets it may still miss the rest of its rating.

/** Order of the redundancy schemes, weakest first. */
const RANK: Readonly<Record<Redundancy, number>> = { N: 0, 'N+1': 1, '2N': 2, '2(N+1)': 3 };

interface Need {
  /** Weakest power and cooling scheme the rating admits. */
  readonly min: Redundancy;
  /** Distribution paths the rating needs (0: not checked). */
  readonly paths: number;
}

const NEEDS: Readonly<Record<number, Need>> = {
  1: { min: 'N', paths: 0 },
  2: { min: 'N+1', paths: 0 },
  3: { min: 'N+1', paths: 2 },
  4: { min: '2N', paths: 2 },
};

/** The declared facts the rating is compared with: shortfalls, values that meet it, and those not declared. */
interface Comparison {
  readonly gaps: Text[];
  readonly met: Text[];
  readonly missing: Text[];
  /** Path of the first shortfall. */
  readonly gapPath?: readonly string[];
}

const powerText = (r: Redundancy): Text => text(`nguồn điện ${r}`, `power ${r}`);
const coolingText = (r: Redundancy): Text => text(`làm mát ${r}`, `cooling ${r}`);

function compare(site: Site, need: Need): Comparison {
  const out: { gaps: Text[]; met: Text[]; missing: Text[]; gapPath?: readonly string[] } = { gaps: [], met: [], missing: [] };
  const gap = (t: Text, field: string) => {
    out.gaps.push(t);
    out.gapPath ??= ['spec', field];
  };
  const scheme = (value: Redundancy | undefined, field: 'power' | 'cooling', words: (r: Redundancy) => Text, name: Text) => {
    if (value === undefined) out.missing.push(name);
    else if (RANK[value] < RANK[need.min]) gap(words(value), field);
    else out.met.push(words(value));
  };
  scheme(site.power, 'power', powerText, text('mức dự phòng nguồn điện', 'the power redundancy (power)'));
  scheme(site.cooling, 'cooling', coolingText, text('mức dự phòng làm mát', 'the cooling redundancy (cooling)'));
  if (need.paths > 0) {
    const n = site.distributionPaths;
    if (n === undefined) out.missing.push(text('số đường phân phối', 'the distribution paths (distributionPaths)'));
    else if (n < need.paths) gap(msg('DC-02.paths', { n }), 'distributionPaths');
    else out.met.push(msg('DC-02.paths', { n }));
  }
  return out;
}

const join = (list: readonly Text[]): Text => text(list.map((t) => t.vi).join(', '), list.map((t) => t.en).join(', '));

function outcomeOf(ctx: ModelContext, site: Site, rating: NonNullable<Site['rating']>): Outcome {
  const base = { target: `sites/${site.name}`, source: site.source, level: Math.max(1, ctx.index.siteLevel(site.name)) };
  // The redundancy a rating needs is TIA-942's own; for the other standards it is hatang's reading of them.
  const severity = rating.standard === 'ANSI/TIA-942-B:2017' ? {} : { severity: 'warning' as const };
  const need = NEEDS[rating.level] ?? NEEDS[4]!;
  const args = { site: site.name, level: rating.level, standard: rating.standard, need: msg('DC-02.need', { min: need.min, paths: need.paths }) };
  if (rating.level <= 1) {
    return {
      ...base,
      status: 'pass',
      path: ['spec', 'rating'],
      message: text(
        `Trung tâm ${site.name}: hạng 1 theo ${rating.standard} không đòi hỏi dự phòng thiết bị hay đường phân phối.`,
        `Site ${site.name}: rating 1 under ${rating.standard} requires no redundant components or paths.`,
      ),
    };
  }
  const c = compare(site, need);
  if (c.gaps.length > 0) return { ...base, ...severity, status: 'fail', path: c.gapPath!, message: msg('DC-02.fail', { ...args, gaps: join(c.gaps) }) };
  if (c.missing.length > 0)
    return { ...base, ...severity, status: 'manual', path: ['spec'], message: msg('DC-02.manual', { ...args, missing: join(c.missing) }) };
  return { ...base, status: 'pass', path: ['spec', 'rating'], message: msg('DC-02.pass', { ...args, has: join(c.met) }) };
}

export const DC_02: ModelRule = {
  id: 'DC-02',
  title: text(
    'Hạng khai báo của trung tâm dữ liệu phù hợp với mức dự phòng nguồn điện, làm mát và đường phân phối',
    'The declared data-centre rating matches the power, cooling and distribution-path redundancy',
  ),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tia942b-2017' }, { doc: 'tcvn9250-2021' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Mức dự phòng của từng hạng (hạng 1: N; hạng 2: N+1; hạng 3: N+1 và hai đường phân phối; hạng 4: 2N và hai đường phân phối) lấy theo các hạng của ANSI/TIA-942-B:2017, đọc qua nguồn thứ cấp. Các hạng của TCVN 9250:2021 và phân hạng Tier của Uptime Institute được hiểu là tương ứng với các hạng của TIA-942, điều này chưa được xác nhận; với các tiêu chuẩn đó phát hiện chỉ ở mức cảnh báo. Quy tắc chỉ so sánh mức dự phòng, không xác nhận các yêu cầu khác của hạng.',
    'The redundancy of each rating (1: N; 2: N+1; 3: N+1 and two distribution paths; 4: 2N and two distribution paths) follows the ANSI/TIA-942-B:2017 ratings, read in secondary sources. The levels of TCVN 9250:2021 and the Uptime Institute Tiers are read as mirroring the TIA-942 ratings, which is unconfirmed; for those standards a finding is a warning. The rule compares redundancy only, not the other requirements of a rating.',
  ),
  remediation: text(
    'Khai báo mức dự phòng nguồn điện (`power`), làm mát (`cooling`) và số đường phân phối (`distributionPaths`) theo hồ sơ thiết kế; nếu trung tâm không đạt mức dự phòng của hạng đã khai báo, nâng cấp hạ tầng hoặc sửa hạng (`rating`) cho đúng với thực tế.',
    'Declare the `power` and `cooling` redundancy and the `distributionPaths` from the design documents; where the site falls short of its declared rating, upgrade the facility or correct the `rating`.',
  ),
  evidence: [
    text(
      'Hồ sơ thiết kế hoặc giấy chứng nhận xếp hạng của trung tâm: sơ đồ cấp điện, làm mát và các đường phân phối',
      'The site’s design documents or rating certificate: the power, cooling and distribution-path diagrams',
    ),
  ],
  scope: 'model',
  check: (ctx) => ctx.model.sites.flatMap((s) => (s.rating ? [outcomeOf(ctx, s, s.rating)] : [])),
};
