// Small building blocks shared by rule files; each rule file still declares all of its own data.
import { DR_MODE_NAMES, text, ZONE_KIND_LABELS, type Device, type DeviceKind, type Endpoint, type Site, type Text, type ZoneKind } from '../model/index.js';
import type { SharedCause } from '../rules/index.js';
import type { Outcome, Placement, SystemContext } from './rule.js';

/** A zone kind in words, from the model's one set of labels. */
export const zoneName = (k: ZoneKind): Text => ZONE_KIND_LABELS[k];

/**
 * How a site hosts the system, for messages, and the DR-mode policy: at a cold DR site (equipment started only on
 * failover) a missing zone or device is a warning that it must be ready before failover; at a hot or warm DR site it is
 * judged like the primary site (docs/rules.md, "Levels by site").
 */
export function siteRole(p: Placement, ctx: SystemContext): { readonly vi: string; readonly en: string; readonly severity?: 'warning' } {
  const sys = ctx.system.name;
  if (p.role === 'primary')
    return { vi: `Trung tâm ${p.site.name} (nơi đặt hệ thống ${sys}, cấp độ ${ctx.level})`, en: `Site ${p.site.name} (hosting ${sys}, level ${ctx.level})` };
  const mode = p.drMode ?? 'hot';
  const base = {
    vi: `Trung tâm dự phòng ${p.site.name} (${DR_MODE_NAMES[mode].vi} cho hệ thống ${sys}, cấp độ ${ctx.level})`,
    en: `DR site ${p.site.name} (${mode} DR for ${sys}, level ${ctx.level})`,
  };
  if (p.drMode !== 'cold') return base;
  return { vi: `${base.vi}, phải sẵn sàng trước khi chuyển đổi,`, en: `${base.en}, to be ready before failover,`, severity: 'warning' };
}

/**
 * The site alone, for the words of a shared cause (no system, no level): what every system placed there reads the
 * same way. A cold DR site keeps its own words, as the fact is then judged as a warning (see `siteRole`).
 */
export function siteAlone(p: Placement): Text {
  if (p.role !== 'dr' || p.drMode !== 'cold') return text(`Trung tâm ${p.site.name}`, `Site ${p.site.name}`);
  return text(
    `Trung tâm dự phòng ${p.site.name} (${DR_MODE_NAMES.cold.vi}), phải sẵn sàng trước khi chuyển đổi,`,
    `DR site ${p.site.name} (cold DR), to be ready before failover,`,
  );
}

/**
 * The outcome states a fact of the site itself (e.g. no time server there), the same for every system placed
 * there: `fact` completes `siteAlone` ("không có …" / "has no …", or after `separator` `: `) into the merged finding's words.
 */
export function siteCause(p: Placement, fact: Text, separator: ' ' | ': ' = ' '): SharedCause {
  const at = siteAlone(p);
  const join = (where: string, what: string) => (separator === ' ' ? `${where} ${what}` : `${where.replace(/,$/, '')}: ${what}`);
  return { target: `sites/${p.site.name}`, source: p.site.source, path: ['spec'], message: text(join(at.vi, fact.vi), join(at.en, fact.en)) };
}

/**
 * One failing outcome per site of the system that lacks a zone of one of `kinds`; `primaryOnly` for zones of the
 * organisation's own users, which a DR data centre does not serve (users reach it from their agencies).
 */
export function requireZone(ctx: SystemContext, kinds: readonly ZoneKind[], primaryOnly = false): Outcome[] {
  const out: Outcome[] = [];
  for (const p of ctx.index.placementsOf(ctx.system)) {
    if (primaryOnly && p.role !== 'primary') continue;
    if (kinds.some((k) => ctx.index.hasZoneKind(p.site.name, k))) continue;
    const name = zoneName(kinds[0]!);
    const where = siteRole(p, ctx);
    const fact = text(`không có ${name.vi}.`, `has no ${name.en} (kind: ${kinds.join(' | ')}).`);
    out.push({
      status: 'fail',
      part: `sites/${p.site.name}`,
      ...(where.severity ? { severity: where.severity } : {}),
      message: text(`${where.vi} ${fact.vi}`, `${where.en} ${fact.en}`),
      path: ['spec', 'components'],
      cause: siteCause(p, fact),
    });
  }
  return out;
}

/** Devices of some kinds at a site. */
export function devicesAt(ctx: { index: SystemContext['index'] }, site: Site | string, kinds: readonly DeviceKind[], capability?: string): Device[] {
  const name = typeof site === 'string' ? site : site.name;
  return (ctx.index.devicesBySite.get(name) ?? []).filter(
    (d) => kinds.includes(d.deviceKind) || (capability !== undefined && d.capabilities.includes(capability)),
  );
}

/** Fails per site of the system that has no device of the kinds (or a device with the capability). */
export function requireDevice(ctx: SystemContext, kinds: readonly DeviceKind[], what: Text, capability?: string, severity?: Outcome['severity']): Outcome[] {
  const out: Outcome[] = [];
  for (const p of ctx.index.placementsOf(ctx.system)) {
    if (devicesAt(ctx, p.site, kinds, capability).length > 0) continue;
    const where = siteRole(p, ctx);
    const sev = where.severity ?? severity;
    const fact = text(
      `không có ${what.vi}.`,
      `has no ${what.en} (${[kinds.length ? `Device kind: ${kinds.join(' | ')}` : '', capability ? `capabilities: [${capability}]` : ''].filter(Boolean).join(', or ')}).`,
    );
    out.push({
      status: 'fail',
      part: `sites/${p.site.name}`,
      ...(sev ? { severity: sev } : {}),
      message: text(`${where.vi} ${fact.vi}`, `${where.en} ${fact.en}`),
      path: ['spec', 'components'],
      cause: siteCause(p, fact),
    });
  }
  return out;
}

export type Node = `zone:${string}` | `external:${string}`;

/** Nodes a flow endpoint stands for; site endpoints are left to the DR rules. */
export function endpointNode(e: Endpoint): Node | undefined {
  return e.type === 'zone' ? `zone:${e.zone}` : e.type === 'external' ? `external:${e.external}` : undefined;
}

/**
 * Whether traffic from `a` to `b` must cross at least one of `devices`: true when the devices' boundaries link
 * `a` to `b` (possibly through several devices), i.e. the path exists only through those devices.
 */
export function crossesDevices(devices: readonly Device[], a: Node, b: Node): boolean {
  const adj = adjacency(devices);
  const seen = new Set<Node>([a]);
  const queue: Node[] = [a];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === b) return true;
    for (const m of adj.get(n) ?? []) {
      if (seen.has(m)) continue;
      seen.add(m);
      queue.push(m);
    }
  }
  return false;
}

// One graph per device list and run (rules call crossesDevices once per flow).
const graphs = new WeakMap<readonly Device[], Map<Node, Set<Node>>>();
function adjacency(devices: readonly Device[]): Map<Node, Set<Node>> {
  const cached = graphs.get(devices);
  if (cached) return cached;
  const adj = new Map<Node, Set<Node>>();
  for (const d of devices) {
    const ends: Node[] = [...d.boundaryZones.map((z) => `zone:${z}` as Node), ...d.boundaryExternals.map((x) => `external:${x}` as Node)];
    if (d.zone) ends.push(`zone:${d.zone}`);
    for (const x of ends) for (const y of ends) if (x !== y) (adj.get(x) ?? adj.set(x, new Set()).get(x)!).add(y);
  }
  graphs.set(devices, adj);
  return adj;
}
