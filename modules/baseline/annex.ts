// The rows of TT 12/2022/TT-BTTTT Annexes I–V as data: one annex per security level, each a full list for its level
// (Art. 10; not cumulative by reference). Part I holds the management requirements (1.1–1.7), Part II the technical
// ones: II.1.a network zones, II.1.b design measures, II.2 configuration (network, server, application, data, each
// mapped by the annex to a clause of TCVN 11930:2017). Every row names the rules that check it and, where no rule
// decides it, the evidence an auditor must see. Titles and per-level texts are paraphrases, not quotations.
import { text as t, type Text } from '../model/index.js';
import { ANNEX_OF_LEVEL, type Citation } from '../rules/index.js';
import type { Level } from './rule.js';

export type AnnexPart = 'management' | 'technical';

/**
 * - `management`: a row of Part I (organisation, procedures, plans);
 * - `plan`: a design measure the annex asks of every system of the level ("có phương án …", the network zones); where
 *   the annex also names a product, it does so under a condition or accepts an equivalent at some level;
 * - `product`: a design measure that names a product category for every system of each level listing the row;
 * - `config`: a configuration item of Part II.2, detailed by the TCVN 11930:2017 clause the annex maps it to.
 */
export type AnnexKind = 'management' | 'plan' | 'product' | 'config';

export interface AnnexGroup {
  /** `I.1.5`, `II.1.a`, `II.2.1.1`. */
  readonly id: string;
  readonly part: AnnexPart;
  readonly title: Text;
}

export interface AnnexManual {
  /** What an auditor must see. */
  readonly evidence: readonly Text[];
  /**
   * The rules check only part of the row: it stays a manual check until the evidence has been seen, even when every
   * rule passes. Absent: the evidence is asked for only when no rule decides the row for the system.
   */
  readonly always?: boolean;
}

export interface AnnexRow {
  /** Stable id: the item's number in Annex V, the fullest list (`I.1.5.8`, `II.1.b.vii`, `II.2.1.4.3`). */
  readonly id: string;
  readonly part: AnnexPart;
  readonly group: AnnexGroup;
  readonly title: Text;
  /** Levels whose annex contains the row. */
  readonly levels: readonly Level[];
  /** The item's number in the annex of each of those levels (it differs between annexes for some rows). */
  readonly items: Readonly<Partial<Record<Level, string>>>;
  /** What the annex of a level says where it differs from the title (the product and its condition). */
  readonly perLevel?: Readonly<Partial<Record<Level, Text>>>;
  /** One citation of the annex item per level, and the TCVN 11930:2017 clause the annex maps it to, if any. */
  readonly citations: readonly Citation[];
  readonly kind: AnnexKind;
  /** Rules that check the row (a rule not in the rule-set in use is left out when the grid is made). */
  readonly rules: readonly string[];
  readonly manual?: AnnexManual;
}

const group = (id: string, part: AnnexPart, vi: string, en: string): AnnexGroup => ({ id, part, title: t(vi, en) });

export const ANNEX_GROUPS = {
  policy: group('I.1.1', 'management', 'Thiết lập chính sách an toàn thông tin', 'Information security policy'),
  organisation: group('I.1.2', 'management', 'Tổ chức bảo đảm an toàn thông tin', 'Security organisation'),
  people: group('I.1.3', 'management', 'Bảo đảm nguồn nhân lực', 'Human resources'),
  design: group('I.1.4', 'management', 'Quản lý thiết kế, xây dựng hệ thống', 'Design and build management'),
  operations: group('I.1.5', 'management', 'Quản lý vận hành hệ thống', 'Operations management'),
  risk: group('I.1.6', 'management', 'Phương án quản lý rủi ro an toàn thông tin', 'Information security risk management plan'),
  end: group('I.1.7', 'management', 'Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ', 'End of operation, disposal and destruction plan'),
  zones: group('II.1.a', 'technical', 'Thiết kế các vùng mạng', 'Network zones'),
  measures: group('II.1.b', 'technical', 'Phương án thiết kế bảo đảm an toàn', 'Security design measures'),
  network: group('II.2.1.1', 'technical', 'Thiết lập, cấu hình: bảo đảm an toàn mạng', 'Configuration: network security'),
  server: group('II.2.1.2', 'technical', 'Thiết lập, cấu hình: bảo đảm an toàn máy chủ', 'Configuration: server security'),
  application: group('II.2.1.3', 'technical', 'Thiết lập, cấu hình: bảo đảm an toàn ứng dụng', 'Configuration: application security'),
  data: group('II.2.1.4', 'technical', 'Thiết lập, cấu hình: bảo đảm an toàn dữ liệu', 'Configuration: data security'),
} as const satisfies Record<string, AnnexGroup>;

type GroupKey = keyof typeof ANNEX_GROUPS;

const ALL: readonly Level[] = [1, 2, 3, 4, 5];
const FROM2: readonly Level[] = [2, 3, 4, 5];
const FROM3: readonly Level[] = [3, 4, 5];
const FROM4: readonly Level[] = [4, 5];

/** The TCVN 11930:2017 clause the annex of `level` maps an item to (§5 is level 1 … §9 level 5); II.1 items have none. */
export function tcvnClause(item: string, level: Level): string | undefined {
  const section = level + 4;
  const management = /^I\.1\.(\d)\.(\d)$/.exec(item);
  if (management) return `${section}.1.${management[1]}.${management[2]}`;
  const config = /^II\.2\.1\.(\d)\.(\d)$/.exec(item);
  if (!config) return undefined;
  // The annexes' network table starts at TCVN x.2.1.2 (x.2.1.1 is not listed there): 1.1.n maps to x.2.1.(n+1).
  const g = Number(config[1]);
  return `${section}.2.${g}.${Number(config[2]) + (g === 1 ? 1 : 0)}`;
}

interface Spec {
  readonly id: string;
  readonly group: GroupKey;
  readonly title: Text;
  readonly levels: readonly Level[];
  readonly kind: AnnexKind;
  readonly rules: readonly string[];
  /** The item in the annexes where it is not the id. */
  readonly items?: Readonly<Partial<Record<Level, string>>>;
  readonly perLevel?: Readonly<Partial<Record<Level, Text>>>;
  readonly manual?: AnnexManual;
}

function row(s: Spec): AnnexRow {
  const items: Partial<Record<Level, string>> = {};
  for (const l of s.levels) items[l] = s.items?.[l] ?? s.id;
  const citations = s.levels.flatMap((l): Citation[] => {
    const item = items[l]!;
    const tcvn = tcvnClause(item, l);
    const annex: Citation = { doc: 'tt12-2022', annex: ANNEX_OF_LEVEL[l], item, levels: [l] };
    return tcvn ? [annex, { doc: 'tcvn11930-2017', item: tcvn, levels: [l] }] : [annex];
  });
  const g = ANNEX_GROUPS[s.group];
  return {
    id: s.id,
    part: g.part,
    group: g,
    title: s.title,
    levels: s.levels,
    items,
    ...(s.perLevel ? { perLevel: s.perLevel } : {}),
    citations,
    kind: s.kind,
    rules: s.rules,
    ...(s.manual ? { manual: s.manual } : {}),
  };
}

const ev = (vi: string, en: string): AnnexManual => ({ evidence: [t(vi, en)] });
/** A title inside a sentence: its first letter in lower case, unless it starts an abbreviation (DMZ). */
const lowerFirst = (s: string): string => (/^.\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const always = (...evidence: Text[]): AnnexManual => ({ evidence, always: true });

/** The management rows (Part I). */
const MANAGEMENT: readonly Spec[] = [
  {
    id: 'I.1.1.1',
    group: 'policy',
    title: t('Chính sách an toàn thông tin', 'Information security policy'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-POL-02', 'GOV-POL-01'],
    manual: ev(
      'Quy chế bảo đảm an toàn thông tin của hệ thống, đáp ứng yêu cầu quản lý của cấp độ, do cấp có thẩm quyền ban hành',
      'The security regulation of the system, meeting the management requirements of its level, issued by the competent authority',
    ),
  },
  {
    id: 'I.1.1.2',
    group: 'policy',
    title: t('Xây dựng và công bố chính sách', 'Drafting and publishing the policy'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-POL-02', 'GOV-POL-01'],
    manual: ev(
      'Quyết định ban hành Quy chế và văn bản phổ biến Quy chế tới các đơn vị, cá nhân có liên quan',
      'The decision issuing the regulation and the document circulating it to the units and people concerned',
    ),
  },
  {
    id: 'I.1.1.3',
    group: 'policy',
    title: t('Rà soát, sửa đổi chính sách', 'Reviewing and amending the policy'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-POL-02'],
    manual: ev(
      'Văn bản rà soát Quy chế gần nhất và các quyết định sửa đổi, bổ sung (nếu có)',
      'The record of the latest review of the regulation and any amending decisions',
    ),
  },
  {
    id: 'I.1.2.1',
    group: 'organisation',
    title: t('Đơn vị chuyên trách về an toàn thông tin', 'Specialised information security unit'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-ORG-01'],
    manual: always(
      t(
        'Quyết định thành lập hoặc giao nhiệm vụ cho đơn vị, bộ phận chuyên trách về an toàn thông tin',
        'The decision establishing or designating the specialised information security unit',
      ),
    ),
  },
  {
    id: 'I.1.2.2',
    group: 'organisation',
    title: t('Phối hợp với cơ quan, tổ chức có thẩm quyền', 'Coordination with competent authorities'),
    levels: ALL,
    kind: 'management',
    rules: [],
    manual: ev(
      'Văn bản xác định đầu mối và cơ chế phối hợp với cơ quan, tổ chức có thẩm quyền trong bảo đảm an toàn thông tin',
      'The document naming the contact point and the arrangements for coordinating with competent authorities',
    ),
  },
  {
    id: 'I.1.3.1',
    group: 'people',
    title: t('Tuyển dụng', 'Recruitment'),
    levels: ALL,
    kind: 'management',
    rules: [],
    manual: ev(
      'Quy định về yêu cầu an toàn thông tin khi tuyển dụng người quản trị, vận hành hệ thống',
      'The rules on security requirements when recruiting the people who administer and operate the system',
    ),
  },
  {
    id: 'I.1.3.2',
    group: 'people',
    title: t('Bảo đảm an toàn thông tin trong quá trình làm việc', 'Security during employment'),
    levels: ALL,
    kind: 'management',
    rules: ['OPS-TRAIN-01'],
    manual: always(
      t('Quy định trách nhiệm bảo đảm an toàn thông tin của người lao động trong quá trình làm việc', 'The security duties of staff during employment'),
      t('Hồ sơ đào tạo, phổ biến, nâng cao nhận thức về an toàn thông tin', 'Records of security training and awareness'),
    ),
  },
  {
    id: 'I.1.3.3',
    group: 'people',
    title: t('Chấm dứt hoặc thay đổi công việc', 'Termination or change of duties'),
    levels: ALL,
    kind: 'management',
    rules: [],
    manual: ev(
      'Quy trình thu hồi tài khoản, quyền truy cập và tài sản khi người lao động nghỉ việc hoặc chuyển công việc',
      'The procedure for withdrawing accounts, access rights and assets when staff leave or change duties',
    ),
  },
  {
    id: 'I.1.4.1',
    group: 'design',
    title: t('Thiết kế an toàn hệ thống thông tin', 'Secure design of the information system'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-DOSSIER-01'],
    manual: always(
      t(
        'Hồ sơ thiết kế hệ thống thể hiện phương án bảo đảm an toàn thông tin theo cấp độ đã được phê duyệt trong Hồ sơ đề xuất cấp độ',
        'The system design showing the security plan for the level as approved in the level dossier',
      ),
    ),
  },
  {
    id: 'I.1.4.2',
    group: 'design',
    title: t('Phát triển phần mềm thuê khoán', 'Outsourced software development'),
    levels: FROM2,
    kind: 'management',
    rules: ['APP-SDLC-01'],
    manual: always(
      t(
        'Yêu cầu an toàn thông tin trong hợp đồng phát triển phần mềm thuê khoán và hồ sơ quản lý, giám sát bên phát triển',
        'The security requirements in the outsourced development contract and the records of managing the developer',
      ),
    ),
  },
  {
    id: 'I.1.4.3',
    group: 'design',
    title: t('Thử nghiệm và nghiệm thu hệ thống', 'Testing and acceptance of the system'),
    levels: ALL,
    items: { 1: 'I.1.4.2' },
    kind: 'management',
    rules: ['GOV-GOLIVE-01', 'OPS-PREOP-01'],
    manual: always(
      t(
        'Biên bản thử nghiệm, nghiệm thu hệ thống có nội dung kiểm tra các biện pháp bảo đảm an toàn thông tin trước khi đưa vào vận hành',
        'The test and acceptance records, including the check of the security measures before go-live',
      ),
    ),
  },
  ...operationRows(),
  {
    id: 'I.1.6',
    group: 'risk',
    title: t('Phương án quản lý rủi ro an toàn thông tin', 'Information security risk management plan'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-RISKPLAN-01', 'GOV-RISK-01'],
    manual: ev(
      'Phương án quản lý rủi ro an toàn thông tin của hệ thống đã được phê duyệt và kết quả đánh giá rủi ro gần nhất',
      'The approved information security risk management plan of the system and the latest risk assessment',
    ),
  },
  {
    id: 'I.1.7',
    group: 'end',
    title: t('Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống', 'Plan for ending operation, disposal and destruction of the system'),
    levels: ALL,
    kind: 'management',
    rules: ['GOV-DECOM-01'],
    manual: ev(
      'Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống, trong đó có việc xử lý dữ liệu và thiết bị',
      'The plan for ending operation, disposing of and destroying the system, including how data and equipment are handled',
    ),
  },
];

/** Item 1.5 (operations management): three items at level 1, five at level 2, nine from level 3, numbered differently. */
function operationRows(): Spec[] {
  const procedure = (vi: string, en: string): AnnexManual =>
    ev(`Quy trình ${vi} đã ban hành và hồ sơ thực hiện`, `The issued procedure for ${en} and the records of applying it`);
  return [
    { id: 'I.1.5.1', title: t('Quản lý an toàn mạng', 'Network security management'), levels: ALL, rules: ['OPS-CHG-01'] },
    { id: 'I.1.5.2', title: t('Quản lý an toàn máy chủ và ứng dụng', 'Server and application security management'), levels: ALL, rules: ['OPS-CHG-01'] },
    { id: 'I.1.5.3', title: t('Quản lý an toàn dữ liệu', 'Data security management'), levels: ALL, rules: [] },
    { id: 'I.1.5.4', title: t('Quản lý an toàn thiết bị đầu cuối', 'Endpoint device security management'), levels: FROM3, rules: [] },
    { id: 'I.1.5.5', title: t('Quản lý phòng chống phần mềm độc hại', 'Malware protection management'), levels: FROM3, rules: [] },
    { id: 'I.1.5.6', title: t('Quản lý giám sát an toàn hệ thống thông tin', 'Security monitoring management'), levels: FROM3, rules: ['MON-SIEM-01'] },
    { id: 'I.1.5.7', title: t('Quản lý điểm yếu an toàn thông tin', 'Vulnerability management'), levels: FROM3, rules: ['OPS-VULN-01'] },
    {
      id: 'I.1.5.8',
      title: t('Quản lý sự cố an toàn thông tin', 'Security incident management'),
      levels: FROM2,
      items: { 2: 'I.1.5.4' },
      rules: ['OPS-IR-01'],
    },
    {
      id: 'I.1.5.9',
      title: t('Quản lý an toàn người sử dụng đầu cuối', 'End-user security management'),
      levels: FROM2,
      items: { 2: 'I.1.5.5' },
      rules: [],
    },
  ].map((r) => ({
    ...r,
    group: 'operations' as const,
    kind: 'management' as const,
    manual: { ...procedure(lowerFirst(r.title.vi), lowerFirst(r.title.en)), always: true },
  }));
}

/** Part II.1.a: the minimum network zones. */
const ZONES: readonly Spec[] = (
  [
    ['i', 'NET-ZONE-01', ALL, 'Vùng mạng nội bộ', 'Internal network zone'],
    ['ii', 'NET-ZONE-02', ALL, 'Vùng mạng biên', 'Edge zone'],
    ['iii', 'NET-ZONE-03', ALL, 'Vùng DMZ', 'DMZ'],
    ['iv', 'NET-ZONE-04', FROM2, 'Vùng máy chủ nội bộ', 'Internal server zone'],
    [
      'v',
      'NET-ZONE-05',
      FROM2,
      'Vùng mạng không dây (nếu có) tách riêng, độc lập với các vùng mạng khác',
      'Wireless zone, if any, separate from the other zones',
    ],
    ['vi', 'NET-ZONE-06', FROM3, 'Vùng mạng máy chủ cơ sở dữ liệu', 'Database server zone'],
    ['vii', 'NET-ZONE-07', FROM3, 'Vùng quản trị', 'Management zone'],
    ['viii', 'NET-ZONE-08', FROM4, 'Vùng quản trị thiết bị hệ thống', 'System device management zone'],
  ] as const
).map(([n, rule, levels, vi, en]): Spec => ({
  id: `II.1.a.${n}`,
  group: 'zones',
  title: t(vi, en),
  levels,
  kind: 'plan',
  rules: [rule],
  manual: ev(
    `Sơ đồ quy hoạch vùng mạng trong Hồ sơ đề xuất cấp độ thể hiện ${lowerFirst(vi)}`,
    `The zone plan of the level dossier showing the ${lowerFirst(en)}`,
  ),
}));

const plan = (vi: string, en: string): AnnexManual =>
  ev(
    `Phương án ${vi} trong Hồ sơ đề xuất cấp độ đã được phê duyệt và hồ sơ triển khai`,
    `The plan for ${en} in the approved level dossier and its implementation records`,
  );

/** Part II.1.b items i–vi. */
const MEASURES_1: readonly Spec[] = [
  {
    id: 'II.1.b.i',
    group: 'measures',
    title: t('Quản lý truy cập, quản trị hệ thống từ xa an toàn', 'Secure remote access and administration'),
    levels: ALL,
    kind: 'plan',
    rules: ['NET-RA-01'],
    perLevel: {
      1: t('dùng mạng riêng ảo hoặc phương án tương đương', 'through a virtual private network or an equivalent'),
      2: t('dùng mạng riêng ảo hoặc phương án tương đương', 'through a virtual private network or an equivalent'),
      3: t(
        'dùng mạng riêng ảo hoặc phương án tương đương; sản phẩm mạng riêng ảo đối với hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống thuộc điểm c khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'through a VPN or an equivalent; a VPN product for systems handling state secrets or under Art. 9.2(c) of Decree 85/2016',
      ),
      4: t(
        'dùng mạng riêng ảo hoặc phương án tương đương; sản phẩm mạng riêng ảo đối với hệ thống xử lý thông tin bí mật nhà nước',
        'through a VPN or an equivalent; a VPN product for systems handling state secrets',
      ),
      5: t('sử dụng sản phẩm mạng riêng ảo', 'with a VPN product'),
    },
    manual: plan('quản lý truy cập, quản trị hệ thống từ xa an toàn', 'secure remote access and administration'),
  },
  {
    id: 'II.1.b.ii',
    group: 'measures',
    title: t('Quản lý truy cập giữa các vùng mạng và phòng, chống xâm nhập', 'Access control between zones and intrusion prevention'),
    levels: ALL,
    kind: 'plan',
    rules: ['NET-ACL-01', 'NET-EXPO-01'],
    perLevel: {
      1: t('tường lửa tích hợp chức năng phòng, chống xâm nhập hoặc phương án tương đương', 'a firewall with intrusion prevention or an equivalent'),
      2: t('tường lửa tích hợp chức năng phòng, chống xâm nhập hoặc phương án tương đương', 'a firewall with intrusion prevention or an equivalent'),
      3: t(
        'tường lửa tích hợp phòng, chống xâm nhập hoặc sản phẩm phòng, chống xâm nhập lớp mạng',
        'a firewall with intrusion prevention or a network IPS product',
      ),
      4: t(
        'tường lửa tích hợp phòng, chống xâm nhập hoặc sản phẩm phòng, chống xâm nhập lớp mạng',
        'a firewall with intrusion prevention or a network IPS product',
      ),
      5: t('sản phẩm phòng, chống xâm nhập lớp mạng', 'a network IPS product'),
    },
    manual: plan('quản lý truy cập giữa các vùng mạng và phòng, chống xâm nhập', 'access control between zones and intrusion prevention'),
  },
  {
    id: 'II.1.b.iii',
    group: 'measures',
    title: t('Dự phòng cho các thiết bị mạng chính', 'Redundancy of the main network devices'),
    levels: FROM2,
    items: { 2: 'II.1.b.vi' },
    kind: 'plan',
    rules: ['AVL-HA-01'],
    perLevel: {
      2: t(
        'phương án dự phòng cho thiết bị chuyển mạch trung tâm hoặc tương đương và tường lửa trung tâm',
        'a standby for the core switch (or equivalent) and the central firewall',
      ),
      3: t(
        'cân bằng tải, dự phòng nóng tối thiểu cho chuyển mạch trung tâm, tường lửa trung tâm, tường lửa ứng dụng web, hệ thống lưu trữ tập trung, tường lửa cơ sở dữ liệu (nếu có)',
        'load balancing and hot standby at least for the core switch, central firewall, web application firewall, central storage and database firewall (if any)',
      ),
      4: t(
        'cân bằng tải, dự phòng nóng tối thiểu cho chuyển mạch trung tâm, tường lửa trung tâm, tường lửa ứng dụng web, hệ thống lưu trữ tập trung, tường lửa cơ sở dữ liệu (nếu có)',
        'load balancing and hot standby at least for the core switch, central firewall, web application firewall, central storage and database firewall (if any)',
      ),
      5: t('cân bằng tải, dự phòng nóng cho các thiết bị mạng', 'load balancing and hot standby for the network devices'),
    },
    manual: plan('dự phòng cho các thiết bị mạng chính', 'redundancy of the main network devices'),
  },
  {
    id: 'II.1.b.iv',
    group: 'measures',
    title: t('Bảo đảm an toàn cho máy chủ cơ sở dữ liệu', 'Protection of database servers'),
    levels: FROM3,
    kind: 'plan',
    rules: ['DB-FW-01'],
    perLevel: {
      3: t(
        'sản phẩm tường lửa cơ sở dữ liệu đối với hệ thống cơ sở dữ liệu tập trung đáp ứng tiêu chí tại khoản 3 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'a database firewall product for central databases meeting Art. 9.3 of Decree 85/2016',
      ),
      4: t(
        'sản phẩm tường lửa cơ sở dữ liệu đối với hệ thống cơ sở dữ liệu dùng chung đáp ứng tiêu chí tại khoản 3 Điều 10 Nghị định số 85/2016/NĐ-CP',
        'a database firewall product for shared databases meeting Art. 10.3 of Decree 85/2016',
      ),
      5: t(
        'sản phẩm tường lửa cơ sở dữ liệu đối với hệ thống thuộc khoản 2 Điều 11 Nghị định số 85/2016/NĐ-CP',
        'a database firewall product for systems under Art. 11.2 of Decree 85/2016',
      ),
    },
    manual: plan('bảo đảm an toàn cho máy chủ cơ sở dữ liệu', 'protecting the database servers'),
  },
  {
    id: 'II.1.b.v',
    group: 'measures',
    title: t('Chặn lọc phần mềm độc hại trên môi trường mạng', 'Filtering malware in network traffic'),
    levels: FROM3,
    kind: 'plan',
    rules: ['NET-AM-01'],
    perLevel: Object.fromEntries(
      FROM3.map((l) => [
        l,
        t(
          'tường lửa tích hợp chức năng phòng, chống mã độc trên môi trường mạng hoặc phương án tương đương',
          'a firewall with network anti-malware or an equivalent',
        ),
      ]),
    ),
    manual: plan('chặn lọc phần mềm độc hại trên môi trường mạng', 'filtering malware in network traffic'),
  },
  {
    id: 'II.1.b.vi',
    group: 'measures',
    title: t('Phòng, chống tấn công từ chối dịch vụ', 'Protection against denial of service'),
    levels: FROM3,
    kind: 'plan',
    rules: ['NET-DDOS-01'],
    perLevel: {
      3: t(
        'dịch vụ của doanh nghiệp hoặc sản phẩm phòng, chống tấn công từ chối dịch vụ đối với trung tâm dữ liệu, điện toán đám mây, định danh, xác thực điện tử, chứng thực điện tử, chữ ký số, kết nối tích hợp, chia sẻ dữ liệu đáp ứng tiêu chí tại khoản 3 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'a provider service or anti-DDoS product for data centres, cloud, identity, e-authentication, e-certification, digital signature and data integration systems meeting Art. 9.3 of Decree 85/2016',
      ),
      4: t(
        'dịch vụ của doanh nghiệp hoặc sản phẩm phòng, chống tấn công từ chối dịch vụ đối với hệ thống thuộc khoản 2 Điều 10 Nghị định số 85/2016/NĐ-CP hoặc các hệ thống hạ tầng nêu tại cấp độ 3 đáp ứng tiêu chí tại khoản 3 Điều 10',
        'a provider service or anti-DDoS product for systems under Art. 10.2 of Decree 85/2016, or the infrastructure systems named at level 3 meeting Art. 10.3',
      ),
      5: t(
        'dịch vụ của doanh nghiệp hoặc sản phẩm phòng, chống tấn công từ chối dịch vụ đối với hệ thống thuộc khoản 2, khoản 3 Điều 11 Nghị định số 85/2016/NĐ-CP',
        'a provider service or anti-DDoS product for systems under Art. 11.2 and 11.3 of Decree 85/2016',
      ),
    },
    manual: plan('phòng, chống tấn công từ chối dịch vụ', 'protection against denial of service'),
  },
];

/** Part II.1.b items vii–xii. */
const MEASURES_2: readonly Spec[] = [
  {
    id: 'II.1.b.vii',
    group: 'measures',
    title: t('Phòng, chống tấn công mạng cho ứng dụng web', 'Protection of web applications'),
    levels: FROM2,
    items: { 2: 'II.1.b.iv' },
    kind: 'plan',
    rules: ['NET-WAF-01'],
    perLevel: {
      2: t(
        'sản phẩm tường lửa ứng dụng web đối với hệ thống thuộc khoản 2 Điều 8 Nghị định số 85/2016/NĐ-CP',
        'a WAF product for systems under Art. 8.2 of Decree 85/2016',
      ),
      3: t(
        'sản phẩm tường lửa ứng dụng web đối với hệ thống thuộc khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'a WAF product for systems under Art. 9.2 of Decree 85/2016',
      ),
      4: t(
        'sản phẩm tường lửa ứng dụng web đối với hệ thống thuộc khoản 2 Điều 10 Nghị định số 85/2016/NĐ-CP hoặc trung tâm dữ liệu, điện toán đám mây, định danh, xác thực, chứng thực điện tử, chữ ký số, kết nối tích hợp, chia sẻ dữ liệu đáp ứng tiêu chí tại khoản 3 Điều 10',
        'a WAF product for systems under Art. 10.2 of Decree 85/2016, or data centre, cloud, identity, e-authentication, e-certification, signature and integration systems meeting Art. 10.3',
      ),
      5: t(
        'sản phẩm tường lửa ứng dụng web đối với hệ thống thuộc khoản 2 Điều 11 Nghị định số 85/2016/NĐ-CP',
        'a WAF product for systems under Art. 11.2 of Decree 85/2016',
      ),
    },
    manual: plan('phòng, chống tấn công mạng cho ứng dụng web', 'protecting the web applications'),
  },
  {
    id: 'II.1.b.viii',
    group: 'measures',
    title: t('Bảo đảm an toàn thông tin cho hệ thống thư điện tử', 'Security of the e-mail system'),
    levels: FROM2,
    items: { 2: 'II.1.b.v' },
    kind: 'plan',
    rules: ['NET-MAIL-01'],
    perLevel: {
      2: t('phương án bảo đảm an toàn cho hệ thống thư điện tử, nếu có', 'a plan for the e-mail system, if there is one'),
      3: t(
        'sản phẩm bảo đảm an toàn thông tin cho hệ thống thư điện tử đối với hệ thống thư điện tử đáp ứng tiêu chí tại khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'an e-mail security product for e-mail systems meeting Art. 9.2 of Decree 85/2016',
      ),
      4: t('sản phẩm bảo đảm an toàn thông tin cho hệ thống thư điện tử', 'an e-mail security product'),
      5: t('sản phẩm bảo đảm an toàn thông tin cho hệ thống thư điện tử', 'an e-mail security product'),
    },
    manual: plan(
      'bảo đảm an toàn thông tin cho hệ thống thư điện tử (hoặc xác nhận hệ thống không có thư điện tử)',
      'the e-mail system (or confirmation that there is none)',
    ),
  },
  {
    id: 'II.1.b.ix',
    group: 'measures',
    title: t('Quản lý truy cập lớp mạng', 'Network access control'),
    levels: FROM3,
    kind: 'plan',
    rules: ['NET-NAC-01'],
    perLevel: {
      3: t(
        'sản phẩm quản lý truy cập lớp mạng đối với mạng nội bộ, trung tâm giám sát điều hành an toàn thông tin mạng đáp ứng tiêu chí tại khoản 3 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'a NAC product for the internal network and the security operations centre meeting Art. 9.3 of Decree 85/2016',
      ),
      4: t(
        'sản phẩm quản lý truy cập lớp mạng đối với mạng nội bộ, trung tâm giám sát điều hành an toàn thông tin mạng đáp ứng tiêu chí tại khoản 3 Điều 10 Nghị định số 85/2016/NĐ-CP',
        'a NAC product for the internal network and the security operations centre meeting Art. 10.3 of Decree 85/2016',
      ),
      5: t('sản phẩm quản lý truy cập lớp mạng', 'a NAC product'),
    },
    manual: plan('quản lý truy cập lớp mạng', 'network access control'),
  },
  {
    id: 'II.1.b.x',
    group: 'measures',
    title: t('Giám sát hệ thống thông tin tập trung', 'Centralised system monitoring'),
    levels: FROM3,
    kind: 'plan',
    rules: ['MON-SYS-01'],
    perLevel: {
      3: t('phương án giám sát tập trung', 'a centralised monitoring plan'),
      4: t('sản phẩm giám sát hệ thống thông tin tập trung', 'a centralised monitoring product'),
      5: t('sản phẩm giám sát hệ thống thông tin tập trung', 'a centralised monitoring product'),
    },
    manual: plan('giám sát hệ thống thông tin tập trung', 'centralised system monitoring'),
  },
  {
    id: 'II.1.b.xi',
    group: 'measures',
    title: t('Giám sát an toàn hệ thống thông tin tập trung', 'Centralised security monitoring'),
    levels: FROM3,
    kind: 'product',
    rules: ['MON-SIEM-01'],
    perLevel: Object.fromEntries(
      FROM3.map((l) => [
        l,
        t(
          'sản phẩm quản lý và phân tích sự kiện an toàn thông tin hoặc sản phẩm tương đương',
          'a security event management and analysis product or an equivalent product',
        ),
      ]),
    ),
    manual: plan('giám sát an toàn hệ thống thông tin tập trung', 'centralised security monitoring'),
  },
  {
    id: 'II.1.b.xii',
    group: 'measures',
    title: t('Quản lý sao lưu dự phòng tập trung', 'Centralised backup management'),
    levels: FROM3,
    kind: 'product',
    rules: ['DATA-BAK-01'],
    perLevel: Object.fromEntries(
      FROM3.map((l) => [l, t('hệ thống lưu trữ tập trung và sản phẩm quản lý lưu trữ tập trung', 'central storage and a central storage management product')]),
    ),
    manual: plan('quản lý sao lưu dự phòng tập trung', 'centralised backup management'),
  },
];

/** Part II.1.b items xiii–xix. */
const MEASURES_3: readonly Spec[] = [
  {
    id: 'II.1.b.xiii',
    group: 'measures',
    title: t('Phòng, chống mã độc cho máy chủ và máy tính người dùng', 'Malware protection of servers and user computers'),
    levels: ALL,
    items: { 1: 'II.1.b.iii', 2: 'II.1.b.iii' },
    kind: 'plan',
    rules: ['HOST-AM-01'],
    perLevel: {
      1: t('sản phẩm phòng chống mã độc hoặc phương án tương đương', 'an anti-malware product or an equivalent'),
      2: t('sản phẩm phòng chống mã độc hoặc phương án tương đương', 'an anti-malware product or an equivalent'),
      ...Object.fromEntries(
        FROM3.map((l) => [
          l,
          t(
            'quản lý phần mềm phòng chống mã độc bằng sản phẩm phòng, chống mã độc và/hoặc sản phẩm phát hiện và phản ứng sự cố trên thiết bị đầu cuối, có chức năng quản lý tập trung',
            'anti-malware and/or endpoint detection and response products with central management',
          ),
        ]),
      ),
    },
    manual: plan('phòng, chống mã độc cho máy chủ và máy tính người dùng', 'malware protection of servers and user computers'),
  },
  {
    id: 'II.1.b.xiv',
    group: 'measures',
    title: t('Phòng, chống thất thoát dữ liệu', 'Data loss prevention'),
    levels: FROM3,
    kind: 'plan',
    rules: ['MON-DLP-01'],
    perLevel: {
      3: t(
        'sản phẩm phòng, chống thất thoát dữ liệu đối với hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống thuộc điểm c khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP',
        'a DLP product for systems handling state secrets or under Art. 9.2(c) of Decree 85/2016',
      ),
      4: t(
        'sản phẩm phòng, chống thất thoát dữ liệu đối với hệ thống xử lý thông tin bí mật nhà nước hoặc cơ sở dữ liệu dùng chung đáp ứng tiêu chí tại khoản 3 Điều 10 Nghị định số 85/2016/NĐ-CP',
        'a DLP product for systems handling state secrets or shared databases meeting Art. 10.3 of Decree 85/2016',
      ),
      5: t(
        'sản phẩm phòng, chống thất thoát dữ liệu đối với hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống thuộc khoản 2 Điều 11 Nghị định số 85/2016/NĐ-CP',
        'a DLP product for systems handling state secrets or under Art. 11.2 of Decree 85/2016',
      ),
    },
    manual: plan('phòng, chống thất thoát dữ liệu', 'data loss prevention'),
  },
  {
    id: 'II.1.b.xv',
    group: 'measures',
    title: t('Dự phòng kết nối mạng Internet cho các máy chủ dịch vụ', 'Redundant Internet connectivity for the service servers'),
    levels: FROM3,
    kind: 'plan',
    rules: ['AVL-INET-01'],
    manual: plan('dự phòng kết nối mạng Internet cho các máy chủ dịch vụ', 'redundant Internet connectivity'),
  },
  {
    id: 'II.1.b.xvi',
    group: 'measures',
    title: t('Bảo đảm an toàn cho mạng không dây (nếu có)', 'Security of the wireless network, if any'),
    levels: FROM3,
    kind: 'plan',
    rules: ['NET-WIFI-01'],
    manual: plan(
      'bảo đảm an toàn cho mạng không dây (hoặc xác nhận hệ thống không có mạng không dây)',
      'the wireless network (or confirmation that there is none)',
    ),
  },
  {
    id: 'II.1.b.xvii',
    group: 'measures',
    title: t('Quản lý tài khoản đặc quyền', 'Privileged account management'),
    levels: FROM4,
    kind: 'product',
    rules: ['HOST-PAM-01'],
    perLevel: {
      4: t('sản phẩm quản lý tài khoản đặc quyền', 'a privileged account management product'),
      5: t('sản phẩm quản lý tài khoản đặc quyền', 'a privileged account management product'),
    },
    manual: plan('quản lý tài khoản đặc quyền', 'privileged account management'),
  },
  {
    id: 'II.1.b.xviii',
    group: 'measures',
    title: t('Dự phòng hệ thống ở vị trí địa lý khác nhau, cách nhau tối thiểu 30 km', 'A backup system at another location at least 30 km away'),
    levels: [5],
    kind: 'plan',
    rules: ['AVL-DR-01'],
    manual: plan('dự phòng hệ thống ở vị trí địa lý khác', 'a backup system at another location'),
  },
  {
    id: 'II.1.b.xix',
    group: 'measures',
    title: t('Dự phòng kết nối mạng giữa hệ thống chính và hệ thống dự phòng', 'Redundant links between the primary and the backup system'),
    levels: [5],
    kind: 'plan',
    rules: ['AVL-DR-02'],
    manual: plan('dự phòng kết nối mạng giữa hệ thống chính và dự phòng', 'redundant links between the primary and backup systems'),
  },
];

/** Part II.2: configuration items, each detailed by a TCVN 11930:2017 clause; the rules check only part of it. */
const CONFIGURATION: readonly Spec[] = (
  [
    ['II.2.1.1.1', 'network', ALL, {}, ['NET-ACL-02', 'NET-EXPO-01'], 'Kiểm soát truy cập từ bên ngoài mạng', 'Access control from outside the network'],
    ['II.2.1.1.2', 'network', FROM2, {}, ['NET-ACL-03'], 'Kiểm soát truy cập từ bên trong mạng', 'Access control from inside the network'],
    ['II.2.1.1.3', 'network', ALL, { 1: 'II.2.1.1.2' }, ['LOG-NET-01', 'LOG-NTP-01'], 'Nhật ký hệ thống trên thiết bị mạng', 'System logs of network devices'],
    ['II.2.1.1.4', 'network', ALL, { 1: 'II.2.1.1.3' }, ['NET-ACL-01'], 'Phòng chống xâm nhập trên mạng', 'Network intrusion prevention'],
    ['II.2.1.1.5', 'network', FROM3, {}, ['NET-AM-01'], 'Phòng chống phần mềm độc hại trên môi trường mạng', 'Malware protection in network traffic'],
    ['II.2.1.1.6', 'network', ALL, { 1: 'II.2.1.1.4', 2: 'II.2.1.1.5' }, ['NET-DEV-01'], 'Bảo vệ thiết bị hệ thống', 'Protection of system devices'],
    ['II.2.1.2.1', 'server', ALL, {}, ['HOST-AUTH-01', 'HOST-MFA-01'], 'Xác thực trên máy chủ', 'Server authentication'],
    ['II.2.1.2.2', 'server', ALL, {}, ['HOST-HARD-01'], 'Kiểm soát truy cập trên máy chủ', 'Server access control'],
    ['II.2.1.2.3', 'server', ALL, {}, ['LOG-SRV-01', 'LOG-NTP-01'], 'Nhật ký hệ thống trên máy chủ', 'Server system logs'],
    ['II.2.1.2.4', 'server', ALL, {}, ['HOST-HARD-01'], 'Phòng chống xâm nhập trên máy chủ', 'Server intrusion prevention'],
    ['II.2.1.2.5', 'server', ALL, {}, ['HOST-AM-01'], 'Phòng chống phần mềm độc hại trên máy chủ', 'Server malware protection'],
    ['II.2.1.2.6', 'server', FROM2, {}, ['HOST-XFER-01'], 'Xử lý máy chủ khi chuyển giao', 'Handling a server when it is handed over'],
    ['II.2.1.3.1', 'application', ALL, {}, ['APP-AUTH-01'], 'Xác thực trên ứng dụng', 'Application authentication'],
    ['II.2.1.3.2', 'application', ALL, {}, ['APP-AUTH-01'], 'Kiểm soát truy cập trên ứng dụng', 'Application access control'],
    ['II.2.1.3.3', 'application', ALL, {}, ['LOG-APP-01'], 'Nhật ký hệ thống của ứng dụng', 'Application system logs'],
    ['II.2.1.3.4', 'application', FROM3, {}, ['APP-TLS-01'], 'Bảo mật thông tin liên lạc', 'Confidentiality of communications'],
    ['II.2.1.3.5', 'application', FROM3, {}, ['APP-NR-01'], 'Chống chối bỏ', 'Non-repudiation'],
    ['II.2.1.3.6', 'application', FROM2, { 2: 'II.2.1.3.4' }, ['APP-SDLC-01'], 'An toàn ứng dụng và mã nguồn', 'Application and source code security'],
    ['II.2.1.4.1', 'data', FROM3, {}, ['DATA-INT-01'], 'Nguyên vẹn dữ liệu', 'Data integrity'],
    ['II.2.1.4.2', 'data', FROM2, { 2: 'II.2.1.4.1' }, ['DATA-CONF-01'], 'Bảo mật dữ liệu', 'Data confidentiality'],
    ['II.2.1.4.3', 'data', ALL, { 1: 'II.2.1.4.1', 2: 'II.2.1.4.2' }, ['DATA-BAK-01', 'DATA-BAK-02'], 'Sao lưu dự phòng', 'Backup'],
  ] as const
).map(([id, g, levels, items, rules, vi, en]): Spec => ({
  id,
  group: g,
  title: t(vi, en),
  levels,
  items,
  kind: 'config',
  rules,
  manual: always(
    t(
      `Bản ghi cấu hình hoặc biên bản kiểm tra thể hiện nội dung "${lowerFirst(vi)}" được thiết lập đáp ứng TCVN 11930:2017`,
      `Configuration records or an inspection report showing that "${lowerFirst(en)}" is set up as TCVN 11930:2017 requires`,
    ),
  ),
}));

/** Every row of TT 12/2022 Annexes I–V, management first, in the annex order. */
export const ANNEX_ROWS: readonly AnnexRow[] = [...MANAGEMENT, ...ZONES, ...MEASURES_1, ...MEASURES_2, ...MEASURES_3, ...CONFIGURATION].map(row);

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** A segment of an item number as a number: decimal, or a Roman numeral (`II`, `xiv`); NaN for a letter such as `a`. */
function segmentValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const r = s.toLowerCase();
  if (!/^[ivx]+$/.test(r)) return NaN;
  let total = 0;
  for (let k = 0; k < r.length; k++) {
    const v = ROMAN[r[k]!]!;
    total += v < (ROMAN[r[k + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** Order of annex items: `I.1.5.4` < `I.1.5.10`, `II.1.b.ix` < `II.1.b.x` < `II.2.1.1.1`. */
export function compareItems(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = segmentValue(x);
    const ny = segmentValue(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The rows of the annex of one level, in the order of that annex's items. */
export function annexRowsOf(level: Level): AnnexRow[] {
  return ANNEX_ROWS.filter((r) => r.levels.includes(level)).sort((a, b) => compareItems(a.items[level]!, b.items[level]!));
}

/** The citations of a row that belong to a level (the annex item of that level and its TCVN clause). */
export function citationsAt(row: AnnexRow, level: Level): Citation[] {
  return row.citations.filter((c) => !c.levels || c.levels.includes(level));
}
