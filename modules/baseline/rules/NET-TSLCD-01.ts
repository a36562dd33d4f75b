import { externalOf, msg, text, type Endpoint, type Flow, type Model, type Site } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// QĐ 1562/QĐ-TTg asks for two fibre channels over physically different routes where a TSLCD connection serves to
// interconnect information systems and databases. A site needs them when a flow of a system runs between one of its
// zones and the government data network, or an external endpoint reached over it; a site merely bounded by the network
// (a firewall facing it, no system flow) is not judged.

/** Whether the endpoint is an external reached over the government data network (the flow's `via`, else the endpoint's usual path). */
function overTslcd(model: Pick<Model, 'externals'>, f: Flow, e: Endpoint): boolean {
  return e.type === 'external' && (f.via ?? externalOf(model, e.external)?.path) === 'tslcd';
}

/** Systems whose flows join one of the site's zones to the government data network, in name order. */
function tslcdSystemsAt(ctx: ModelContext, site: Site): string[] {
  const zones = new Set((ctx.index.zonesBySite.get(site.name) ?? []).map((z) => z.name));
  const isZone = (e: Endpoint) => e.type === 'zone' && zones.has(e.zone);
  const systems = new Set<string>();
  for (const f of ctx.model.flows) {
    if (f.system === undefined) continue;
    if ((isZone(f.from) && overTslcd(ctx.model, f, f.to)) || (overTslcd(ctx.model, f, f.from) && isZone(f.to))) systems.add(f.system);
  }
  return [...systems].sort();
}

function outcomeOf(ctx: ModelContext, site: Site, systems: readonly string[]): Outcome {
  const base = { target: `sites/${site.name}`, source: site.source, level: Math.max(1, ctx.index.siteLevel(site.name)) };
  const paths = site.tslcdPaths;
  const named = systems.map((n) => ctx.model.systems.find((s) => s.name === n));
  const list = text(named.map((s, i) => s?.title ?? systems[i]).join('; '), named.map((s, i) => s?.titleEn ?? s?.title ?? systems[i]).join('; '));
  if (paths === undefined) {
    return {
      ...base,
      status: 'manual',
      path: ['spec'],
      message: text(
        `Trung tâm ${site.name} liên thông hệ thống ${list.vi} qua mạng truyền số liệu chuyên dùng nhưng chưa khai báo số tuyến cáp quang; cần hồ sơ tuyến kết nối của nhà cung cấp.`,
        `Site ${site.name} interconnects ${list.en} over the government data network but does not declare its fibre routes (tslcdPaths); the carrier's route documents are needed.`,
      ),
    };
  }
  if (paths < 2) return { ...base, status: 'fail', path: ['spec', 'tslcdPaths'], message: msg('NET-TSLCD-01.fail', { site: site.name, n: paths }) };
  return { ...base, status: 'pass', message: msg('NET-TSLCD-01.pass', { site: site.name, n: paths }) };
}

export const NET_TSLCD_01: ModelRule = {
  id: 'NET-TSLCD-01',
  title: text(
    'Kết nối mạng truyền số liệu chuyên dùng để liên thông hệ thống thông tin qua ít nhất hai tuyến cáp quang khác nhau',
    'A data centre interconnecting information systems over the government data network uses at least two physically different fibre routes',
  ),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'qd1562-2025' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Quy tắc này là kiểm tra DC-06 của danh mục kiểm tra trung tâm dữ liệu. Yêu cầu hai kênh cáp quang trên hai tuyến vật lý khác nhau cho kết nối mạng truyền số liệu chuyên dùng dùng để liên thông hệ thống thông tin, cơ sở dữ liệu được đọc qua bài tóm tắt Quyết định số 1562/QĐ-TTg; chưa đối chiếu điều, khoản của văn bản gốc. Trung tâm chỉ được xét khi có luồng của một hệ thống thông tin đi qua mạng này.',
    'This rule is check DC-06 of the data-centre checks. The two fibre channels over two physically different routes for a government-data-network connection that interconnects information systems and databases were read in a summary of Decision 1562/QD-TTg; the article of the original text was not checked. A site is judged only when a flow of an information system crosses that network.',
  ),
  remediation: text(
    'Đặt thêm một kênh cáp quang tới mạng truyền số liệu chuyên dùng theo tuyến vật lý khác và khai báo số tuyến cáp quang (`tslcdPaths`) của trung tâm.',
    'Add a second fibre channel to the government data network over a different physical route and declare the site’s `tslcdPaths`.',
  ),
  evidence: [
    text(
      'Hồ sơ tuyến kết nối mạng truyền số liệu chuyên dùng của nhà cung cấp, thể hiện hai tuyến cáp quang đi theo đường vật lý khác nhau',
      "The carrier's route documents of the government data network connection, showing two fibre routes over different physical paths",
    ),
  ],
  scope: 'model',
  check: (ctx) =>
    ctx.model.sites.flatMap((site) => {
      const systems = tslcdSystemsAt(ctx, site);
      return systems.length > 0 ? [outcomeOf(ctx, site, systems)] : [];
    }),
};
