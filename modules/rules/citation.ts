// Structured citations: every clause a rule enforces is a document of the registry below plus where in it (article,
// clause, point, annex, item), limited to some levels or rule-sets where the texts differ. Rendered once, here, in
// the Vietnamese legal form ("điểm c khoản 2 Điều 20 Nghị định số 85/2016/NĐ-CP") and in English
// ("Decree 85/2016/ND-CP Art. 20(2)(c)"). How sure a rule is of its reading is data too (`Confidence`), never prose
// inside a citation.
import type { FindingCitation, FindingConfidence, Lang, Text } from '../model/index.js';
import type { Level, RulesetId } from './ids.js';

/** How a document is cited: Vietnamese legal texts and national standards name the part first, specifications after. */
export type DocumentKind = 'legal' | 'standard' | 'specification';

export interface DocumentInfo {
  /** The name in the Vietnamese legal form, e.g. `Nghị định số 85/2016/NĐ-CP`. */
  readonly vi: string;
  /** The English name, e.g. `Decree 85/2016/ND-CP`. */
  readonly en: string;
  readonly kind: DocumentKind;
}

const legal = (vi: string, en: string): DocumentInfo => ({ vi, en, kind: 'legal' });
const standard = (name: string): DocumentInfo => ({ vi: name, en: name, kind: 'standard' });
const spec = (vi: string, en: string = vi): DocumentInfo => ({ vi, en, kind: 'specification' });

/** Every document a rule cites. Add one entry here (id, Vietnamese legal name, English name) before citing a new text. */
export const DOCUMENTS = {
  'luat116-2025': legal('Luật An ninh mạng số 116/2025/QH15', 'Cybersecurity Law 116/2025/QH15'),
  'luat72-2025': legal('Luật Tổ chức chính quyền địa phương số 72/2025/QH15', 'Law on Local Government Organisation 72/2025/QH15'),
  'nd85-2016': legal('Nghị định số 85/2016/NĐ-CP', 'Decree 85/2016/ND-CP'),
  'nd331-2026': legal('Nghị định số 331/2026/NĐ-CP', 'Decree 331/2026/ND-CP'),
  'tt12-2022': legal('Thông tư số 12/2022/TT-BTTTT', 'Circular 12/2022'),
  'tt31-2017': legal('Thông tư số 31/2017/TT-BTTTT', 'Circular 31/2017'),
  'tt20-2017': legal('Thông tư số 20/2017/TT-BTTTT', 'Circular 20/2017'),
  'tt19-2023': legal('Thông tư số 19/2023/TT-BTTTT', 'Circular 19/2023'),
  'tt06-2026-bkhcn': legal('Thông tư số 06/2026/TT-BKHCN', 'Circular 06/2026/TT-BKHCN'),
  'tt09-2020-nhnn': legal('Thông tư số 09/2020/TT-NHNN', 'State Bank Circular 09/2020/TT-NHNN'),
  'tt23-2022': legal('Thông tư số 23/2022/TT-BTTTT', 'Circular 23/2022'),
  'luat29-2018': legal('Luật Bảo vệ bí mật nhà nước số 29/2018/QH14', 'Law on Protection of State Secrets 29/2018/QH14'),
  'qd05-2017': legal('Quyết định số 05/2017/QĐ-TTg', 'Decision 05/2017/QD-TTg'),
  'qd742-2022': legal('Quyết định số 742/QĐ-BTTTT năm 2022', 'Decision 742/QD-BTTTT (2022)'),
  'qd38-2021': legal('Quyết định số 38/QĐ-BTTTT ngày 14/01/2021', 'Decision 38/QD-BTTTT (2021)'),
  'qd19-2025': legal('Quyết định số 19/2025/QĐ-TTg', 'Decision 19/2025/QD-TTg'),
  'nq202-2025': legal('Nghị quyết số 202/2025/QH15', 'Resolution 202/2025/QH15'),
  'qd1562-2025': legal('Quyết định số 1562/QĐ-TTg ngày 18/7/2025', 'Decision 1562/QD-TTg (2025)'),
  'qd33-2025': legal('Quyết định số 33/2025/QĐ-TTg', 'Decision 33/2025/QD-TTg'),
  'qd124-2004': legal('Quyết định số 124/2004/QĐ-TTg', 'Decision 124/2004/QD-TTg'),
  'ct14-2019': legal('Chỉ thị số 14/CT-TTg ngày 07/6/2019', 'Directive 14/CT-TTg (2019)'),
  'cv1552-2020': legal('Công văn số 1552/BTTTT-CATTT ngày 28/4/2020', 'Official letter 1552/BTTTT-CATTT (2020)'),
  'tcvn11930-2017': standard('TCVN 11930:2017'),
  'tcvn14423-2026': standard('TCVN 14423:2026'),
  'tcvn9250-2021': standard('TCVN 9250:2021'),
  'qcvn32-2020': standard('QCVN 32:2020/BTTTT'),
  'qcvn9-2016': standard('QCVN 9:2016/BTTTT'),
  'qcvn06-2022': standard('QCVN 06:2022/BXD'),
  'tia942b-2017': spec('ANSI/TIA-942-B:2017'),
  rfc791: spec('RFC 791'),
  rfc919: spec('RFC 919'),
  rfc950: spec('RFC 950'),
  rfc1112: spec('RFC 1112'),
  rfc1122: spec('RFC 1122'),
  rfc2526: spec('RFC 2526'),
  rfc2544: spec('RFC 2544'),
  rfc3021: spec('RFC 3021'),
  rfc3849: spec('RFC 3849'),
  rfc3927: spec('RFC 3927'),
  rfc4193: spec('RFC 4193'),
  rfc4291: spec('RFC 4291'),
  rfc5737: spec('RFC 5737'),
  rfc5771: spec('RFC 5771'),
  rfc6164: spec('RFC 6164'),
  rfc6598: spec('RFC 6598'),
  rfc6890: spec('RFC 6890'),
  rfc7421: spec('RFC 7421'),
  'ieee802.1q': spec('IEEE 802.1Q'),
  'ripe-690': spec('RIPE-690'),
  'ripe-ipv6-plan': spec('Tài liệu "Preparing an IPv6 Address Plan" của RIPE NCC', 'RIPE NCC, Preparing an IPv6 Address Plan'),
  'k8s-networking': spec('Tài liệu "Cluster Networking" của Kubernetes', 'Kubernetes documentation, Cluster Networking'),
  'hatang-addressing': spec('Quy ước quy hoạch địa chỉ của hatang (docs/addressing.md)', 'hatang addressing conventions (docs/addressing.md)'),
  'hatang-dr': spec('Mô hình dự phòng và khôi phục sau thảm họa của hatang (docs/dr.md)', 'hatang disaster-recovery model (docs/dr.md)'),
  'hatang-inventory': spec(
    'Quy ước khởi tạo mô hình hạ tầng của hatang (docs/inventory.md, mục "Starting a new province")',
    'hatang starting inventory (docs/inventory.md, "Starting a new province")',
  ),
  'hatang-waivers': spec(
    'Quy ước chấp nhận rủi ro tạm thời của hatang (docs/inventory.md mục 3.9)',
    'hatang temporary risk acceptance (waivers, docs/inventory.md §3.9)',
  ),
} as const satisfies Record<string, DocumentInfo>;

export type DocumentId = keyof typeof DOCUMENTS;

/** One clause a rule cites: a document of `DOCUMENTS` and where in it, for some levels or rule-sets only where the texts differ. */
export interface Citation extends FindingCitation {
  readonly doc: DocumentId;
  /** Điều: '20', or a range '6–11'. */
  readonly article?: string;
  /** Khoản: '2'. */
  readonly clause?: string;
  /** Điểm: 'c', 'đ'. */
  readonly point?: string;
  /** Phụ lục: 'III', or a range 'I–V'. */
  readonly annex?: string;
  /** Mục of an annex or a clause of a standard ('II.1.b.iv', '7.2.1.4'), a section of a specification ('4.1'). */
  readonly item?: string;
  /** Only at these levels (absent: every level of the rule). */
  readonly levels?: readonly Level[];
  /** Only under these rule-sets (absent: all). */
  readonly rulesets?: readonly RulesetId[];
}

/**
 * How sure a rule (or a number) is of what it requires: `verified` read in the text itself; `practice` a good-practice
 * default no text sets; `unverified` a number or reading from a secondary or unattributed source.
 */
export type Confidence = FindingConfidence;
export const CONFIDENCES: readonly Confidence[] = ['verified', 'practice', 'unverified'];

/** The words shown for a confidence ("Mức tin cậy" in Vietnamese documents); never the enum value. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, Text>> = {
  verified: { vi: 'đã kiểm chứng', en: 'verified' },
  practice: { vi: 'thực tiễn tốt (không có quy định bắt buộc)', en: 'good practice (no mandatory rule)' },
  unverified: { vi: 'chưa kiểm chứng', en: 'unverified' },
};

/** What each confidence means, for the one place a document explains it. */
export const CONFIDENCE_MEANINGS: Readonly<Record<Confidence, Text>> = {
  verified: {
    vi: 'yêu cầu và mọi số liệu quy tắc dùng đều đọc được trong văn bản được trích dẫn',
    en: 'the requirement and every number the rule uses were read in the text it cites',
  },
  practice: {
    vi: 'không văn bản nào quy định; quy tắc hoặc số liệu là mặc định theo thực tiễn tốt, có thể điều chỉnh',
    en: 'no text sets it; the rule or the number is a good-practice default that can be adjusted',
  },
  unverified: {
    vi: 'số liệu hoặc cách hiểu lấy từ nguồn thứ cấp (bản tóm tắt, bảng kiểm), chưa đối chiếu được với văn bản gốc',
    en: 'a number or reading comes from a secondary source (a summary, a checklist) not yet checked against the text itself',
  },
};

/** The weakest of several confidences: unverified if any is, else practice if any is, else verified. */
export function weakestConfidence(list: readonly Confidence[]): Confidence {
  if (list.includes('unverified')) return 'unverified';
  return list.includes('practice') ? 'practice' : 'verified';
}

const RANGE = '–';
const isRange = (s: string) => s.includes(RANGE);
const ends = (s: string): [string, string] => {
  const [a, b] = s.split(RANGE);
  return [a!.trim(), (b ?? a)!.trim()];
};

/** The part of a Vietnamese legal text, smallest first: "mục II.1.b.iv Phụ lục III", "điểm c khoản 2 Điều 20". */
function partsVi(c: FindingCitation): string[] {
  const parts: string[] = [];
  if (c.item !== undefined) parts.push(`mục ${c.item}`);
  if (c.point !== undefined) parts.push(`điểm ${c.point}`);
  if (c.clause !== undefined) parts.push(isRange(c.clause) ? `các khoản từ ${ends(c.clause).join(' đến ')}` : `khoản ${c.clause}`);
  if (c.article !== undefined) parts.push(isRange(c.article) ? `từ Điều ${ends(c.article).join(' đến Điều ')}` : `Điều ${c.article}`);
  if (c.annex !== undefined) parts.push(isRange(c.annex) ? `các Phụ lục từ ${ends(c.annex).join(' đến ')}` : `Phụ lục ${c.annex}`);
  return parts;
}

/** The part in English: "Art. 20(2)(c)", "Annex III item II.1.b.iv". */
function partsEn(c: FindingCitation): string[] {
  const parts: string[] = [];
  if (c.article !== undefined) {
    const sub = `${c.clause !== undefined ? `(${c.clause})` : ''}${c.point !== undefined ? `(${c.point})` : ''}`;
    parts.push(isRange(c.article) ? `Arts. ${c.article}${sub}` : `Art. ${c.article}${sub}`);
  }
  if (c.annex !== undefined) parts.push(isRange(c.annex) ? `Annexes ${c.annex}` : `Annex ${c.annex}`);
  if (c.item !== undefined) parts.push(`item ${c.item}`);
  return parts;
}

/** The document a citation names; undefined for an id outside the registry (a test guards against it). */
export function documentOf(c: FindingCitation): DocumentInfo | undefined {
  return Object.prototype.hasOwnProperty.call(DOCUMENTS, c.doc) ? (DOCUMENTS as Record<string, DocumentInfo>)[c.doc] : undefined;
}

/**
 * A citation in the Vietnamese legal form ("điểm c khoản 2 Điều 20 Nghị định số 85/2016/NĐ-CP", "mục 7.2.1.4
 * TCVN 11930:2017", "RFC 4193 mục 4.1") or in English ("Decree 85/2016/ND-CP Art. 20(2)(c)", "Circular 12/2022 Annex III
 * item II.1.b.iv", "TCVN 11930:2017 §7.2.1.4", "RFC 4193 §4.1").
 */
export function renderCitation(c: FindingCitation, lang: Lang): string {
  const doc = documentOf(c) ?? { vi: c.doc, en: c.doc, kind: 'specification' as const };
  if (lang === 'vi') {
    if (doc.kind === 'specification') return [doc.vi, ...(c.item !== undefined ? [`mục ${c.item}`] : [])].join(' ');
    return [...partsVi(c), doc.vi].join(' ');
  }
  if (doc.kind === 'legal') return [doc.en, ...partsEn(c)].join(' ');
  return [doc.en, ...(c.item !== undefined ? [`§${c.item}`] : [])].join(' ');
}

/** A citation as findings carry it: without the levels and rule-sets it was declared for. */
export function citationOf(c: Citation): FindingCitation {
  const { levels: _levels, rulesets: _rulesets, ...rest } = c;
  return rest;
}

/** Roman numerals of the annexes of Circular 12/2022, one per level (Annex I = level 1 … Annex V = level 5). */
export const ANNEX_OF_LEVEL: Readonly<Record<Level, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' };

/**
 * The TCVN 11930:2017 clause of each level for a clause numbered the same way at every level: the first digit is
 * 5 at level 1 … 9 at level 5 (`tcvn11930ByLevel('2.1.2', [1, 2])` gives 5.2.1.2 at level 1 and 6.2.1.2 at level 2).
 */
export function tcvn11930ByLevel(rest: string, levels: readonly Level[], rulesets?: readonly RulesetId[]): Citation[] {
  return levels.map((l) => ({ doc: 'tcvn11930-2017', item: `${l + 4}.${rest}`, levels: [l], ...(rulesets ? { rulesets } : {}) }));
}

/** Citations rendered in one language, each once, in declaration order. */
export function renderCitations(list: readonly FindingCitation[], lang: Lang): string[] {
  return [...new Set(list.map((c) => renderCitation(c, lang)))];
}

/** The same citations without repeats (same document, place, levels and rule-sets), in first-seen order. */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = JSON.stringify([c.doc, c.article, c.clause, c.point, c.annex, c.item, c.levels, c.rulesets]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
