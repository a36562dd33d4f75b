// Network diagrams as Graphviz DOT (pure), laid out by Graphviz compiled to WebAssembly: no browser, same bytes
// for the same model. The Graphviz module loads when a diagram is first laid out, not with this module.
import type { Device, Endpoint, Flow, Model, PortRange, Site, Text, Zone } from '../model/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export interface Diagram {
  /** Stable id, used as a prefix of the SVG's element ids. */
  readonly id: string;
  readonly title: Text;
  readonly dot: string;
}

export interface RenderedDiagram extends Diagram {
  /** Inline `<svg>` element, without XML prolog, doctype or comments. */
  readonly svg: string;
}

/** Devices drawn on zone boundaries: the ones that filter or inspect traffic between zones or to the outside. */
const BOUNDARY_KINDS = new Set<Device['deviceKind']>([
  'firewall',
  'ips',
  'waf',
  'anti-ddos',
  'db-firewall',
  'vpn',
  'nac',
  'pam',
  'mail-security',
  'load-balancer',
  'dlp',
]);

const ZONE_COLOURS: Record<Zone['zoneKind'], string> = {
  edge: '#fde2e1',
  dmz: '#fff1c1',
  'internal-servers': '#e3f0ff',
  database: '#e6e1fb',
  storage: '#e9eef2',
  backup: '#e9eef2',
  management: '#def5e5',
  'device-management': '#def5e5',
  soc: '#dff3f5',
  user: '#f3f3f3',
  wireless: '#f3f3f3',
};

const q = (s: string): string =>
  `"${s
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;

const GRAPH_DEFAULTS = [
  'graph [fontname="DejaVu Sans", fontsize=10, newrank=true, nodesep=0.3, ranksep=0.5, pad=0.2]',
  'node [fontname="DejaVu Sans", fontsize=9, shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555"]',
  'edge [fontname="DejaVu Sans", fontsize=8, color="#555555"]',
];

function zoneLabel(z: Zone): string {
  return [z.name, z.zoneKind + (z.vlan !== undefined ? ` · VLAN ${z.vlan}` : ''), z.ipv4?.prefix, z.ipv6?.prefix].filter(Boolean).join('\n');
}

const zoneNode = (z: Zone): string => `${q('z:' + z.name)} [label=${q(zoneLabel(z))}, fillcolor=${q(ZONE_COLOURS[z.zoneKind])}]`;
const externalNode = (name: string): string => `${q('x:' + name)} [label=${q(name)}, shape=ellipse, style=filled, fillcolor="#ffffff"]`;
const deviceNode = (d: Device): string =>
  `${q('d:' + d.name)} [label=${q(`${d.name}\n${d.deviceKind}${d.redundancy !== 'single' ? ` · ${d.redundancy}` : ''}`)}, shape=hexagon, style=filled, fillcolor="#fbe3c8"]`;

function endpointId(e: Endpoint): string {
  return e.type === 'zone' ? `z:${e.zone}` : e.type === 'external' ? `x:${e.external}` : `s:${e.site}`;
}

function portsLabel(ports: readonly PortRange[]): string {
  const parts = ports.map((p) => (p.from === undefined ? p.protocol : `${p.protocol}/${p.from}${p.to !== undefined && p.to !== p.from ? `-${p.to}` : ''}`));
  return parts.length > 3 ? `${parts.slice(0, 3).join(', ')}, …` : parts.join(', ');
}

/** Zones of one site with their prefixes, and the security devices on their boundaries. */
export function siteZonesDiagram(model: Model, site: Site): Diagram {
  const zones = model.zones.filter((z) => z.site === site.name);
  const devices = model.devices.filter(
    (d) => d.site === site.name && BOUNDARY_KINDS.has(d.deviceKind) && (d.boundaryZones.length > 0 || d.boundaryExternals.length > 0),
  );
  const externals = [...new Set(devices.flatMap((d) => d.boundaryExternals))].sort(cmp);
  // Left to right: outside networks, then the devices on the boundaries, then the zones; tall rather than wide.
  const lines = ['graph site {', ...GRAPH_DEFAULTS, 'rankdir=LR', 'ranksep=1.2'];
  for (const x of externals) lines.push(externalNode(x));
  lines.push(`subgraph ${q('cluster_' + site.name)} {`, `label=${q(`${site.title} (${site.name})`)}`, 'style="rounded"', 'color="#888888"');
  for (const z of zones) lines.push(zoneNode(z));
  for (const d of devices) lines.push(deviceNode(d));
  lines.push('}');
  for (const d of devices) {
    for (const x of d.boundaryExternals) lines.push(`${q('x:' + x)} -- ${q('d:' + d.name)}`);
    for (const z of d.boundaryZones) lines.push(`${q('d:' + d.name)} -- ${q('z:' + z)} [style=dashed]`);
  }
  lines.push('}');
  return {
    id: `zones-${site.name}`,
    title: { vi: `Vùng mạng và thiết bị bảo vệ biên — ${site.title}`, en: `Zones and boundary security devices — ${site.title}` },
    dot: lines.join('\n') + '\n',
  };
}

/** Allowed flows that start or end at one site, between its zones, other sites and external networks. */
export function flowsDiagram(model: Model, site: Site, flows: readonly Flow[] = model.flows, zones: readonly string[] = []): Diagram {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const at = (e: Endpoint): boolean => (e.type === 'zone' ? zoneSite.get(e.zone) === site.name : e.type === 'site' && e.site === site.name);
  const selected = flows.filter((f) => at(f.from) || at(f.to));
  // One edge per ordered pair of endpoints, labelled with the ports of every flow it stands for.
  const edges = new Map<string, { from: Endpoint; to: Endpoint; flows: Flow[] }>();
  for (const f of selected) {
    const key = `${endpointId(f.from)}\u0000${endpointId(f.to)}`;
    const entry = edges.get(key) ?? { from: f.from, to: f.to, flows: [] };
    entry.flows.push(f);
    edges.set(key, entry);
  }
  const endpoints = new Map<string, Endpoint>();
  for (const f of selected) for (const e of [f.from, f.to]) endpoints.set(endpointId(e), e);
  for (const zone of zones) if (zoneSite.get(zone) === site.name) endpoints.set(`z:${zone}`, { type: 'zone', zone });
  const lines = ['digraph flows {', ...GRAPH_DEFAULTS, 'rankdir=LR'];
  const bySite = new Map<string, Zone[]>();
  for (const id of [...endpoints.keys()].sort(cmp)) {
    const e = endpoints.get(id);
    if (e?.type === 'zone') {
      const zone = model.zones.find((z) => z.name === e.zone);
      if (zone) bySite.set(zone.site, [...(bySite.get(zone.site) ?? []), zone]);
    } else if (e?.type === 'external') lines.push(externalNode(e.external));
    else if (e?.type === 'site') lines.push(`${q('s:' + e.site)} [label=${q(`site ${e.site}`)}, shape=box3d, style=filled, fillcolor="#eeeeee"]`);
  }
  for (const [name, zones] of [...bySite.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    lines.push(`subgraph ${q('cluster_' + name)} {`, `label=${q(name)}`, 'style="rounded"', 'color="#888888"');
    for (const z of zones)
      lines.push(`${q('z:' + z.name)} [label=${q(`${z.name}\n${z.ipv4?.prefix ?? z.ipv6?.prefix ?? ''}`)}, fillcolor=${q(ZONE_COLOURS[z.zoneKind])}]`);
    lines.push('}');
  }
  for (const key of [...edges.keys()].sort(cmp)) {
    const e = edges.get(key);
    if (!e) continue;
    const label = e.flows.length === 1 ? portsLabel(e.flows[0]?.ports ?? []) : `${e.flows.length} flows`;
    lines.push(`${q(endpointId(e.from))} -> ${q(endpointId(e.to))} [label=${q(label)}]`);
  }
  lines.push('}');
  return {
    id: `flows-${site.name}`,
    title: { vi: `Luồng được phép — ${site.title}`, en: `Allowed flows — ${site.title}` },
    dot: lines.join('\n') + '\n',
  };
}

/** Primary and DR sites with their replication links and the flows that cross between them. */
export function drDiagram(model: Model): Diagram | undefined {
  const drSites = model.sites.filter((s) => s.role === 'dr' || (s.replicationLinks ?? []).length > 0);
  if (drSites.length === 0) return undefined;
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const siteOf = (e: Endpoint): string | undefined => (e.type === 'zone' ? zoneSite.get(e.zone) : e.type === 'site' ? e.site : undefined);
  const crossing = model.flows.filter((f) => {
    const a = siteOf(f.from);
    const b = siteOf(f.to);
    return a !== undefined && b !== undefined && a !== b;
  });
  const zonesUsed = new Set(crossing.flatMap((f) => [f.from, f.to].flatMap((e) => (e.type === 'zone' ? [e.zone] : []))));
  const lines = ['digraph dr {', ...GRAPH_DEFAULTS, 'rankdir=LR', 'compound=true'];
  for (const site of model.sites) {
    lines.push(`subgraph ${q('cluster_' + site.name)} {`, `label=${q(`${site.title}\n(${site.name}, ${site.role})`)}`, 'style="rounded"', 'color="#888888"');
    lines.push(`${q('s:' + site.name)} [label=${q(`site ${site.name}`)}, shape=box3d, style=filled, fillcolor="#eeeeee"]`);
    for (const z of model.zones.filter((z) => z.site === site.name && zonesUsed.has(z.name))) lines.push(zoneNode(z));
    lines.push('}');
  }
  for (const site of model.sites) {
    for (const link of site.replicationLinks ?? []) {
      const label = `${link.count} × ${link.bandwidthMbps} Mbps${link.paths > 1 ? `, ${link.paths} paths` : ''}${link.provider ? `\n${link.provider}` : ''}`;
      lines.push(`${q('s:' + site.name)} -> ${q('s:' + link.to)} [label=${q(label)}, penwidth=2.5, color="#1f5fa8", dir=both]`);
    }
  }
  for (const f of crossing) {
    lines.push(`${q(endpointId(f.from))} -> ${q(endpointId(f.to))} [label=${q(`${f.name}\n${portsLabel(f.ports)}`)}, style=dashed]`);
  }
  for (const s of model.sites) {
    if (s.drFor) lines.push(`${q('s:' + s.drFor)} -> ${q('s:' + s.name)} [style=invis]`);
  }
  lines.push('}');
  return {
    id: 'dr',
    title: { vi: 'Site chính ↔ site dự phòng: đường nhân bản và luồng liên site', en: 'Primary ↔ DR site: replication links and cross-site flows' },
    dot: lines.join('\n') + '\n',
  };
}

/** Every diagram of the province report, in a fixed order. */
export function provinceDiagrams(model: Model): Diagram[] {
  const sites = [...model.sites].sort((a, b) =>
    a.role === b.role ? cmp(a.name, b.name) : a.role === 'primary' ? -1 : b.role === 'primary' ? 1 : cmp(a.role, b.role),
  );
  const dr = drDiagram(model);
  return [...sites.map((s) => siteZonesDiagram(model, s)), ...sites.map((s) => flowsDiagram(model, s)), ...(dr ? [dr] : [])];
}

/** Lays out DOT with Graphviz (WebAssembly) and returns an inline SVG whose ids are prefixed by the diagram id. */
export async function renderDiagrams(diagrams: readonly Diagram[]): Promise<RenderedDiagram[]> {
  if (diagrams.length === 0) return [];
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  return diagrams.map((d) => ({ ...d, svg: cleanSvg(graphviz.dot(d.dot), d.id, d.title) }));
}

const attribute = (s: string): string =>
  s
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function cleanSvg(svg: string, id: string, title: Text): string {
  const start = svg.indexOf('<svg');
  return svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/ xmlns:xlink="[^"]*"/, '')
    .replace(/ id="([^"]*)"/g, (_m, v: string) => ` id="${id}-${v}"`)
    .replace('<svg ', `<svg role="img" aria-label="${attribute(title.vi)}" class="diagram" `)
    .trimEnd();
}
