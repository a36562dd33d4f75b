import { EXTERNAL_PATH_LABELS, externalOf, externalText, text, ZONE_KIND_LABELS, type Endpoint, type Flow, type Text, type Zone } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// Smart-city networks: cameras and sensors (external endpoints of category field-devices) are an untrusted network that
// lands in an ingest zone of its own (kind iot), kept apart from the other zones by a firewall; a public Wi-Fi zone is
// for citizens and reaches the Internet and the public services of the DMZ only.

/** A zone in words: its title when it has one (a name people gave it), else its kind and name. */
const zoneText = (z: Zone): Text => text(z.title ?? `${ZONE_KIND_LABELS[z.zoneKind].vi} ${z.name}`, `the ${ZONE_KIND_LABELS[z.zoneKind].en} ${z.name}`);

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A flow endpoint in words: a zone with its kind, a site, an external endpoint by its title. */
function endText(ctx: ModelContext, e: Endpoint): Text {
  if (e.type === 'zone') {
    const z = ctx.index.zone.get(e.zone);
    return z ? zoneText(z) : text(`vùng ${e.zone}`, `zone ${e.zone}`);
  }
  if (e.type === 'site') return text(`trung tâm ${e.site}`, `site ${e.site}`);
  return externalText(ctx.model, e.external);
}

/** The level a zone or a flow is judged at: the highest of the data-centre sites of its zones (at least 1). */
function levelOf(ctx: ModelContext, zones: readonly (Zone | undefined)[]): number {
  return Math.max(1, ...zones.flatMap((z) => (z ? [ctx.index.siteLevel(z.site)] : [])));
}

const zoneOf = (ctx: ModelContext, e: Endpoint): Zone | undefined => (e.type === 'zone' ? ctx.index.zone.get(e.zone) : undefined);
const isField = (ctx: ModelContext, e: Endpoint): boolean => e.type === 'external' && externalOf(ctx.model, e.external)?.category === 'field-devices';
const severityAt = (level: number) => (level <= 2 ? { severity: 'warning' as const } : {});

/** (a) A flow between field devices and anything of the data centre but an iot zone. */
function fieldFlow(ctx: ModelContext, f: Flow): Outcome | undefined {
  const inbound = isField(ctx, f.from);
  if (!inbound && !isField(ctx, f.to)) return undefined;
  const [field, inner] = inbound ? [f.from, f.to] : [f.to, f.from];
  if (inner.type === 'external' || zoneOf(ctx, inner)?.zoneKind === 'iot') return undefined;
  const level = levelOf(ctx, [zoneOf(ctx, inner)]);
  const [dev, there] = [endText(ctx, field), endText(ctx, inner)];
  const iot = ZONE_KIND_LABELS.iot;
  return {
    target: `flows/${f.name}`,
    source: f.source,
    path: ['spec', inbound ? 'to' : 'from'],
    level,
    status: 'fail',
    ...severityAt(level),
    message: inbound
      ? text(
          `Luồng ${f.name} đưa dữ liệu từ ${dev.vi} thẳng vào ${there.vi}, không qua ${iot.vi}: mạng thiết bị hiện trường đi thẳng vào vùng bên trong của trung tâm dữ liệu (cấp độ ${level}).`,
          `Flow ${f.name} brings data from ${dev.en} straight into ${there.en}, not through a ${iot.en}: the field network reaches the data centre's inner zones directly (level ${level}).`,
        )
      : text(
          `Luồng ${f.name} cho phép ${there.vi} kết nối thẳng tới ${dev.vi}, không qua ${iot.vi}: vùng bên trong của trung tâm dữ liệu mở kết nối trực tiếp với mạng thiết bị hiện trường (cấp độ ${level}).`,
          `Flow ${f.name} lets ${there.en} connect straight to ${dev.en}, not through a ${iot.en}: an inner zone of the data centre talks to the field network directly (level ${level}).`,
        ),
  };
}

/** (b) An iot zone inside the boundaries of a firewall, or not. */
function iotZone(ctx: ModelContext, z: Zone): Outcome {
  const level = levelOf(ctx, [z]);
  const firewalls = ctx.model.devices.filter((d) => d.deviceKind === 'firewall' && d.boundaryZones.includes(z.name)).map((d) => d.name);
  const base = { target: `zones/${z.name}`, source: z.source, path: ['spec'], level };
  const name = zoneText(z);
  if (firewalls.length === 0) {
    return {
      ...base,
      status: 'fail',
      ...severityAt(level),
      message: text(
        `${capital(name.vi)} không nằm trong ranh giới của tường lửa nào: lưu lượng từ thiết bị hiện trường tới các vùng khác không được kiểm soát (cấp độ ${level}).`,
        `${capital(name.en)} is inside the boundaries of no firewall: traffic from the field devices to the other zones is not controlled (level ${level}).`,
      ),
    };
  }
  const list = firewalls.join(', ');
  return {
    ...base,
    status: 'pass',
    message: text(
      `${capital(name.vi)} được tường lửa ${list} tách khỏi các vùng khác.`,
      `${capital(name.en)} is kept apart from the other zones by firewall ${list}.`,
    ),
  };
}

/** (c) A flow out of a public Wi-Fi zone to anything but the Internet or a DMZ. */
function wifiFlow(ctx: ModelContext, f: Flow, from: Zone): Outcome | undefined {
  const to = f.to;
  // A flow to field devices is judged as such (a), not twice.
  if (isField(ctx, to) || (to.type === 'zone' && zoneOf(ctx, to)?.zoneKind === 'dmz')) return undefined;
  const external = to.type === 'external' ? externalOf(ctx.model, to.external) : undefined;
  const path = to.type === 'external' ? (f.via ?? external?.path) : undefined;
  if (to.type === 'external' && path === 'internet') return undefined;
  const level = levelOf(ctx, [from, zoneOf(ctx, to)]);
  const [wifi, there] = [zoneText(from), endText(ctx, to)];
  // A network is named by itself; a national system by the network it is reached over.
  const over =
    path !== undefined && external?.category !== 'network'
      ? text(` qua ${EXTERNAL_PATH_LABELS[path].vi}`, ` over ${EXTERNAL_PATH_LABELS[path].en}`)
      : text('', '');
  return {
    target: `flows/${f.name}`,
    source: f.source,
    path: ['spec', 'to'],
    level,
    status: 'fail',
    ...severityAt(level),
    message: text(
      `Luồng ${f.name} cho phép ${wifi.vi} đi tới ${there.vi}${over.vi}: người dùng mạng không dây công cộng chỉ được ra Internet và dùng dịch vụ công khai ở vùng DMZ (cấp độ ${level}).`,
      `Flow ${f.name} lets ${wifi.en} reach ${there.en}${over.en}: public Wi-Fi users may reach only the Internet and the public services of the DMZ (level ${level}).`,
    ),
  };
}

/** (c) Every flow out of a public Wi-Fi zone, and the zone's pass when none goes elsewhere. */
function wifiZone(ctx: ModelContext, z: Zone): Outcome[] {
  const fails = ctx.model.flows.flatMap((f) => (f.from.type === 'zone' && f.from.zone === z.name ? (wifiFlow(ctx, f, z) ?? []) : []));
  if (fails.length > 0) return fails;
  const name = zoneText(z);
  return [
    {
      target: `zones/${z.name}`,
      source: z.source,
      path: ['spec'],
      level: levelOf(ctx, [z]),
      status: 'pass',
      message: text(`${capital(name.vi)} chỉ có luồng ra Internet hoặc tới vùng DMZ.`, `${capital(name.en)} has flows only to the Internet or to a DMZ.`),
    },
  ];
}

function check(ctx: ModelContext): Outcome[] {
  const out: Outcome[] = ctx.model.flows.flatMap((f) => fieldFlow(ctx, f) ?? []);
  for (const z of ctx.model.zones) {
    if (z.zoneKind === 'iot') out.push(iotZone(ctx, z));
    if (z.zoneKind === 'public-wifi') out.push(...wifiZone(ctx, z));
  }
  return out;
}

export const NET_IOT_01: ModelRule = {
  id: 'NET-IOT-01',
  title: text(
    'Mạng camera, cảm biến và mạng không dây công cộng tách khỏi các vùng bên trong của trung tâm dữ liệu',
    "Camera and sensor networks and public Wi-Fi are kept apart from the data centre's inner zones",
  ),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.a' },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.a.iii' },
    { doc: 'tt12-2022', annex: 'II–V', item: 'II.1.a.v', levels: [2, 3, 4, 5] },
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.ii' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Văn bản yêu cầu thiết kế các vùng mạng theo chức năng, có vùng DMZ, vùng mạng không dây tách riêng, độc lập với các vùng khác và kiểm soát truy cập giữa các vùng (Thông tư số 12/2022/TT-BTTTT); văn bản không nêu mạng camera, cảm biến hay mạng không dây công cộng. Coi mạng thiết bị hiện trường là mạng không tin cậy, chỉ được vào một vùng thu nhận riêng có tường lửa ngăn cách, và chỉ cho mạng không dây công cộng ra Internet hoặc tới vùng DMZ, là cách hiểu của hatang. Vùng và luồng được đánh giá ở cấp độ của trung tâm dữ liệu chứa các vùng đó; mức lỗi từ cấp độ 3, dưới cấp độ 3 là cảnh báo vì văn bản chấp nhận phương án tương đương cho kiểm soát truy cập giữa các vùng.',
    "The texts require network zones designed by function, a DMZ, a wireless zone separate and independent from the others, and access control between zones (Circular 12/2022); they do not mention camera or sensor networks or public Wi-Fi. Treating the field-device network as untrusted, admitted only into an ingest zone of its own behind a firewall, and letting public Wi-Fi reach only the Internet or a DMZ, is the toolkit's reading. Zones and flows are judged at the level of the data-centre site of their zones; an error from level 3, a warning below, where the texts accept an equivalent solution for access control between zones.",
  ),
  remediation: text(
    'Cho các luồng từ thiết bị hiện trường (hệ thống bên ngoài khai báo trong `externals` với `category: field-devices`) vào một vùng riêng loại `iot`, đặt vùng này trong ranh giới (`boundaries`) của một tường lửa, và chỉ cho vùng loại `public-wifi` đi ra Internet hoặc tới vùng loại `dmz`.',
    'Let flows from field devices (external endpoints declared under `externals` with `category: field-devices`) land in a zone of its own of `kind: iot`, put that zone in the `boundaries` of a firewall, and let a zone of `kind: public-wifi` reach only the Internet or a zone of `kind: dmz`.',
  ),
  scope: 'model',
  check,
};
