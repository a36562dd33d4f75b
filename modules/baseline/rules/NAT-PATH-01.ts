import { EXTERNAL_PATH_LABELS, externalOf, isNational, text, type ExternalEndpoint, type ExternalPath, type Flow, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// A flow between a zone and a national system takes the flow's `via` when declared, else the endpoint's usual network
// (the catalogue's path). Over the government data network or the Internet it leaves the zone's site through a device
// bounded by that network; a dedicated circuit is a contract and a route the model does not hold, hence `manual`.

/** The flow's zone and national endpoint, with the direction in words; undefined for any other flow. */
function nationalEnd(ctx: ModelContext, f: Flow): { readonly zone: string; readonly endpoint: ExternalEndpoint; readonly between: Text } | undefined {
  const pair =
    f.from.type === 'zone' && f.to.type === 'external'
      ? { zone: f.from.zone, external: f.to.external, outbound: true }
      : f.to.type === 'zone' && f.from.type === 'external'
        ? { zone: f.to.zone, external: f.from.external, outbound: false }
        : undefined;
  const endpoint = pair ? externalOf(ctx.model, pair.external) : undefined;
  if (!pair || !endpoint || !isNational(endpoint)) return undefined;
  const name = endpoint.title;
  const between = pair.outbound
    ? text(`Luồng từ vùng ${pair.zone} tới ${name.vi}`, `The flow from zone ${pair.zone} to the ${name.en}`)
    : text(`Luồng từ ${name.vi} tới vùng ${pair.zone}`, `The flow from the ${name.en} to zone ${pair.zone}`);
  return { zone: pair.zone, endpoint, between };
}

/** Why hatang's catalogue gives a built-in endpoint its usual network: a text read, or hatang's reading of the provincial documents. */
function usualBasis(e: ExternalEndpoint): Text {
  return e.pathConfidence === 'verified'
    ? text('theo văn bản đã đối chiếu', 'as read in the texts')
    : text(
        'theo cách hiểu của hatang đối với các văn bản kiến trúc chính quyền điện tử của tỉnh, không phải quy định bắt buộc',
        "hatang's reading of the provincial e-government architecture documents, not a legal requirement",
      );
}

function outcomeOf(ctx: ModelContext, f: Flow): Outcome | undefined {
  const end = nationalEnd(ctx, f);
  if (!end) return undefined;
  const { zone, endpoint, between } = end;
  const path: ExternalPath = f.via ?? endpoint.path;
  const over = EXTERNAL_PATH_LABELS[path];
  const site = ctx.index.zone.get(zone)?.site;
  if (site === undefined) return undefined;
  const base = { target: `flows/${f.name}`, source: f.source, level: Math.max(1, ctx.index.zoneLevel(zone)) };
  if (path !== 'dedicated') {
    const exits = (ctx.index.devicesBySite.get(site) ?? []).some((d) => d.boundaryExternals.includes(path));
    if (!exits) {
      return {
        ...base,
        status: 'fail',
        path: f.via ? ['spec', 'via'] : ['spec'],
        message: text(
          `${between.vi} đi qua ${over.vi} nhưng trung tâm ${site} không có thiết bị biên nào có ranh giới với ${over.vi}: luồng không có đường ra mạng đó tại trung tâm này.`,
          `${between.en} takes ${over.en} but no device at site ${site} has that network among its boundaries: the flow has no way out on that network there.`,
        ),
      };
    }
  }
  if (f.via !== undefined && endpoint.builtin && f.via !== endpoint.path) {
    const usual = EXTERNAL_PATH_LABELS[endpoint.path];
    const basis = usualBasis(endpoint);
    const needed =
      path === 'dedicated'
        ? text(
            'cần văn bản hướng dẫn kết nối của đơn vị vận hành hệ thống quốc gia xác nhận mạng được dùng, hợp đồng kênh truyền riêng và sơ đồ tuyến',
            "the connection guidance of the national system's operator confirming the network, the circuit contract and its route are needed",
          )
        : text(
            'cần văn bản hướng dẫn kết nối của đơn vị vận hành hệ thống quốc gia xác nhận mạng được dùng',
            "the connection guidance of the national system's operator confirming the network is needed",
          );
    return {
      ...base,
      status: 'fail',
      severity: 'warning',
      path: ['spec', 'via'],
      at: 'value',
      message: text(
        `${between.vi} được khai báo đi qua ${over.vi}, khác với mạng thường dùng để kết nối hệ thống này là ${usual.vi} (${basis.vi}); ${needed.vi}.`,
        `${between.en} is declared over ${over.en}, not the network this system is usually reached over, ${usual.en} (${basis.en}); ${needed.en}.`,
      ),
    };
  }
  if (path === 'dedicated') {
    return {
      ...base,
      status: 'manual',
      path: f.via ? ['spec', 'via'] : ['spec'],
      message: text(
        `${between.vi} đi qua ${over.vi}: cần hợp đồng kênh truyền, sơ đồ tuyến và thiết bị kết thúc kênh tại trung tâm.`,
        `${between.en} takes ${over.en}: the circuit contract, its route and the device terminating it at the site are needed.`,
      ),
    };
  }
  return {
    ...base,
    status: 'pass',
    message: text(
      `${between.vi} đi qua ${over.vi}, có thiết bị biên tại trung tâm ${site}.`,
      `${between.en} takes ${over.en}, with a boundary device at site ${site}.`,
    ),
  };
}

export const NAT_PATH_01: ModelRule = {
  id: 'NAT-PATH-01',
  title: text('Kết nối tới hệ thống quốc gia qua đúng mạng', 'Connections to national systems take the right network'),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'qd33-2025' }, { doc: 'qd1562-2025' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Việc mạng truyền số liệu chuyên dùng phục vụ kết nối các hệ thống thông tin của cơ quan Đảng, Nhà nước được đọc qua bài tóm tắt các quyết định được trích dẫn, chưa đối chiếu điều, khoản của văn bản gốc. ' +
      'Mạng thường dùng để kết nối từng hệ thống quốc gia trong danh mục của hatang là cách hiểu của bộ công cụ đối với các văn bản kiến trúc chính quyền điện tử của tỉnh (thực tiễn tốt), nên luồng khai báo mạng khác chỉ bị cảnh báo. ' +
      'Luồng chỉ ra được mạng đó tại trung tâm có thiết bị biên có ranh giới với mạng ấy là hệ quả của mô hình. Cấp độ của phát hiện là cấp độ cao nhất của các hệ thống đặt trong vùng (tối thiểu cấp độ 1).',
    'That the government data network serves the interconnection of the information systems of Party and State bodies was read in summaries of the cited decisions, not in their articles. ' +
      "The network each national system of hatang's catalogue is usually reached over is the toolkit's reading of the provincial e-government architecture documents (good practice), so a flow declaring another network is only a warning. " +
      'That a flow leaves on a network only at a site with a device bounded by it follows from the model. The level of a finding is the highest level of the systems in the zone (at least 1).',
  ),
  remediation: text(
    'Đặt tại trung tâm của vùng một thiết bị biên có ranh giới với mạng mà luồng đi qua (`boundaries.externals` gồm `tslcd` hoặc `internet`). ' +
      'Khi luồng tới hệ thống quốc gia đi qua mạng khác với mạng thường dùng, ghi mạng đó vào `via` và lưu văn bản hướng dẫn kết nối của đơn vị vận hành hệ thống quốc gia; với kênh truyền riêng (`via: dedicated`), lưu hợp đồng kênh truyền và sơ đồ tuyến.',
    'At the site of the zone, put a boundary device on the network the flow takes (`boundaries.externals` with `tslcd` or `internet`). ' +
      "When a flow to a national system takes another network than the usual one, declare it in `via` and keep the connection guidance of the national system's operator; for a dedicated circuit (`via: dedicated`), keep the circuit contract and its route.",
  ),
  evidence: [
    text(
      'Hợp đồng kênh truyền riêng với doanh nghiệp viễn thông và sơ đồ tuyến tới hệ thống quốc gia',
      'The dedicated circuit contract with the carrier and its route to the national system',
    ),
    text(
      'Thiết bị kết thúc kênh truyền tại trung tâm và chính sách kiểm soát truy cập trên kênh',
      'The device terminating the circuit at the site and the access control applied on it',
    ),
  ],
  scope: 'model',
  check: (ctx) => ctx.model.flows.flatMap((f) => outcomeOf(ctx, f) ?? []),
};
