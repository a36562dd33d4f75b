// The technical annex of a system's level dossier (hồ sơ đề xuất cấp độ): what TT 12/2022 Art. 8.3(d) and
// NĐ 331/2026 Art. 22.3(d) ask the dossier to describe, taken from the model (regulations.md GOV-DOSSIER-01).
import type { AddressPlan } from '../addressing/index.js';
import type { Cluster, Device, DeviceKind, DrMode, Finding, Flow, Model, Site, System, Text, Zone, ZoneKind } from '../model/index.js';
import { evidenceRows, groupByDomain, type DomainGroup, type EvidenceRow } from './compliance.js';
import { flowsDiagram, siteZonesDiagram, type Diagram } from './diagrams.js';
import { agencyTitle, compareCodeUnits as cmp, externalText, provinceHeading, ZONE_KIND_LABELS } from '../model/index.js';
import { nationalPath, serviceText, siteOwnershipRow, systemOperator } from './estate.js';

export interface DeviceRow {
  readonly name: string;
  readonly kind: DeviceKind;
  readonly site: string;
  readonly zone?: string;
  /** Zones and external networks the device serves or sits between. */
  readonly serves: readonly string[];
  readonly redundancy: Device['redundancy'];
  readonly count?: number;
  readonly product?: string;
  readonly description?: string;
}

export interface ServiceRow {
  readonly component: string;
  readonly role: string;
  readonly zone: string;
  readonly site: string;
  readonly cluster?: string;
  readonly namespace?: string;
  readonly replicas?: number;
  readonly public: boolean;
}

export interface ZonePlanRow {
  readonly zone: string;
  readonly site: string;
  readonly kind: ZoneKind;
  readonly title?: string;
  readonly vlan?: number;
  readonly ipv4?: string;
  readonly ipv4Gateway?: string;
  readonly ipv6?: string;
  readonly ipv6Gateway?: string;
  /** Whether one of the system's components sits in the zone. */
  readonly used: boolean;
}

export interface FlowRow {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Each end in words: a zone by its title (else its kind), an external endpoint by its name in the catalogue, a site by its title. */
  readonly fromLabel: Text;
  readonly toLabel: Text;
  readonly ports: string;
  readonly purpose: string;
  /** For a flow to or from a national system: the network it takes (`via`, else the catalogue's usual path), in words. */
  readonly path?: Text;
}

export interface Dossier {
  readonly system: {
    readonly name: string;
    readonly title: Text;
    readonly level: number;
    readonly criterion: string;
    readonly criterionNote?: string;
    readonly owner: string;
    /** The operator's title: an agency, or a provider operating the system under contract. */
    readonly operator?: string;
    /** For a provider: that it is the service provider operating under contract, with the contract when given. */
    readonly operatorRole?: Text;
    /** How the system is provided (service model, provider, contract), in words. */
    readonly service?: Text;
    readonly rpoMinutes?: number;
    readonly rtoMinutes?: number;
    readonly drMode?: DrMode;
    readonly drSite?: string;
  };
  readonly province: { readonly name: string; readonly title: string; readonly code: string; readonly heading: { readonly title: Text; readonly kind: Text } };
  readonly inventoryHash: string;
  readonly version: string;
  readonly asOf: string;
  readonly flows: readonly FlowRow[];
  readonly sites: readonly {
    readonly name: string;
    readonly title: string;
    readonly role: Site['role'];
    readonly roleLabel: Text;
    /** Who owns the site ("của nhà cung cấp dịch vụ (Công ty X)"). */
    readonly ownershipLabel: Text;
    readonly rating?: string;
    readonly power?: string;
    readonly cooling?: string;
    readonly address?: string;
  }[];
  readonly clusters: readonly {
    readonly name: string;
    readonly site: string;
    readonly distribution?: string;
    readonly version?: string;
    readonly nodePools: string;
  }[];
  readonly devices: readonly DeviceRow[];
  readonly services: readonly ServiceRow[];
  readonly zones: readonly ZonePlanRow[];
  readonly security: readonly DomainGroup[];
  readonly evidence: readonly EvidenceRow[];
  readonly diagrams: readonly Diagram[];
}

export function endpointText(e: Flow['from']): string {
  return e.type === 'zone' ? e.zone : e.type === 'external' ? e.external : `site ${e.site}`;
}

export function portsText(ports: Flow['ports']): string {
  return ports.map((p) => (p.from === undefined ? p.protocol : `${p.protocol}/${p.from}${p.to !== undefined && p.to !== p.from ? `-${p.to}` : ''}`)).join(', ');
}

function systemSites(model: Model, system: System): Set<string> {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const sites = new Set<string>();
  for (const c of system.components) {
    const site = zoneSite.get(c.zone);
    if (site) sites.add(site);
  }
  if (system.dr?.site) sites.add(system.dr.site);
  if (system.backup?.site) sites.add(system.backup.site);
  const cluster = model.clusters.find((c) => c.name === system.cluster?.name);
  if (cluster) sites.add(cluster.site);
  return sites;
}

/** Flows of the system: those that name it, or (when none does) those that touch the zones of its components. */
export function systemFlows(model: Model, system: System): Flow[] {
  const named = model.flows.filter((f) => f.system === system.name);
  if (named.length > 0) return named;
  const zones = new Set(system.components.map((c) => c.zone));
  return model.flows.filter((f) => (f.from.type === 'zone' && zones.has(f.from.zone)) || (f.to.type === 'zone' && zones.has(f.to.zone)));
}

/** A flow's end in words (the dossier's logical model). */
function endLabel(model: Model, e: Flow['from']): Text {
  if (e.type === 'external') return externalText(model, e.external);
  if (e.type === 'site') {
    const title = model.sites.find((s) => s.name === e.site)?.title ?? e.site;
    return { vi: title, en: title };
  }
  const z = model.zones.find((x) => x.name === e.zone);
  return z?.title ? { vi: z.title, en: z.title } : z ? ZONE_KIND_LABELS[z.zoneKind] : { vi: e.zone, en: e.zone };
}

function flowRow(model: Model, f: Flow): FlowRow {
  const path = nationalPath(model, f);
  return {
    name: f.name,
    from: endpointText(f.from),
    to: endpointText(f.to),
    fromLabel: endLabel(model, f.from),
    toLabel: endLabel(model, f.to),
    ports: portsText(f.ports),
    purpose: f.purpose,
    ...(path ? { path: path.label } : {}),
  };
}

/** The operator by its title, and for a provider its role under contract; how the system is provided. */
function operatorFields(model: Model, system: System): Pick<Dossier['system'], 'operator' | 'operatorRole' | 'service'> {
  const operator = systemOperator(model, system);
  const service = serviceText(model, system);
  return {
    ...(operator ? { operator: operator.title } : {}),
    ...(operator?.role ? { operatorRole: operator.role } : {}),
    ...(service ? { service } : {}),
  };
}

function deviceRow(d: Device): DeviceRow {
  const serves = [...new Set([...(d.zone ? [d.zone] : []), ...d.boundaryZones, ...d.boundaryExternals])].sort(cmp);
  const product = [d.vendor, d.model].filter(Boolean).join(' ');
  return {
    name: d.name,
    kind: d.deviceKind,
    site: d.site,
    ...(d.zone ? { zone: d.zone } : {}),
    serves,
    redundancy: d.redundancy,
    ...(d.count !== undefined ? { count: d.count } : {}),
    ...(product ? { product } : {}),
    ...(d.description ? { description: d.description } : {}),
  };
}

function zoneRow(z: Zone, used: Set<string>, plan: AddressPlan): ZonePlanRow {
  // Requests (size from a pool) show the prefix the address plan gives them.
  const planned = (family: 'ipv4' | 'ipv6'): string | undefined => {
    const a = plan.allocations.find((p) => p.target === `zones/${z.name}` && p.family === family && p.role === 'network');
    return a?.prefix ? `${a.prefix} (${a.origin})` : undefined;
  };
  const v4 = z.ipv4?.prefix ?? (z.ipv4 ? planned('ipv4') : undefined);
  const v6 = z.ipv6?.prefix ?? (z.ipv6 ? planned('ipv6') : undefined);
  return {
    zone: z.name,
    site: z.site,
    kind: z.zoneKind,
    ...(z.title ? { title: z.title } : {}),
    ...(z.vlan !== undefined ? { vlan: z.vlan } : {}),
    ...(v4 ? { ipv4: v4 } : {}),
    ...(z.ipv4?.gateway ? { ipv4Gateway: z.ipv4.gateway } : {}),
    ...(v6 ? { ipv6: v6 } : {}),
    ...(z.ipv6?.gateway ? { ipv6Gateway: z.ipv6.gateway } : {}),
    used: used.has(z.name),
  };
}

function siteRow(model: Model, s: Site): Dossier['sites'][number] {
  const owned = siteOwnershipRow(model, s);
  return {
    name: s.name,
    title: s.title,
    role: s.role,
    roleLabel: owned.roleLabel,
    ownershipLabel: owned.ownershipLabel,
    ...(s.rating ? { rating: `${s.rating.standard} ${s.rating.level}` } : {}),
    ...(s.power ? { power: s.power } : {}),
    ...(s.cooling ? { cooling: s.cooling } : {}),
    ...(s.address ? { address: s.address } : {}),
  };
}

function clusterRow(c: Cluster): Dossier['clusters'][number] {
  return {
    name: c.name,
    site: c.site,
    ...(c.distribution ? { distribution: c.distribution } : {}),
    ...(c.version ? { version: c.version } : {}),
    nodePools: c.nodePools.map((p) => `${p.name}: ${p.nodes} × ${p.zone}`).join('; '),
  };
}

export class UnknownSystemError extends Error {
  constructor(
    readonly system: string,
    readonly known: readonly string[],
  ) {
    super(`unknown system ${system}`);
  }
}

/** The annex for one system; throws UnknownSystemError when the model has no such system. */
export function dossier(
  model: Model,
  findings: readonly Finding[],
  name: string,
  options: { readonly asOf: string; readonly version: string; readonly plan: AddressPlan },
): Dossier {
  const system = model.systems.find((s) => s.name === name);
  if (!system)
    throw new UnknownSystemError(
      name,
      model.systems.map((s) => s.name),
    );
  const sites = systemSites(model, system);
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const used = new Set(system.components.map((c) => c.zone));
  const flows = systemFlows(model, system);
  // Primary site first, then the others by name.
  const siteList = model.sites
    .filter((s) => sites.has(s.name))
    .sort((a, b) => (a.role === 'primary' ? 0 : 1) - (b.role === 'primary' ? 0 : 1) || cmp(a.name, b.name));
  const own = findings.filter((f) => f.system === name || f.target === `systems/${name}`);
  const plan = options.plan;
  const diagrams: Diagram[] = [
    ...siteList.map((s) => {
      const d = flowsDiagram(model, s, flows, [...used]);
      return { ...d, id: `dossier-${d.id}` };
    }),
    ...siteList.map((s) => {
      const d = siteZonesDiagram(model, s);
      return { ...d, id: `dossier-${d.id}` };
    }),
  ];
  return {
    system: {
      name: system.name,
      title: { vi: system.title, en: system.titleEn ?? system.title },
      level: system.level,
      criterion: system.criterion,
      ...(system.criterionNote ? { criterionNote: system.criterionNote } : {}),
      owner: agencyTitle(model.agencies, system.owner),
      ...operatorFields(model, system),
      ...(system.rpoMinutes !== undefined ? { rpoMinutes: system.rpoMinutes } : {}),
      ...(system.rtoMinutes !== undefined ? { rtoMinutes: system.rtoMinutes } : {}),
      ...(system.dr ? { drMode: system.dr.mode } : {}),
      ...(system.dr?.site ? { drSite: system.dr.site } : {}),
    },
    province: { name: model.province.name, title: model.province.title, code: model.province.code, heading: provinceHeading(model.province) },
    inventoryHash: model.hash,
    version: options.version,
    asOf: options.asOf,
    flows: flows.map((f) => flowRow(model, f)),
    sites: siteList.map((s) => siteRow(model, s)),
    clusters: model.clusters
      .filter(
        (c) =>
          c.name === system.cluster?.name || (sites.has(c.site) && system.dr?.mode !== undefined && system.dr.mode !== 'none' && c.site === system.dr.site),
      )
      .map(clusterRow),
    devices: model.devices.filter((d) => sites.has(d.site)).map(deviceRow),
    services: system.components.map((c) => ({
      component: c.name,
      role: c.role,
      zone: c.zone,
      site: zoneSite.get(c.zone) ?? '',
      ...(system.cluster ? { cluster: system.cluster.name, namespace: system.cluster.namespace } : {}),
      ...(c.replicas !== undefined ? { replicas: c.replicas } : {}),
      public: c.public,
    })),
    zones: model.zones.filter((z) => sites.has(z.site)).map((z) => zoneRow(z, used, plan)),
    security: groupByDomain(own),
    evidence: evidenceRows(system, options.asOf),
    diagrams,
  };
}
