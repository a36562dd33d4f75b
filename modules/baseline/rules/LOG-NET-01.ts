import { msg, text, type DeviceKind, type Site, type Zone, type ZoneKind } from '../../model/index.js';
import { devicesAt, siteCause, siteRole } from '../helpers.js';
import type { ModelContext, Outcome, Placement, SystemContext, SystemRule } from '../rule.js';

// Logs of network and security devices (TT 12/2022 annexes, "Bảo đảm an toàn mạng – Nhật ký hệ thống") and of the
// servers in the server zones must reach a central collector. A zone reaches one when a collector stands at its site,
// or when a flow leads from the zone (or from its whole site) to a zone or site holding one.
const COLLECTORS: readonly DeviceKind[] = ['log-collector', 'siem'];
const NETWORK_DEVICES: readonly DeviceKind[] = [
  'firewall',
  'ips',
  'waf',
  'anti-ddos',
  'db-firewall',
  'vpn',
  'nac',
  'core-switch',
  'load-balancer',
  'mail-security',
];
/** Zones holding network devices or servers by their kind; any other zone counts when a network device stands in it. */
const SOURCE_KINDS: readonly ZoneKind[] = ['edge', 'dmz', 'internal-servers', 'database', 'device-management'];

/** Names of the zones and sites that hold a log collector. */
function collectorPlaces(ctx: ModelContext): { zones: Set<string>; sites: Set<string> } {
  const found = ctx.model.devices.filter((d) => COLLECTORS.includes(d.deviceKind));
  return { zones: new Set(found.flatMap((d) => (d.zone ? [d.zone] : []))), sites: new Set(found.map((d) => d.site)) };
}

/** Zones of a site whose logs must reach a collector and cannot: none when a collector stands at the site. */
function zonesWithoutCollector(ctx: ModelContext, site: Site): Zone[] {
  if (devicesAt(ctx, site, COLLECTORS).length > 0) return [];
  const places = collectorPlaces(ctx);
  const zones = ctx.index.zonesBySite.get(site.name) ?? [];
  const networkZones = new Set(devicesAt(ctx, site, NETWORK_DEVICES).flatMap((d) => (d.zone ? [d.zone] : [])));
  const reaches = (z: Zone) =>
    ctx.model.flows.some(
      (f) =>
        ((f.from.type === 'zone' && f.from.zone === z.name) || (f.from.type === 'site' && f.from.site === site.name)) &&
        ((f.to.type === 'zone' && places.zones.has(f.to.zone)) || (f.to.type === 'site' && places.sites.has(f.to.site))),
    );
  return zones.filter((z) => (SOURCE_KINDS.includes(z.zoneKind) || networkZones.has(z.name)) && !reaches(z));
}

function sourceOutcome(ctx: SystemContext, p: Placement, zones: readonly Zone[]): Outcome {
  const where = siteRole(p, ctx);
  const severity = where.severity ?? (ctx.level <= 2 ? 'warning' : undefined);
  const list = zones.map((z) => z.name).join(', ');
  // The zones without a collector are a fact of the site, the same for every system there.
  const fact = text(
    `có các vùng ${list} mà nhật ký của thiết bị mạng, máy chủ không được gửi tới hệ thống thu thập nhật ký tập trung (tại trung tâm này không có thiết bị thu thập nhật ký hay hệ thống quản lý và phân tích sự kiện an toàn thông tin, và không có luồng nào từ các vùng đó tới nơi đặt các thiết bị này).`,
    `has zones ${list} whose network-device and server logs reach no central log collector (no log collector or SIEM at this site, and no flow from those zones to where one stands).`,
  );
  return {
    status: 'fail',
    part: `sites/${p.site.name}`,
    ...(severity ? { severity } : {}),
    message: text(`${where.vi} ${fact.vi}`, `${where.en} ${fact.en}`),
    path: ['spec', 'components'],
    cause: siteCause(p, fact),
  };
}

function retentionOutcome(ctx: SystemContext): Outcome | undefined {
  const { system, level } = ctx;
  const min = ctx.param('logRetentionMonths', level);
  const months = system.logging?.retentionMonths;
  const path = system.logging ? ['spec', 'logging'] : ['spec'];
  if (months === undefined) {
    return {
      status: 'manual',
      part: 'retention',
      message: msg('LOG-NET-01.undeclared', { system: system.name, min: min.value, level }),
      path,
    };
  }
  if (months >= min.value) return undefined;
  return {
    status: 'fail',
    part: 'retention',
    // A minimum no text that was read fixes only warns.
    ...(min.verified ? {} : { severity: 'warning' as const }),
    message: msg('LOG-NET-01.short', { system: system.name, months, min: min.value, level }),
    path,
  };
}

export const LOG_NET_01: SystemRule = {
  id: 'LOG-NET-01',
  title: text('Ghi và lưu tập trung nhật ký thiết bị mạng, an ninh', 'Network and security device logs, stored centrally'),
  domain: 'operations',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I', item: 'II.2.1.1.2', levels: [1] },
    { doc: 'tcvn11930-2017', item: '5.2.1.3', levels: [1] },
    { doc: 'tt12-2022', annex: 'II–V', item: 'II.2.1.1.3', levels: [2, 3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '6.2.1.4', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.1.4', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.4', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.4', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục nhật ký thiết bị mạng của TCVN 11930:2017 chưa đối chiếu được; yêu cầu thu thập tập trung lấy từ một bảng kiểm cấp độ 3 theo câu chữ của tiêu chuẩn.',
    'The full text of the network-device log clause of TCVN 11930:2017 could not be checked; central collection comes from a level-3 checklist that follows the wording of the standard.',
  ),
  parameters: ['logRetentionMonths'],
  remediation: text(
    'Đặt thiết bị thu thập nhật ký (thiết bị loại `log-collector` hoặc `siem`) tại mỗi trung tâm nơi hệ thống chạy, hoặc khai báo luồng gửi nhật ký từ từng vùng mạng (hoặc từ cả trung tâm) tới vùng đặt thiết bị thu thập; khai báo thời gian lưu nhật ký (`logging.retentionMonths`) không thấp hơn mức tối thiểu của cấp độ.',
    'Place a log collector (Device `kind: log-collector` or `siem`) at every site where the system runs, or declare flows carrying logs from each zone (or from the whole site) to the zone of a collector; declare `logging.retentionMonths` of at least the minimum of the level.',
  ),
  evidence: [
    text('cấu hình gửi nhật ký của thiết bị mạng, máy chủ tới hệ thống thu thập tập trung', 'the log-forwarding settings of the network devices and servers'),
    text('thiết lập thời gian lưu nhật ký trên hệ thống thu thập', 'the retention set on the log collector'),
  ],
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    if (ctx.level === 1) {
      out.push({
        status: 'manual',
        part: 'sources',
        message: text(
          'Cần kiểm tra thủ công: thiết bị mạng, tường lửa của hệ thống có ghi nhật ký hệ thống.',
          "Needs a manual check: the system's network devices and firewalls record system logs.",
        ),
      });
    } else {
      for (const p of ctx.index.placementsOf(ctx.system)) {
        const zones = zonesWithoutCollector(ctx, p.site);
        if (zones.length > 0) out.push(sourceOutcome(ctx, p, zones));
      }
    }
    const retention = retentionOutcome(ctx);
    if (retention) out.push(retention);
    return out;
  },
};
