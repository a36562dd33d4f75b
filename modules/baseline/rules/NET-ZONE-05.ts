import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

// Zones a wireless network must not reach directly for it to stay "separate and independent". The SOC is not
// among them: wireless controllers ship their logs there.
const PROTECTED = new Set(['internal-servers', 'database', 'storage', 'backup', 'management', 'device-management']);

export const NET_ZONE_05: SystemRule = {
  id: 'NET-ZONE-05',
  title: text('Vùng mạng không dây tách biệt, độc lập', 'Wireless, if present, is a separate and independent zone'),
  domain: 'network',
  mode: 'auto',
  levels: [2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'II–V', item: 'II.1.a.v' }],
  confidence: 'unverified',
  confidenceNote: text(
    '"Tách riêng, độc lập" được hiểu là không có luồng được phép từ vùng không dây vào vùng máy chủ, dữ liệu hoặc quản trị; đây là cách hiểu của hatang.',
    '"Separate and independent" is read as no allowed flow from the wireless zone into server, data or management zones; this is the toolkit\'s reading.',
  ),
  remediation: text(
    'Bỏ luồng cho phép từ vùng không dây vào vùng máy chủ, CSDL, lưu trữ, sao lưu, quản trị; người dùng Wi-Fi đi qua DMZ như người dùng bên ngoài.',
    'Remove allowed flows from the wireless zone into server, database, storage, backup or management zones; Wi-Fi users reach services through the DMZ like outside users.',
  ),
  scope: 'system',
  check: (ctx) => {
    const sites = new Set(ctx.index.sitesOf(ctx.system).map((s) => s.name));
    return ctx.model.flows
      .filter((f) => {
        if (f.from.type !== 'zone' || f.to.type !== 'zone') return false;
        const from = ctx.index.zone.get(f.from.zone);
        const to = ctx.index.zone.get(f.to.zone);
        return !!from && !!to && from.zoneKind === 'wireless' && sites.has(from.site) && PROTECTED.has(to.zoneKind);
      })
      .map((f) => ({
        status: 'fail' as const,
        part: `flows/${f.name}`,
        message: text(
          `Luồng ${f.name} cho phép vùng không dây vào ${f.to.type === 'zone' ? f.to.zone : ''}.`,
          `Flow ${f.name} lets the wireless zone into ${f.to.type === 'zone' ? f.to.zone : ''}.`,
        ),
        source: f.source,
        path: ['spec', 'to'],
      }));
  },
};
