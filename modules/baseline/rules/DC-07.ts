import { externalOf, externalText, text, type Endpoint, type ExternalPath, type Flow } from '../../model/index.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

// A system handling state secrets sits on no segment connected to the Internet, and state-secret data crossing the
// government data network is encrypted with cơ yếu products (QĐ 1562/QĐ-TTg; Law 29/2018/QH14 Art. 5.5–5.6). The
// segments are the zones where the system runs, at its primary and its DR site; an external endpoint is reached over
// the flow's `via`, else its usual path (a flow to PayGov over the Internet connects the zone to the Internet).

/** Zones where the system runs: its components' zones and, unless its DR mode is none, the matching zones at the DR site. */
const zonesOf = (ctx: SystemContext): Set<string> =>
  new Set(ctx.index.placementsOf(ctx.system).flatMap((p) => p.components.flatMap((c) => (c.zone ? [c.zone.name] : []))));

/** The path an external endpoint of the flow is reached over, or undefined for a zone or a site. */
const pathOf = (ctx: SystemContext, f: Flow, e: Endpoint): ExternalPath | undefined =>
  e.type === 'external' ? (f.via ?? externalOf(ctx.model, e.external)?.path) : undefined;

/** Flows between one of the zones and an external endpoint reached over `path`, with the zone and the external. */
function flowsOver(ctx: SystemContext, zones: Set<string>, path: ExternalPath): { flow: Flow; zone: string; external: string; outbound: boolean }[] {
  const out: { flow: Flow; zone: string; external: string; outbound: boolean }[] = [];
  for (const f of ctx.model.flows) {
    if (f.from.type === 'zone' && zones.has(f.from.zone) && f.to.type === 'external' && pathOf(ctx, f, f.to) === path) {
      out.push({ flow: f, zone: f.from.zone, external: f.to.external, outbound: true });
    } else if (f.to.type === 'zone' && zones.has(f.to.zone) && f.from.type === 'external' && pathOf(ctx, f, f.from) === path) {
      out.push({ flow: f, zone: f.to.zone, external: f.from.external, outbound: false });
    }
  }
  return out;
}

function internetOutcomes(ctx: SystemContext, zones: Set<string>): Outcome[] {
  const flows = flowsOver(ctx, zones, 'internet').map(({ flow, zone, external, outbound }): Outcome => {
    const ext = externalText(ctx.model, external);
    const over = external === 'internet' ? text('', '') : text(' qua mạng Internet', ' over the Internet');
    return {
      status: 'fail',
      part: `flows/${flow.name}`,
      source: flow.source,
      path: ['spec', outbound ? 'to' : 'from'],
      message: text(
        `Hệ thống xử lý bí mật nhà nước chạy trong vùng ${zone}, vùng này có luồng ${outbound ? 'tới' : 'từ'} ${ext.vi}${over.vi} (luồng ${flow.name}): mạng chứa bí mật nhà nước không được kết nối với mạng Internet.`,
        `The system handles state secrets and runs in zone ${zone}, which has a flow ${outbound ? 'to' : 'from'} ${ext.en}${over.en} (flow ${flow.name}): a network holding state secrets must not be connected to the Internet.`,
      ),
    };
  });
  const exposed = ctx.system.components.flatMap((c, i): Outcome[] =>
    c.public
      ? [
          {
            status: 'fail',
            part: `components/${c.name}`,
            path: ['spec', 'components', i, 'public'],
            message: text(
              `Thành phần ${c.name} của hệ thống xử lý bí mật nhà nước được khai báo truy cập được từ Internet.`,
              `Component ${c.name} of a system handling state secrets is declared reachable from the Internet.`,
            ),
          },
        ]
      : [],
  );
  return [...flows, ...exposed];
}

function encryptionOutcome(ctx: SystemContext, zones: Set<string>): Outcome | undefined {
  const over = flowsOver(ctx, zones, 'tslcd');
  if (over.length === 0 || ctx.system.coYeuEncryption === true) return undefined;
  const names = [...new Set(over.map((o) => o.external))].sort().map((e) => externalText(ctx.model, e));
  return {
    status: 'fail',
    part: 'coYeuEncryption',
    path: ctx.system.coYeuEncryption === undefined ? ['spec'] : ['spec', 'coYeuEncryption'],
    message: text(
      `Hệ thống xử lý bí mật nhà nước có luồng qua mạng truyền số liệu chuyên dùng (${names.map((n) => n.vi).join(', ')}) nhưng chưa khai báo mã hóa dữ liệu bằng sản phẩm mật mã của cơ yếu.`,
      `The system handles state secrets and has flows over the government data network (${names.map((n) => n.en).join(', ')}) but does not declare cơ yếu encryption (coYeuEncryption: true).`,
    ),
  };
}

export const DC_07: SystemRule = {
  id: 'DC-07',
  title: text(
    'Hệ thống xử lý bí mật nhà nước không kết nối mạng Internet và mã hóa bằng sản phẩm mật mã của cơ yếu trên mạng truyền số liệu chuyên dùng',
    'A system handling state secrets is kept off the Internet and uses cơ yếu encryption over the government data network',
  ),
  domain: 'data',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống xử lý bí mật nhà nước', 'systems handling state secrets'),
    test: (ctx) => ctx.system.stateSecret || ctx.system.criterion === 'state-secret',
  },
  severity: 'error',
  clauses: [{ doc: 'qd1562-2025' }, { doc: 'luat29-2018', article: '5', clause: '5' }, { doc: 'luat29-2018', article: '5', clause: '6' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Yêu cầu mã hóa dữ liệu bí mật nhà nước bằng giải pháp cơ yếu được đọc qua bài tóm tắt Quyết định số 1562/QĐ-TTg; các khoản 5 và 6 Điều 5 Luật Bảo vệ bí mật nhà nước được đọc qua bản đăng lại, chưa đối chiếu văn bản gốc. Việc coi một vùng mạng có luồng tới hoặc từ mạng Internet (kể cả hệ thống bên ngoài truy cập qua Internet) là mạng kết nối Internet là cách hiểu của hatang.',
    'The cơ yếu encryption of state-secret data was read in a summary of Decision 1562/QD-TTg; clauses 5 and 6 of Article 5 of the Law on Protection of State Secrets were read in a republished copy, not the original. Treating a zone with a flow to or from the Internet (or an external system reached over it) as a network connected to the Internet is the toolkit’s reading.',
  ),
  remediation: text(
    'Đặt các thành phần của hệ thống trong vùng mạng không có luồng tới hoặc từ mạng Internet, bỏ khai báo truy cập từ Internet (`public`) của các thành phần, và mã hóa dữ liệu truyền qua mạng truyền số liệu chuyên dùng bằng sản phẩm mật mã của cơ yếu rồi khai báo `coYeuEncryption: true`.',
    'Place the system’s components in zones with no flow to or from the Internet, drop `public` from its components, and encrypt the data crossing the government data network with cơ yếu products, then declare `coYeuEncryption: true`.',
  ),
  evidence: [
    text(
      'Sơ đồ mạng thể hiện vùng chứa hệ thống tách biệt với mạng kết nối Internet',
      'A network diagram showing the zones of the system separated from any Internet-connected network',
    ),
    text(
      'Hồ sơ trang bị sản phẩm mật mã của cơ yếu cho các kết nối qua mạng truyền số liệu chuyên dùng',
      'The records of the cơ yếu cipher products installed on the connections over the government data network',
    ),
  ],
  scope: 'system',
  check: (ctx) => {
    const zones = zonesOf(ctx);
    const out = [...internetOutcomes(ctx, zones)];
    const enc = encryptionOutcome(ctx, zones);
    if (enc) out.push(enc);
    if (out.length > 0) return out;
    const tslcd = flowsOver(ctx, zones, 'tslcd').length > 0;
    return [
      {
        status: 'pass',
        message: tslcd
          ? text(
              'Vùng mạng của hệ thống không có luồng tới hoặc từ mạng Internet; dữ liệu qua mạng truyền số liệu chuyên dùng được khai báo mã hóa bằng sản phẩm mật mã của cơ yếu.',
              'The zones of the system have no flow to or from the Internet; data over the government data network is declared encrypted with cơ yếu products.',
            )
          : text(
              'Vùng mạng của hệ thống không có luồng tới hoặc từ mạng Internet và không có luồng qua mạng truyền số liệu chuyên dùng.',
              'The zones of the system have no flow to or from the Internet and none over the government data network.',
            ),
      },
    ];
  },
};
