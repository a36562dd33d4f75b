import { msg, text, type Site } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

/** Whether the site connects to the government data network: a device bounded by it, or a flow of one of its zones. */
function onTslcd(ctx: ModelContext, site: Site): boolean {
  if ((ctx.index.devicesBySite.get(site.name) ?? []).some((d) => d.boundaryExternals.includes('tslcd'))) return true;
  const zones = new Set((ctx.index.zonesBySite.get(site.name) ?? []).map((z) => z.name));
  const isZone = (e: { type: string; zone?: string }) => e.type === 'zone' && zones.has(e.zone!);
  const isTslcd = (e: { type: string; external?: string }) => e.type === 'external' && e.external === 'tslcd';
  return ctx.model.flows.some((f) => (isZone(f.from) && isTslcd(f.to)) || (isTslcd(f.from) && isZone(f.to)));
}

export const NET_TSLCD_01: ModelRule = {
  id: 'NET-TSLCD-01',
  title: text(
    'Kết nối mạng truyền số liệu chuyên dùng của trung tâm dữ liệu qua ít nhất hai tuyến cáp quang khác nhau',
    'The data centre reaches the government data network over at least two physically different fibre routes',
  ),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'qd1562-2025' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Yêu cầu hai kênh cáp quang trên hai tuyến vật lý khác nhau được đọc qua bài tóm tắt Quyết định số 1562/QĐ-TTg; chưa đối chiếu điều, khoản của văn bản gốc.',
    'The two fibre channels over two physically different routes were read in a summary of Decision 1562/QD-TTg; the article of the original text was not checked.',
  ),
  remediation: text(
    'Đặt thêm một kênh cáp quang tới mạng truyền số liệu chuyên dùng theo tuyến vật lý khác và khai báo số tuyến cáp quang (`tslcdPaths`) của trung tâm.',
    'Add a second fibre channel to the government data network over a different physical route and declare the site’s `tslcdPaths`.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const site of ctx.model.sites) {
      if (!onTslcd(ctx, site)) continue;
      const base = { target: `sites/${site.name}`, source: site.source, level: Math.max(1, ctx.index.siteLevel(site.name)) };
      const paths = site.tslcdPaths;
      if (paths === undefined) {
        out.push({
          ...base,
          status: 'manual',
          path: ['spec'],
          message: text(
            `Trung tâm ${site.name} kết nối mạng truyền số liệu chuyên dùng nhưng chưa khai báo số tuyến cáp quang; cần hồ sơ tuyến kết nối của nhà cung cấp.`,
            `Site ${site.name} connects to the government data network but does not declare its fibre routes (tslcdPaths); the carrier's route documents are needed.`,
          ),
        });
      } else if (paths < 2) {
        out.push({
          ...base,
          status: 'fail',
          path: ['spec', 'tslcdPaths'],
          message: msg('NET-TSLCD-01.fail', { site: site.name, n: paths }),
        });
      } else {
        out.push({
          ...base,
          status: 'pass',
          message: msg('NET-TSLCD-01.pass', { site: site.name, n: paths }),
        });
      }
    }
    return out;
  },
};
