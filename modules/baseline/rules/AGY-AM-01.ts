import { msg, text, viDate, type Agency, type EndpointCounts, type SourceRef, type Text } from '../../model/index.js';
import { tcvn11930ByLevel, type ModelContext, type ModelRule, type Outcome } from '../rule.js';

// Anti-malware coverage counted per agency (or on the province-wide totals the documents often give instead): every
// server and workstation declared should run the protection. One agency without figures is not one manual finding
// each: a single manual finding on the province counts them, unless the province-wide totals stand for them.

/** How many agencies without figures the manual finding names before it stops. */
const NAMED = 5;

type Pair = 'workstations' | 'servers';
const PAIRS: readonly Pair[] = ['workstations', 'servers'];
const PROTECTED_FIELD = { workstations: 'workstationsProtected', servers: 'serversProtected' } as const;

/** One kind of computer as declared: the total and the protected count, either possibly missing. */
interface Figure {
  readonly pair: Pair;
  readonly total: number | undefined;
  readonly protected: number | undefined;
}

/** A figure with both numbers. */
interface Complete {
  readonly pair: Pair;
  readonly total: number;
  readonly protected: number;
}

const figuresOf = (e: EndpointCounts): Figure[] =>
  PAIRS.map((pair) => ({ pair, total: e[pair], protected: e[PROTECTED_FIELD[pair]] })).filter((f) => f.total !== undefined || f.protected !== undefined);

const joined = (list: readonly Text[], separator = ', '): Text => text(list.map((t) => t.vi).join(separator), list.map((t) => t.en).join(separator));

/** The share protected in percent, one decimal, never shown as 100 % while a computer is left out. */
function share(f: Complete): number {
  if (f.total === 0) return 100;
  const pct = Math.round((f.protected / f.total) * 1000) / 10;
  return f.protected < f.total ? Math.min(pct, 99.9) : pct;
}

const figureText = (f: Complete): Text =>
  msg(f.pair === 'servers' ? 'AGY-AM-01.servers' : 'AGY-AM-01.workstations', { protected: f.protected, total: f.total, share: share(f) });

const countText = (f: Figure, n: number): Text => msg(f.pair === 'servers' ? 'AGY-AM-01.n-servers' : 'AGY-AM-01.n-workstations', { n });

/** What is wrong with a figure that cannot be judged, or undefined when it can. */
function issueOf(f: Figure): Text | undefined {
  if (f.protected === undefined) return msg('AGY-AM-01.total-only', { count: countText(f, f.total!) });
  if (f.total === undefined) return msg('AGY-AM-01.protected-only', { count: countText(f, f.protected) });
  if (f.protected > f.total) return msg('AGY-AM-01.more-protected', { count: countText(f, f.total), protected: f.protected });
  return undefined;
}

/** When and where the figures were counted, as the tail of a message. */
function countedText(e: EndpointCounts): Text {
  const on = e.asOf !== undefined ? [text(`ngày ${viDate(e.asOf)}`, `counted on ${e.asOf}`)] : [];
  const per = e.reference !== undefined ? [text(`theo ${e.reference}`, `per ${e.reference}`)] : [];
  const parts = [...on, ...per];
  if (parts.length === 0) return text('', '');
  return text(`, số liệu ${parts.map((p) => p.vi).join(' ')}`, `, ${parts.map((p) => p.en).join(' ')}`);
}

/** Who the figures belong to, where they are declared and the level they are judged at. */
interface Holder {
  readonly who: Text;
  readonly target: string;
  readonly source: SourceRef;
  readonly level: number;
}

/** The outcome of one set of figures: fail on a computer left out, manual on figures that cannot be judged, else pass. */
function judge(h: Holder, e: EndpointCounts): Outcome {
  const base = { target: h.target, source: h.source, level: h.level };
  const figures = figuresOf(e);
  const complete = figures.filter((f): f is Complete => issueOf(f) === undefined);
  const short = complete.filter((f) => f.protected < f.total);
  const shown = complete.filter((f) => f.total > 0);
  const counted = countedText(e);
  const issues = figures.flatMap((f) => issueOf(f) ?? []);
  if (short.length > 0) {
    const gap = short.reduce((n, f) => n + f.total - f.protected, 0);
    const more =
      issues.length > 0
        ? text(`; ngoài ra hồ sơ khai báo ${joined(issues, '; ').vi}`, `; the inventory also declares ${joined(issues, '; ').en}`)
        : text('', '');
    return {
      ...base,
      status: 'fail',
      ...(h.level <= 2 ? { severity: 'warning' as const } : {}),
      path: ['spec', 'endpoints', PROTECTED_FIELD[short[0]!.pair]],
      message: msg('AGY-AM-01.fail', { who: h.who, gap, figures: joined(shown.map(figureText)), counted, more, level: h.level }),
    };
  }
  if (issues.length > 0) {
    return { ...base, status: 'manual', path: ['spec', 'endpoints'], message: msg('AGY-AM-01.partial', { who: h.who, issues: joined(issues, '; ') }) };
  }
  if (figures.length === 0 || shown.length === 0) {
    return {
      ...base,
      status: 'manual',
      path: ['spec', 'endpoints'],
      message: text(
        `${h.who.vi}: số liệu máy tính không nêu số máy trạm, máy chủ nào; cần số liệu thống kê của hệ thống quản lý tập trung phòng, chống mã độc, đối chiếu với danh mục máy tính.`,
        `${h.who.en}: the figures count no workstation or server; the statistics of the central anti-malware console, compared with the list of computers, are needed.`,
      ),
    };
  }
  return {
    ...base,
    status: 'pass',
    path: ['spec', 'endpoints'],
    message: msg('AGY-AM-01.pass', { who: h.who, figures: joined(shown.map(figureText)), counted }),
  };
}

/** The level an agency is judged at: that of the data-centre site its link terminates at (the primary site when it names none). */
function agencyLevel(ctx: ModelContext, a: Agency): number {
  const site = a.site ?? ctx.model.sites.find((s) => s.role === 'primary')?.name;
  return Math.max(1, site === undefined ? 0 : ctx.index.siteLevel(site));
}

/** The province-wide totals are judged at the highest level of the data-centre sites. */
const provinceLevel = (ctx: ModelContext): number => Math.max(1, ...ctx.model.sites.map((s) => ctx.index.siteLevel(s.name)));

/** The one manual finding for the agencies without figures, when no province-wide totals stand for them. */
function unreported(ctx: ModelContext, missing: readonly Agency[]): Outcome {
  const base = { target: 'province', source: ctx.model.province.source, path: ['spec'], level: provinceLevel(ctx), status: 'manual' as const };
  if (missing.length === 0) {
    return {
      ...base,
      message: text(
        'Hồ sơ không khai báo cơ quan nào cũng như số liệu toàn tỉnh về máy tính và phần mềm phòng, chống mã độc; cần số liệu thống kê của hệ thống quản lý tập trung phòng, chống mã độc, đối chiếu với danh mục máy tính của từng cơ quan.',
        'The inventory declares no agency and no province-wide computer or anti-malware figures; the statistics of the central anti-malware console, compared with the list of computers of each agency, are needed.',
      ),
    };
  }
  const more = missing.length > NAMED ? ', …' : '';
  const named = text(
    missing
      .slice(0, NAMED)
      .map((a) => a.title)
      .join(', ') + more,
    missing
      .slice(0, NAMED)
      .map((a) => a.name)
      .join(', ') + more,
  );
  return { ...base, message: msg('AGY-AM-01.unreported', { n: missing.length, named }) };
}

function check(ctx: ModelContext): Outcome[] {
  const out: Outcome[] = [];
  for (const a of ctx.model.agencies) {
    if (a.endpoints === undefined) continue;
    const who = text(a.title, `${a.title} (${a.name})`);
    out.push(judge({ who, target: `agencies/${a.name}`, source: a.source, level: agencyLevel(ctx, a) }, a.endpoints));
  }
  const totals = ctx.model.province.endpoints;
  if (totals !== undefined) {
    const who = text('Số liệu toàn tỉnh', 'Province-wide totals');
    out.push(judge({ who, target: 'province', source: ctx.model.province.source, level: provinceLevel(ctx) }, totals));
    return out;
  }
  const missing = ctx.model.agencies.filter((a) => a.endpoints === undefined);
  if (missing.length > 0 || out.length === 0) out.push(unreported(ctx, missing));
  return out;
}

export const AGY_AM_01: ModelRule = {
  id: 'AGY-AM-01',
  title: text(
    'Phần mềm phòng, chống mã độc được cài đặt trên mọi máy chủ, máy trạm của các cơ quan',
    'Anti-malware protection on every server and workstation of the agencies',
  ),
  domain: 'host',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('có giải pháp (chấp nhận tương đương)', 'a solution (equivalent accepted)'),
    2: text('có giải pháp (chấp nhận tương đương)', 'a solution (equivalent accepted)'),
    3: text('sản phẩm có chức năng quản lý tập trung', 'a centrally managed product'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–II', item: 'II.1.b.iii', levels: [1, 2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xiii', levels: [3, 4, 5] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'I.1.5.5', levels: [3, 4, 5] },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.2.5' },
    ...tcvn11930ByLevel('2.2.5', [1, 2, 3, 4, 5]),
    { doc: 'tt06-2026-bkhcn', article: '8', clause: '3', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Văn bản yêu cầu phương án phòng, chống mã độc cho máy chủ, máy trạm (Thông tư số 12/2022/TT-BTTTT: sản phẩm hoặc phương án tương đương ở cấp độ 1–2, sản phẩm có chức năng quản lý tập trung từ cấp độ 3) và giải pháp phòng, chống mã độc trong các vùng mạng nội bộ của cơ quan kết nối mạng truyền số liệu chuyên dùng (Thông tư số 06/2026/TT-BKHCN, có hiệu lực từ ngày 30/03/2026, nên chỉ được trích dẫn theo bộ quy tắc của Nghị định số 331/2026/NĐ-CP). Việc đếm từng máy tính của cơ quan và coi một máy chưa được bảo vệ là chưa đạt là cách hiểu của hatang; mức lỗi từ cấp độ 3 vì từ cấp độ đó văn bản bắt buộc sản phẩm có quản lý tập trung, dưới cấp độ 3 là cảnh báo vì văn bản chấp nhận phương án tương đương. Cơ quan được đánh giá ở cấp độ của trung tâm dữ liệu nơi kết nối của cơ quan kết cuối (trung tâm chính khi không khai báo); số liệu toàn tỉnh ở cấp độ cao nhất của các trung tâm dữ liệu.',
    "The texts require anti-malware for servers and workstations (Circular 12/2022: a product or an equivalent solution at levels 1–2, a centrally managed product from level 3) and an anti-malware solution in the internal zones of an agency connected to the government data network (Circular 06/2026/TT-BKHCN, in force from 2026-03-30, hence cited under the Decree 331/2026 rule-set only). Counting each agency's computers and treating one unprotected computer as a failure is the toolkit's reading; it is an error from level 3, where the texts require a centrally managed product, and a warning below, where they accept an equivalent solution. An agency is judged at the level of the data-centre site its link terminates at (the primary site when it names none); the province-wide totals at the highest level of the data-centre sites.",
  ),
  remediation: text(
    'Cài đặt phần mềm phòng, chống mã độc có quản lý tập trung trên mọi máy chủ, máy trạm còn thiếu, rồi khai báo số liệu `endpoints` (`workstations`, `workstationsProtected`, `servers`, `serversProtected`, `asOf`, `reference`) của từng cơ quan, hoặc số liệu toàn tỉnh trong tài liệu khai báo tỉnh.',
    'Install centrally managed anti-malware on every server and workstation still without it, then declare the `endpoints` figures (`workstations`, `workstationsProtected`, `servers`, `serversProtected`, `asOf`, `reference`) of each agency, or the province-wide totals on the Province.',
  ),
  evidence: [
    text(
      'số liệu thống kê của hệ thống quản lý tập trung phòng, chống mã độc: số máy chủ, máy trạm được cài đặt và cập nhật, theo từng cơ quan',
      'the statistics of the central anti-malware console: servers and workstations with the protection installed and up to date, per agency',
    ),
    text(
      'danh mục máy chủ, máy trạm của từng cơ quan, đối chiếu với số liệu trên',
      'the list of servers and workstations of each agency, compared with those statistics',
    ),
  ],
  scope: 'model',
  check,
};
