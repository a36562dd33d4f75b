import { text, type Agency, type Text } from '../../model/index.js';
import { tcvn11930ByLevel, type ModelContext, type ModelRule, type Outcome } from '../rule.js';

// The device at an agency's termination of the government data network (TSLCD) is the agency's own (TT 06/2026 Art. 4.2):
// between it and the agency LAN, a firewall keeps the shared network of all agencies out of the LAN. An agency that also
// has its own Internet link without that firewall joins the Internet and the government network with nothing between.

const EVIDENCE: readonly Text[] = [
  text(
    'thiết bị đặt tại điểm kết cuối mạng truyền số liệu chuyên dùng của cơ quan: chủng loại, vị trí, sơ đồ đấu nối với mạng nội bộ và với đường Internet riêng (nếu có)',
    "the device at the agency's termination of the government data network: make, placement, wiring to the LAN and to the agency's own Internet link, if any",
  ),
  text(
    'tập luật của thiết bị: chỉ các luồng cần thiết giữa mạng nội bộ, mạng truyền số liệu chuyên dùng và Internet được phép',
    'its rule set: only the flows needed between the LAN, the government data network and the Internet are allowed',
  ),
];

/** The level an agency is judged at: that of the data-centre site its link terminates at (the primary site when it names none). */
function agencyLevel(ctx: ModelContext, a: Agency): number {
  const site = a.site ?? ctx.model.sites.find((s) => s.role === 'primary')?.name;
  return Math.max(1, site === undefined ? 0 : ctx.index.siteLevel(site));
}

/** What the agency's own Internet link adds to a missing firewall: the severity and the words. */
function internetWords(a: Agency): { readonly severity?: 'warning'; readonly words: Text } {
  if (a.internet?.link === true) {
    return {
      words: text(
        'cơ quan có đường Internet riêng nên mạng nội bộ nối đồng thời với Internet và mạng truyền số liệu chuyên dùng mà không có thiết bị kiểm soát truy cập nào ở giữa',
        'the agency has its own Internet link, so its LAN joins the Internet and the government data network with nothing between them',
      ),
    };
  }
  const words =
    a.internet === undefined
      ? text(
          'truy cập giữa mạng nội bộ và mạng dùng chung của các cơ quan không được kiểm soát; hồ sơ không khai báo cơ quan có đường Internet riêng hay không, nếu có thì mạng nội bộ nối cả hai mạng mà không có gì ngăn cách',
          'access between the LAN and the network shared by all agencies is not controlled; the inventory does not say whether the agency has its own Internet link, which would join its LAN to both networks with nothing between',
        )
      : text(
          'truy cập giữa mạng nội bộ và mạng dùng chung của các cơ quan không được kiểm soát',
          'access between the LAN and the network shared by all agencies is not controlled',
        );
  return { severity: 'warning', words };
}

function outcomeOf(ctx: ModelContext, a: Agency): Outcome {
  const level = agencyLevel(ctx, a);
  const base = { target: `agencies/${a.name}`, source: a.source, level };
  const en = `${a.title} (${a.name})`;
  if (a.edge === undefined) {
    return {
      ...base,
      status: 'manual',
      path: ['spec', 'tslcd'],
      message: text(
        `${a.title} kết nối mạng truyền số liệu chuyên dùng nhưng hồ sơ không khai báo thiết bị tại điểm kết cuối. Cần kiểm tra: ${EVIDENCE.map((e) => e.vi).join('; ')}.`,
        `${en} connects to the government data network but the inventory does not describe the device at its termination. To check: ${EVIDENCE.map((e) => e.en).join('; ')}.`,
      ),
    };
  }
  if (!a.edge.firewall) {
    const { severity, words } = internetWords(a);
    return {
      ...base,
      status: 'fail',
      ...(severity ? { severity } : {}),
      path: ['spec', 'edge', 'firewall'],
      message: text(
        `${a.title} không có tường lửa giữa mạng nội bộ và mạng truyền số liệu chuyên dùng: ${words.vi} (cấp độ ${level}).`,
        `${en} has no firewall between its LAN and the government data network: ${words.en} (level ${level}).`,
      ),
    };
  }
  const device = [a.edge.vendor, a.edge.model].filter((s) => s !== undefined).join(' ');
  return {
    ...base,
    status: 'pass',
    path: ['spec', 'edge'],
    message: text(
      `${a.title} có tường lửa${device ? ` ${device}` : ''} giữa mạng nội bộ và mạng truyền số liệu chuyên dùng.`,
      `${en} has a firewall${device ? ` (${device})` : ''} between its LAN and the government data network.`,
    ),
  };
}

export const AGY_EDGE_01: ModelRule = {
  id: 'AGY-EDGE-01',
  title: text(
    'Tường lửa tách mạng nội bộ của cơ quan khỏi mạng truyền số liệu chuyên dùng tại điểm kết cuối',
    "A firewall separates the agency's LAN from the government data network at its termination",
  ),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.ii' },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.1.1' },
    ...tcvn11930ByLevel('2.1.2', [1, 2, 3, 4, 5]),
    { doc: 'tt06-2026-bkhcn', article: '4', clause: '2', rulesets: ['vn-nd331-2026'] },
    { doc: 'tt06-2026-bkhcn', article: '8', clause: '3', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Văn bản yêu cầu kiểm soát truy cập giữa các vùng mạng và từ bên ngoài vào mạng (Thông tư số 12/2022/TT-BTTTT), cơ quan tự chịu trách nhiệm kết nối từ thiết bị đầu cuối của mạng truyền số liệu chuyên dùng vào mạng nội bộ và các vùng mạng nội bộ kết nối mạng này phải được thiết lập, phân tách (Thông tư số 06/2026/TT-BKHCN, có hiệu lực từ ngày 30/03/2026, nên chỉ được trích dẫn theo bộ quy tắc của Nghị định số 331/2026/NĐ-CP). Không văn bản nào đã đọc bắt buộc đặt tường lửa tại điểm kết cuối của từng cơ quan: yêu cầu kỹ thuật đối với thiết bị đầu cuối chỉ nêu thiết bị chuyển mạch hoặc định tuyến. Đặt tường lửa tại đó, và coi cơ quan có đường Internet riêng mà không có tường lửa là lỗi (các trường hợp khác là cảnh báo), là cách hiểu của hatang. Cơ quan được đánh giá ở cấp độ của trung tâm dữ liệu nơi kết nối của cơ quan kết cuối (trung tâm chính khi không khai báo).',
    "The texts require access control between network zones and from outside the network (Circular 12/2022); they make the agency responsible for the connection from the government data network's terminal equipment into its LAN and require the internal zones connected to that network to be set up and separated (Circular 06/2026/TT-BKHCN, in force from 2026-03-30, hence cited under the Decree 331/2026 rule-set only). No text read requires a firewall at each agency's termination: the requirements on the terminal equipment name only a switch or a router. Placing a firewall there, and treating an agency with its own Internet link and no firewall as an error (a warning otherwise), is the toolkit's reading. An agency is judged at the level of the data-centre site its link terminates at (the primary site when it names none).",
  ),
  remediation: text(
    'Đặt tường lửa giữa mạng nội bộ của cơ quan và thiết bị đầu cuối của mạng truyền số liệu chuyên dùng, chỉ cho phép các luồng cần thiết, rồi khai báo `edge` của cơ quan với `firewall: true` (cùng `vendor`, `model`). Cơ quan có đường Internet riêng (`internet`) phải tách mạng nội bộ khỏi cả hai mạng.',
    "Place a firewall between the agency's LAN and the government data network's terminal equipment, admitting only the flows needed, then declare the agency's `edge` with `firewall: true` (and `vendor`, `model`). An agency with its own Internet link (`internet`) must keep its LAN separated from both networks.",
  ),
  evidence: EVIDENCE,
  scope: 'model',
  check: (ctx) => ctx.model.agencies.filter((a) => a.tslcd !== undefined).map((a) => outcomeOf(ctx, a)),
};
