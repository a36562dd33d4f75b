// zones.yaml, devices.yaml and flows.yaml of a starting inventory: the design of the level at every site.
import type { ZoneKind } from '../model/index.js';
import { drOf, primaryOf, type InitContext, type SitePlan } from './context.js';
import { isSiteDevice, type DeviceDesign, type EndDesign, type FlowDesign } from './design.js';
import { doc, file, flowList, flowMap, q } from './yaml.js';

/** The zones of a site: the design's, without the primary-only ones at the DR site. */
function zonesOf(ctx: InitContext, site: SitePlan) {
  return ctx.design.zones.filter((z) => site.role === 'primary' || !z.primaryOnly);
}

/** The name of the zone of `kind` at `site`. */
export function zoneAt(ctx: InitContext, site: SitePlan, kind: ZoneKind): string {
  const z = ctx.design.zones.find((d) => d.kind === kind);
  if (!z) throw new Error(`the design of level ${ctx.level} has no zone of kind ${kind}`);
  return `${site.name}-${z.short}`;
}

export function zonesFile(ctx: InitContext): string {
  const docs = ctx.sites.flatMap((site) =>
    zonesOf(ctx, site).map((z) => {
      const third = site.v4Third + (z.vlan - 100) / 10;
      const v4 = `10.${ctx.octet}.${third}`;
      const v6 = `${ctx.ula}:${site.v6Digit === 0 ? '' : site.v6Digit}${z.vlan}`;
      return doc('Zone', zoneAt(ctx, site, z.kind), [
        `  site: ${site.name}`,
        `  kind: ${z.kind}`,
        `  title: ${q(z.title)}`,
        `  vlan: ${z.vlan}`,
        `  ipv4: ${flowMap({ prefix: `${v4}.0/24`, gateway: `${v4}.1` })}`,
        `  ipv6: ${flowMap({ prefix: `${v6}::/64`, gateway: `${v6}::1` })}`,
        `  hosts: ${z.hosts}`,
      ]);
    }),
  );
  return file(
    [
      `Vùng mạng tối thiểu của cấp độ ${ctx.level} (docs/minimum-design.md), tại mỗi trung tâm.`,
      'Mỗi vùng một VLAN, một /24 IPv4 và một /64 IPv6 từ dải của trung tâm; cổng mặc định là địa chỉ đầu tiên.',
      'Cần điền: số máy (hosts) theo thực tế; thêm vùng khi cần (lưu trữ, sao lưu, SOC, mạng không dây…).',
    ],
    docs,
  );
}

/** A device of the design at a site. */
function deviceDoc(ctx: InitContext, site: SitePlan, d: DeviceDesign): string {
  const known = new Set(zonesOf(ctx, site).map((z) => z.kind));
  const zones = (d.boundaryZones ?? []).filter((z) => known.has(z)).map((z) => zoneAt(ctx, site, z));
  const externals = d.boundaryExternals ?? [];
  const spec = [
    `  kind: ${d.kind}`,
    ...(d.capabilities?.length ? [`  capabilities: ${flowList(d.capabilities)}`] : []),
    `  site: ${site.name}`,
    ...(d.zone && known.has(d.zone) ? [`  zone: ${zoneAt(ctx, site, d.zone)}`] : []),
    ...(zones.length || externals.length
      ? ['  boundaries:', ...(zones.length ? [`    zones: ${flowList(zones)}`] : []), ...(externals.length ? [`    externals: ${flowList(externals)}`] : [])]
      : []),
    `  redundancy: ${d.redundancy}`,
    `  count: ${d.count}`,
    ...(d.service ? ['  service: true'] : []),
    `  # vendor: ""  # TODO: hãng, sản phẩm`,
  ];
  return doc('Device', `${site.name}-${d.short}`, spec, d.description);
}

export function devicesFile(ctx: InitContext): string {
  const docs = ctx.sites.flatMap((site) =>
    ctx.design.devices.filter((d) => site.role === 'primary' || isSiteDevice(ctx.level, d.short)).map((d) => deviceDoc(ctx, site, d)),
  );
  return file(
    [
      `Thiết bị tối thiểu mà các quy tắc yêu cầu ở cấp độ ${ctx.level} (docs/minimum-design.md nêu quy tắc của từng thiết bị).`,
      'Chuỗi tường lửa: tường lửa biên (Internet, mạng truyền số liệu chuyên dùng ↔ vùng biên, DMZ) rồi tường lửa trung tâm',
      '(DMZ ↔ các vùng bên trong). Dự phòng theo cấp độ: thiết bị dự phòng nguội ở cấp độ 2, cặp dự phòng nóng từ cấp độ 3.',
      'Cần điền: hãng, sản phẩm (vendor) của từng thiết bị; giữ số lượng và chế độ dự phòng.',
    ],
    docs,
  );
}

function endpoint(ctx: InitContext, site: SitePlan, e: EndDesign): string {
  if ('zone' in e) return flowMap({ zone: zoneAt(ctx, site, e.zone) });
  if ('external' in e) return flowMap({ external: e.external });
  const other = ctx.sites.find((s) => s.name !== site.name)!;
  return flowMap({ site: other.name });
}

function flowDoc(ctx: InitContext, site: SitePlan, f: FlowDesign): string {
  return doc('Flow', `${site.name}-${f.short}`, [
    `  from: ${endpoint(ctx, site, f.from)}`,
    `  to: ${endpoint(ctx, site, f.to)}`,
    `  ports: ${flowList(f.ports)}`,
    `  purpose: ${q(f.purpose)}`,
    ...(f.system ? [`  system: ${ctx.system}`] : []),
  ]);
}

/** The flows of a site: every flow of the design at the primary site, the DR site mirrors those within it. */
function flowsOf(ctx: InitContext, site: SitePlan): FlowDesign[] {
  const dr = drOf(ctx) !== undefined;
  const zones = new Set(zonesOf(ctx, site).map((z) => z.kind));
  const inSite = (e: EndDesign) => !('zone' in e) || zones.has(e.zone);
  return ctx.design.flows.filter(
    (f) => (dr || !f.needsDr) && (site.role === 'primary' || (!f.primaryOnly && inSite(f.from) && inSite(f.to))) && inSite(f.from) && inSite(f.to),
  );
}

export function flowsFile(ctx: InitContext): string {
  const docs = ctx.sites.flatMap((site) => flowsOf(ctx, site).map((f) => flowDoc(ctx, site, f)));
  return file(
    [
      'Luồng được phép; mọi luồng khác bị chặn. Mỗi luồng đi qua tường lửa biên hoặc tường lửa trung tâm.',
      drOf(ctx) ? `Trung tâm dự phòng có các luồng tương ứng của trung tâm chính (${primaryOf(ctx).name}) để nhận tải khi chuyển đổi.` : '',
      'Cần điền: cổng thực tế của ứng dụng; thêm luồng tới nền tảng quốc gia (NGSP, trục liên thông văn bản…) khi dùng.',
    ].filter((l) => l !== ''),
    docs,
  );
}
