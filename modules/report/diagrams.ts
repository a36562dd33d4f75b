// Network diagrams as Graphviz DOT (pure), laid out by Graphviz compiled to WebAssembly: no browser, same bytes
// for the same model. The Graphviz module loads when a diagram is first laid out, not with this module.
import type { Device, Endpoint, ExternalPath, Flow, Lang, Model, PortRange, Site, Text, Zone } from '../model/index.js';
import { compareCodeUnits as cmp, EXTERNAL_PATH_LABELS, externalOf } from '../model/index.js';

/** One arrow of a flow diagram in full: the reference drawn on the arrow, its ends and every port of its flows. */
export interface FlowLegendRow {
  /** The number drawn on the arrow. */
  readonly ref: number;
  readonly from: string;
  readonly to: string;
  readonly flows: readonly { readonly name: string; readonly ports: string }[];
}

export interface Diagram {
  /** Stable id, used as a prefix of the SVG's element ids. */
  readonly id: string;
  readonly title: Text;
  readonly dot: string;
  /** For a flow diagram: the full port list of each numbered arrow, shown in a table beside the drawing. */
  readonly legend?: readonly FlowLegendRow[];
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
  iot: '#fdeedc',
  'public-wifi': '#f3f3f3',
};

const q = (s: string): string =>
  `"${s
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;

// Every label at 12 pt or more in the drawing, so that a diagram scaled down to the printed page (never below two
// thirds, see MAX_FLOW_EDGES, MAX_DIAGRAM_ZONES and the print stylesheet) keeps its text at 8 pt or more.
const GRAPH_DEFAULTS = [
  'graph [fontname="DejaVu Sans", fontsize=13, newrank=true, nodesep=0.3, ranksep=0.5, pad=0.2]',
  'node [fontname="DejaVu Sans", fontsize=12, shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555"]',
  'edge [fontname="DejaVu Sans", fontsize=12, color="#555555"]',
];

/** Arrows per flow diagram: a site with more is drawn in several parts, each readable on one A4 landscape page. */
export const MAX_FLOW_EDGES = 8;

/** Zones per zone diagram: a site with more is drawn in several parts, by the boundary devices that serve them. */
export const MAX_DIAGRAM_ZONES = 6;

function zoneLabel(z: Zone): string {
  return [z.name, z.zoneKind + (z.vlan !== undefined ? ` · VLAN ${z.vlan}` : ''), z.ipv4?.prefix, z.ipv6?.prefix].filter(Boolean).join('\n');
}

const zoneNode = (z: Zone): string => `${q('z:' + z.name)} [label=${q(zoneLabel(z))}, fillcolor=${q(ZONE_COLOURS[z.zoneKind])}]`;
/** Words wrapped onto lines of about `width` characters, so that a long name keeps a node narrow. */
function wrap(text: string, width = 26): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && [...last].length + 1 + [...word].length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** An external endpoint's name in words, with its usual short name (VDXP, VNeID) when the words do not carry it. */
function externalWords(model: Pick<Model, 'externals'>, name: string, lang: Lang): string {
  const e = externalOf(model, name);
  if (!e) return name;
  const title = e.title[lang];
  return e.abbreviation && !title.includes(e.abbreviation) ? `${title} (${e.abbreviation})` : title;
}

/** Field devices (cameras, sensors) are drawn like the iot zone they feed. */
const FIELD_DEVICES_COLOUR = '#fdeedc';

/** An external endpoint's node, named in words; `behind` lists the systems reached over it when it is a network. */
function externalNode(model: Pick<Model, 'externals'>, name: string, lang: Lang, id = 'x:' + name, behind: readonly string[] = []): string {
  const field = externalOf(model, name)?.category === 'field-devices';
  const look = field ? `shape=component, style=filled, fillcolor=${q(FIELD_DEVICES_COLOUR)}` : 'shape=ellipse, style=filled, fillcolor="#ffffff"';
  const label = wrap(externalWords(model, name, lang)) + (behind.length > 0 ? `\n${wrap(`(${[...behind].sort(cmp).join(', ')})`, 34)}` : '');
  return `${q(id)} [label=${q(label)}, ${look}]`;
}
const deviceNode = (d: Device): string =>
  `${q('d:' + d.name)} [label=${q(`${d.name}\n${d.deviceKind}${d.redundancy !== 'single' ? ` · ${d.redundancy}` : ''}`)}, shape=hexagon, style=filled, fillcolor="#fbe3c8"]`;

function endpointId(e: Endpoint): string {
  return e.type === 'zone' ? `z:${e.zone}` : e.type === 'external' ? `x:${e.external}` : `s:${e.site}`;
}

/** Every port of a flow, never cut short ("tcp/22, tcp/443, udp/161"). */
function portsLabel(ports: readonly PortRange[]): string {
  return ports.map((p) => (p.from === undefined ? p.protocol : `${p.protocol}/${p.from}${p.to !== undefined && p.to !== p.from ? `-${p.to}` : ''}`)).join(', ');
}

const endpointName = (e: Endpoint): string => (e.type === 'zone' ? e.zone : e.type === 'external' ? e.external : `site ${e.site}`);

const boundaryDevices = (model: Model, site: Site): Device[] =>
  model.devices.filter((d) => d.site === site.name && BOUNDARY_KINDS.has(d.deviceKind) && (d.boundaryZones.length > 0 || d.boundaryExternals.length > 0));

/** Field-device networks (cameras, sensors) and the zones of `shown` their allowed flows feed, one pair each, sorted. */
function fieldFeeds(model: Pick<Model, 'externals' | 'flows'>, shown: ReadonlySet<string>): { external: string; zone: string }[] {
  const pairs = new Map<string, { external: string; zone: string }>();
  for (const f of model.flows) {
    if (f.from.type !== 'external' || f.to.type !== 'zone' || !shown.has(f.to.zone)) continue;
    if (externalOf(model, f.from.external)?.category !== 'field-devices') continue;
    pairs.set(`${f.from.external}\u0000${f.to.zone}`, { external: f.from.external, zone: f.to.zone });
  }
  return [...pairs.keys()].sort(cmp).map((k) => pairs.get(k)!);
}

/** An outside node of a zone drawing: a network with the systems reached over it, or field devices of their own. */
interface OutsideNode {
  readonly id: string;
  readonly name: string;
  /** Short names (VDXP) or names in words of the systems behind the network. */
  readonly behind: string[];
}

/**
 * The outside of a zone drawing, one node per network: a boundary device faces the Internet, the government data
 * network or a dedicated circuit, and the national systems reached over each are listed in that network's node (one
 * node each would stack taller than a page). Field devices keep a node of their own: they feed the iot zone.
 */
function outsideNodes(model: Pick<Model, 'externals'>, names: readonly string[], lang: Lang): { nodes: OutsideNode[]; nodeOf: Map<string, string> } {
  const nodes = new Map<string, OutsideNode>();
  const nodeOf = new Map<string, string>();
  const network = (path: ExternalPath) => model.externals.find((n) => n.category === 'network' && n.path === path);
  for (const name of names) {
    const e = externalOf(model, name);
    const own = !e || e.category === 'network' || e.category === 'field-devices' || !network(e.path);
    const id = own ? `x:${name}` : `x:${network(e.path)!.name}`;
    const node = nodes.get(id) ?? { id, name: own ? name : network(e.path)!.name, behind: [] };
    if (!own) node.behind.push(e.abbreviation ?? e.title[lang]);
    nodes.set(id, node);
    nodeOf.set(name, id);
  }
  return { nodes: [...nodes.values()].sort((a, b) => cmp(a.id, b.id)), nodeOf };
}

/** The DOT of some zones of a site, the boundary devices drawn with them and the field devices that feed them. */
function zonesDot(model: Model, site: Site, zones: readonly Zone[], devices: readonly Device[], lang: Lang): string {
  const shown = new Set(zones.map((z) => z.name));
  const feeds = fieldFeeds(model, shown);
  const { nodes, nodeOf } = outsideNodes(
    model,
    [...new Set([...devices.flatMap((d) => d.boundaryExternals), ...feeds.map((x) => x.external)])].sort(cmp),
    lang,
  );
  // Left to right: outside networks, then the devices on the boundaries, then the zones; tall rather than wide.
  const lines = ['graph site {', ...GRAPH_DEFAULTS, 'rankdir=LR', 'ranksep=1.2'];
  for (const node of nodes) lines.push(externalNode(model, node.name, lang, node.id, node.behind));
  lines.push(`subgraph ${q('cluster_' + site.name)} {`, `label=${q(`${site.title} (${site.name})`)}`, 'style="rounded"', 'color="#888888"');
  for (const z of zones) lines.push(zoneNode(z));
  for (const d of devices) lines.push(deviceNode(d));
  lines.push('}');
  for (const d of devices) {
    for (const id of new Set(d.boundaryExternals.map((x) => nodeOf.get(x)!))) lines.push(`${q(id)} -- ${q('d:' + d.name)}`);
    for (const z of d.boundaryZones) if (shown.has(z)) lines.push(`${q('d:' + d.name)} -- ${q('z:' + z)} [style=dashed]`);
  }
  // Cameras and sensors feed their ingest zone: an arrow from the field devices to the zone.
  for (const x of feeds) lines.push(`${q(nodeOf.get(x.external)!)} -- ${q('z:' + x.zone)} [dir=forward, penwidth=2, color="#b86e00"]`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

const zonesTitle = (site: Site, suffix: Text = { vi: '', en: '' }): Text => ({
  vi: `Vùng mạng và thiết bị bảo vệ biên — ${site.title}${suffix.vi}`,
  en: `Zones and boundary security devices — ${site.title}${suffix.en}`,
});

/**
 * Zones of one site with their prefixes, the security devices on their boundaries and the field devices feeding them
 * (one drawing); outside networks and systems are named in `lang`.
 */
export function siteZonesDiagram(model: Model, site: Site, lang: Lang = 'vi'): Diagram {
  const zones = model.zones.filter((z) => z.site === site.name);
  return { id: `zones-${site.name}`, title: zonesTitle(site), dot: zonesDot(model, site, zones, boundaryDevices(model, site), lang) };
}

/**
 * The zones of one site in parts of at most MAX_DIAGRAM_ZONES zones, each with the boundary devices that serve them,
 * so that each part prints on one A4 page with labels of 8 pt or more.
 */
export function siteZoneDiagrams(model: Model, site: Site, lang: Lang = 'vi'): Diagram[] {
  const zones = model.zones.filter((z) => z.site === site.name);
  if (zones.length <= MAX_DIAGRAM_ZONES) return [siteZonesDiagram(model, site, lang)];
  const devices = boundaryDevices(model, site);
  const parts: Zone[][] = [];
  for (let i = 0; i < zones.length; i += MAX_DIAGRAM_ZONES) parts.push(zones.slice(i, i + MAX_DIAGRAM_ZONES));
  return parts.map((part, n) => {
    const names = new Set(part.map((z) => z.name));
    // A device with no zone in this part is drawn in the part of its zones; one on the outside only, in the first.
    const own = devices.filter((d) => d.boundaryZones.some((z) => names.has(z)) || (n === 0 && d.boundaryZones.length === 0));
    const suffix = { vi: ` (phần ${n + 1}/${parts.length})`, en: ` (part ${n + 1} of ${parts.length})` };
    return { id: `zones-${site.name}-${n + 1}`, title: zonesTitle(site, suffix), dot: zonesDot(model, site, part, own, lang) };
  });
}

type FlowEdge = {
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** Node ids of the ends: an external endpoint once per network it is reached over (`x:<path>/<name>`). */
  readonly fromId: string;
  readonly toId: string;
  readonly flows: readonly Flow[];
};

/** The network a flow takes to or from an external endpoint: the flow's `via`, else the endpoint's usual path (a network is its own). */
function pathOf(model: Pick<Model, 'externals'>, flow: Flow, name: string): ExternalPath | undefined {
  const e = externalOf(model, name);
  return e?.category === 'network' ? e.path : (flow.via ?? e?.path);
}

function flowEndId(model: Pick<Model, 'externals'>, e: Endpoint, flow: Flow): string {
  if (e.type !== 'external') return endpointId(e);
  const path = pathOf(model, flow, e.external);
  return path ? `x:${path}/${e.external}` : `x:${e.external}`;
}

/** One edge per ordered pair of endpoints of the flows that start or end at `site`, in a fixed order. */
function siteFlowEdges(model: Model, site: Site, flows: readonly Flow[]): FlowEdge[] {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const at = (e: Endpoint): boolean => (e.type === 'zone' ? zoneSite.get(e.zone) === site.name : e.type === 'site' && e.site === site.name);
  const edges = new Map<string, { from: Endpoint; to: Endpoint; fromId: string; toId: string; flows: Flow[] }>();
  for (const f of flows.filter((x) => at(x.from) || at(x.to))) {
    const fromId = flowEndId(model, f.from, f);
    const toId = flowEndId(model, f.to, f);
    const key = `${fromId}\u0000${toId}`;
    const entry = edges.get(key) ?? { from: f.from, to: f.to, fromId, toId, flows: [] };
    entry.flows.push(f);
    edges.set(key, entry);
  }
  return [...edges.keys()].sort(cmp).map((k) => edges.get(k)!);
}

/** The order networks are drawn in, and how a group of them is titled. */
const PATH_ORDER: readonly ExternalPath[] = ['tslcd', 'internet', 'dedicated'];
const pathTitle = (path: ExternalPath, lang: Lang): string =>
  lang === 'vi' ? `Qua ${EXTERNAL_PATH_LABELS[path].vi}` : `Over ${EXTERNAL_PATH_LABELS[path].en}`;

/**
 * The external endpoints of some edges as nodes named in words, grouped by the network they are reached over
 * (government data network, Internet, dedicated circuit), so that each national system shows with its path.
 */
function externalGroups(model: Model, edges: readonly FlowEdge[], lang: Lang): string[] {
  const byPath = new Map<string, Map<string, string>>();
  for (const e of edges) {
    for (const [end, id] of [
      [e.from, e.fromId],
      [e.to, e.toId],
    ] as const) {
      if (end.type !== 'external') continue;
      // Every flow of an edge takes the same network: it is part of the edge's ids.
      const path = pathOf(model, e.flows[0]!, end.external) ?? '';
      byPath.set(path, (byPath.get(path) ?? new Map<string, string>()).set(id, end.external));
    }
  }
  const lines: string[] = [];
  for (const path of [...PATH_ORDER, '']) {
    const nodes = [...(byPath.get(path) ?? new Map<string, string>())].sort((a, b) => cmp(a[0], b[0]));
    if (nodes.length === 0) continue;
    const known = (PATH_ORDER as readonly string[]).includes(path);
    if (known)
      lines.push(`subgraph ${q('cluster_x:' + path)} {`, `label=${q(pathTitle(path as ExternalPath, lang))}`, 'style="rounded,dashed"', 'color="#888888"');
    for (const [id, name] of nodes) lines.push(externalNode(model, name, lang, id));
    if (known) lines.push('}');
  }
  return lines;
}

/** The DOT of numbered edges (and extra zones drawn without edges), zones grouped by site, outside ends by network. */
function flowsDot(model: Model, edges: readonly FlowEdge[], firstRef: number, extraZones: readonly string[], lang: Lang): string {
  const endpoints = new Map<string, Endpoint>();
  for (const e of edges) for (const x of [e.from, e.to]) if (x.type !== 'external') endpoints.set(endpointId(x), x);
  for (const zone of extraZones) endpoints.set(`z:${zone}`, { type: 'zone', zone });
  const lines = ['digraph flows {', ...GRAPH_DEFAULTS, 'rankdir=LR', ...externalGroups(model, edges, lang)];
  const bySite = new Map<string, Zone[]>();
  for (const id of [...endpoints.keys()].sort(cmp)) {
    const e = endpoints.get(id);
    if (e?.type === 'zone') {
      const zone = model.zones.find((z) => z.name === e.zone);
      if (zone) bySite.set(zone.site, [...(bySite.get(zone.site) ?? []), zone]);
    } else if (e?.type === 'site') lines.push(`${q('s:' + e.site)} [label=${q(`site ${e.site}`)}, shape=box3d, style=filled, fillcolor="#eeeeee"]`);
  }
  for (const [name, zones] of [...bySite.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    lines.push(`subgraph ${q('cluster_' + name)} {`, `label=${q(name)}`, 'style="rounded"', 'color="#888888"');
    for (const z of zones)
      lines.push(`${q('z:' + z.name)} [label=${q(`${z.name}\n${z.ipv4?.prefix ?? z.ipv6?.prefix ?? ''}`)}, fillcolor=${q(ZONE_COLOURS[z.zoneKind])}]`);
    lines.push('}');
  }
  // The arrow carries a number; the table beside the drawing lists every flow and port of that number in full.
  edges.forEach((e, i) => lines.push(`${q(e.fromId)} -> ${q(e.toId)} [label=${q(String(firstRef + i))}]`));
  lines.push('}');
  return lines.join('\n') + '\n';
}

const legendOf = (edges: readonly FlowEdge[], firstRef: number): FlowLegendRow[] =>
  edges.map((e, i) => ({
    ref: firstRef + i,
    from: endpointName(e.from),
    to: endpointName(e.to),
    flows: e.flows.map((f) => ({ name: f.name, ports: portsLabel(f.ports) })),
  }));

/**
 * Allowed flows that start or end at one site, between its zones, other sites and external endpoints (one drawing);
 * external endpoints are named in `lang` and grouped by the network they are reached over.
 */
export function flowsDiagram(model: Model, site: Site, flows: readonly Flow[] = model.flows, zones: readonly string[] = [], lang: Lang = 'vi'): Diagram {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const edges = siteFlowEdges(model, site, flows);
  return {
    id: `flows-${site.name}`,
    title: { vi: `Luồng được phép — ${site.title}`, en: `Allowed flows — ${site.title}` },
    dot: flowsDot(
      model,
      edges,
      1,
      zones.filter((z) => zoneSite.get(z) === site.name),
      lang,
    ),
    legend: legendOf(edges, 1),
  };
}

/**
 * The allowed flows of one site split into parts of at most MAX_FLOW_EDGES arrows, grouped by the zone (or network)
 * they leave from, so that each part prints on one A4 page with labels of 8 pt or more; arrows keep one numbering
 * across the parts.
 */
export function siteFlowDiagrams(model: Model, site: Site, lang: Lang = 'vi'): Diagram[] {
  const edges = siteFlowEdges(model, site, model.flows);
  const parts: FlowEdge[][] = [];
  let current: FlowEdge[] = [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const sameSource = current.length > 0 && current[current.length - 1]!.fromId === e.fromId;
    // Start a new part when this one is full, or when a new source would not fit with all its arrows.
    const run = edges.slice(i).findIndex((x) => x.fromId !== e.fromId);
    const runLength = run === -1 ? edges.length - i : run;
    if (current.length >= MAX_FLOW_EDGES || (!sameSource && current.length > 0 && current.length + Math.min(runLength, MAX_FLOW_EDGES) > MAX_FLOW_EDGES)) {
      parts.push(current);
      current = [];
    }
    current.push(e);
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  let ref = 1;
  return parts.map((part, n) => {
    const first = ref;
    ref += part.length;
    const suffix = parts.length > 1 ? { vi: ` (phần ${n + 1}/${parts.length})`, en: ` (part ${n + 1} of ${parts.length})` } : { vi: '', en: '' };
    return {
      id: parts.length > 1 ? `flows-${site.name}-${n + 1}` : `flows-${site.name}`,
      title: { vi: `Luồng được phép — ${site.title}${suffix.vi}`, en: `Allowed flows — ${site.title}${suffix.en}` },
      dot: flowsDot(model, part, first, [], lang),
      legend: legendOf(part, first),
    };
  });
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

/** Every diagram of the province report, in a fixed order; outside networks and systems named in `lang`. */
export function provinceDiagrams(model: Model, lang: Lang = 'vi'): Diagram[] {
  const sites = [...model.sites].sort((a, b) =>
    a.role === b.role ? cmp(a.name, b.name) : a.role === 'primary' ? -1 : b.role === 'primary' ? 1 : cmp(a.role, b.role),
  );
  const dr = drDiagram(model);
  return [...sites.flatMap((s) => siteZoneDiagrams(model, s, lang)), ...sites.flatMap((s) => siteFlowDiagrams(model, s, lang)), ...(dr ? [dr] : [])];
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
