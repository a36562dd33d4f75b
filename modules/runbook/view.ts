// The model seen from one runbook: every name, prefix, context and figure a template prints, computed once here so
// that templates only lay text out.
import {
  achievableRpo,
  drCoverage,
  drMode,
  drSiteOf,
  distanceKm,
  estimatedRto,
  linkCapacity,
  neededFlows,
  portText,
  primarySiteOf,
  transferMinutes,
  type DrCoverage,
  type RpoEstimate,
} from '../dr/index.js';
import type { AddressPlan } from '../addressing/index.js';
import type { K8sPlan } from '../k8s/index.js';
import { DR_MODE_NAMES, durationText, thousands, type DrMode } from '../model/index.js';
import type { Agency, Cluster, DatabaseEngine, Device, ExternalPath, Finding, Flow, Lang, Model, Site, System, Zone } from '../model/index.js';
import { compareCodeUnits as cmp, externalOf } from '../model/index.js';
import { rentedService, type RentedService } from './externals.js';

export interface RunbookOptions {
  readonly lang: Lang;
  /** Rule-set id printed in the front matter. */
  readonly ruleset?: string;
  /** Findings of the checks; the assessment checklists list a system's findings with status manual. */
  readonly findings?: readonly Finding[];
  /** The address plan made with the inventory's lock, so that address requests print the prefixes `hatang plan` allocated. */
  readonly plan: AddressPlan;
}

/** What the views read besides the model: the address plan and the Kubernetes object plan. */
export interface Plans {
  /** Prefix by plan key (`agencies/<name>/ipv4`). */
  readonly allocations: ReadonlyMap<string, string>;
  readonly k8s: K8sPlan;
  /**
   * The plan made as if the cold systems were warm: the namespaces they need on the DR cluster at failover (the
   * Kubernetes plan keeps standby namespaces for warm and hot systems only).
   */
  readonly coldK8s?: K8sPlan | undefined;
}

export interface Lookup {
  readonly model: Model;
  readonly plans: Plans;
  readonly site: (name: string | undefined) => Site | undefined;
  readonly zone: (name: string) => Zone | undefined;
  readonly agency: (name: string | undefined) => Agency | undefined;
  readonly system: (name: string) => System | undefined;
  readonly cluster: (name: string | undefined) => Cluster | undefined;
  readonly devicesAt: (site: string) => readonly Device[];
}

export function lookup(model: Model, plans: Plans): Lookup {
  const by = <T extends { name: string }>(list: readonly T[]) => new Map(list.map((e) => [e.name, e]));
  const sites = by(model.sites);
  const zones = by(model.zones);
  const agencies = by(model.agencies);
  const systems = by(model.systems);
  const clusters = by(model.clusters);
  return {
    model,
    plans,
    site: (n) => (n === undefined ? undefined : sites.get(n)),
    zone: (n) => zones.get(n),
    agency: (n) => (n === undefined ? undefined : agencies.get(n)),
    system: (n) => systems.get(n),
    cluster: (n) => (n === undefined ? undefined : clusters.get(n)),
    devicesAt: (site) => model.devices.filter((d) => d.site === site),
  };
}

/** `10.52.30.0/24 · 2001:db8:5101:130::/64`, or a dash. */
export function zonePrefixes(zone: Zone | undefined): string {
  if (!zone) return '—';
  const parts = [zone.ipv4?.prefix, zone.ipv6?.prefix].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : '—';
}

export interface ZoneRow {
  readonly kind: string;
  readonly primary: string;
  readonly primaryPrefixes: string;
  readonly dr?: string;
  readonly drPrefixes: string;
  readonly drGateways: string;
  readonly components: string;
}

export interface ComponentRow {
  readonly name: string;
  readonly role: string;
  readonly replicas?: number;
  readonly engine?: DatabaseEngine;
  readonly public: boolean;
  readonly primaryZone: string;
  readonly drZone?: string;
  readonly drPrefixes: string;
}

export interface FlowRow {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly ports: string;
  readonly missing: string;
  /** The network the flow takes to or from an external endpoint, when it says (else the endpoint's usual path). */
  readonly via?: ExternalPath;
}

/** An external endpoint other than a network (a national system, field devices) the system's flows reach, once per network. */
export interface ExternalRow {
  readonly name: string;
  readonly via?: ExternalPath;
}

export interface DependencyRow {
  readonly name: string;
  readonly title: string;
  readonly mode: string;
  readonly drSite?: string;
}

export interface PlannedNamespace {
  readonly name: string;
  readonly zone: string;
  readonly components: readonly string[];
}

export interface SystemView {
  readonly system: System;
  readonly ownerTitle: string;
  readonly operatorTitle: string;
  readonly mode: string;
  readonly primary?: Site;
  readonly dr?: Site;
  readonly distanceKm?: number;
  readonly rpoTarget: string;
  readonly rtoTarget: string;
  readonly rpo: RpoEstimate;
  readonly rpoText: string;
  readonly rtoEstimate?: string;
  readonly rtoParts: readonly { readonly step: string; readonly minutes: string; readonly value: number }[];
  /** Latest moment to decide on failover: RTO target minus the estimated recovery time. */
  readonly decisionWindow?: string;
  readonly zones: readonly ZoneRow[];
  readonly components: readonly ComponentRow[];
  readonly primaryCluster?: Cluster;
  readonly drCluster?: Cluster;
  readonly primaryNamespaces: readonly string[];
  /** Standby namespaces of the Kubernetes plan on the DR cluster; for cold DR (no standby) the system's namespace. */
  readonly drNamespaces: readonly string[];
  readonly primaryPlanned: readonly PlannedNamespace[];
  /** For cold DR, the namespaces of the plan made as if the system were warm (`Plans.coldK8s`), created at failover. */
  readonly drPlanned: readonly PlannedNamespace[];
  readonly flows: readonly FlowRow[];
  /** The national systems and other outside endpoints (not the networks themselves) of `flows`, to check after a switch. */
  readonly externals: readonly ExternalRow[];
  readonly missingFlows: number;
  /** For a system rented as IaaS, PaaS or SaaS: the provider and the contract, the party to call for that layer. */
  readonly rented?: RentedService;
  readonly dependencies: readonly DependencyRow[];
  readonly records: readonly string[];
  readonly ttlSeconds?: number;
  readonly switchover: string;
  readonly replication: string;
  readonly dataSize?: string;
  readonly dailyChange?: string;
  readonly link?: { readonly links: number; readonly paths: number; readonly bandwidthMbps: number; readonly usableMbps: number };
  /** Time to copy the whole data set over the usable link bandwidth (a full resync). */
  readonly fullCopy?: string;
  readonly drDevices: readonly Device[];
  readonly backupSite?: Site;
  readonly backupZone?: Zone;
  readonly backupFrequency?: string;
  readonly dataComponents: readonly ComponentRow[];
  readonly publicZone?: ZoneRow;
  readonly overlaps: number;
  readonly notDualStack: readonly string[];
}

/** How data reaches the DR site, by name (the inventory's `dr.replication`). */
const REPLICATION_NAMES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  'backup-restore': { vi: 'khôi phục từ bản sao lưu', en: 'restore from backup' },
  'storage-async': { vi: 'nhân bản lưu trữ không đồng bộ', en: 'asynchronous storage replication' },
  'storage-sync': { vi: 'nhân bản lưu trữ đồng bộ', en: 'synchronous storage replication' },
  'database-stream': { vi: 'nhân bản cơ sở dữ liệu liên tục', en: 'database streaming replication' },
  application: { vi: 'nhân bản ở mức ứng dụng', en: 'application-level replication' },
};

/** How users are moved, by name (the inventory's `dr.switchover`). */
const SWITCHOVER_NAMES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  dns: { vi: 'đổi bản ghi DNS', en: 'DNS change' },
  gslb: { vi: 'cân bằng tải toàn cục (GSLB)', en: 'global load balancing (GSLB)' },
  bgp: { vi: 'định tuyến BGP', en: 'BGP routing' },
  manual: { vi: 'thông báo thủ công', en: 'manual notice' },
};

/** A DR mode by name in `lang`. */
export const modeName = (mode: string, lang: Lang): string => DR_MODE_NAMES[mode as DrMode]?.[lang] ?? mode;
/** A replication method by name in `lang` (a dash when none is declared). */
export const replicationName = (method: string, lang: Lang): string => REPLICATION_NAMES[method]?.[lang] ?? method;
/** A switchover method by name in `lang`. */
export const switchoverName = (method: string, lang: Lang): string => SWITCHOVER_NAMES[method]?.[lang] ?? method;

const DATA_ROLES = new Set(['database', 'storage']);
/** Stateful roles that hold data unless they face the Internet (a mail store, a directory; not a mail gateway). */
const STATEFUL_ROLES = new Set(['mail', 'directory']);

/** Components sorted by name, each with the DR zone its primary zone maps to. */
function componentRows(system: System, coverage: DrCoverage): ComponentRow[] {
  const drZoneOf = new Map(coverage.zones.map((p) => [p.primary.name, p.dr]));
  return [...system.components]
    .sort((a, b) => cmp(a.name, b.name))
    .map((c) => {
      const drZone = drZoneOf.get(c.zone);
      return {
        name: c.name,
        role: c.role,
        ...(c.replicas !== undefined ? { replicas: c.replicas } : {}),
        ...(c.engine !== undefined ? { engine: c.engine } : {}),
        public: c.public,
        primaryZone: c.zone,
        ...(drZone ? { drZone: drZone.name } : {}),
        drPrefixes: zonePrefixes(drZone),
      };
    });
}

/** Each primary zone the system uses beside its DR zone, with the components placed in it. */
function zoneRows(coverage: DrCoverage, components: readonly ComponentRow[]): ZoneRow[] {
  return coverage.zones.map((p) => ({
    kind: p.primary.zoneKind,
    primary: p.primary.name,
    primaryPrefixes: zonePrefixes(p.primary),
    ...(p.dr ? { dr: p.dr.name } : {}),
    drPrefixes: zonePrefixes(p.dr),
    drGateways: p.dr ? [p.dr.ipv4?.gateway, p.dr.ipv6?.gateway].filter((g): g is string => !!g).join(' · ') || '—' : '—',
    components: components
      .filter((c) => c.primaryZone === p.primary.name)
      .map((c) => c.name)
      .join(', '),
  }));
}

/** The system's namespaces in the Kubernetes plan of a cluster (none for a system off clusters). */
function plannedNamespaces(l: Lookup, system: System, cluster: Cluster | undefined, cold = false): PlannedNamespace[] {
  if (!cluster || !system.cluster) return [];
  const plan = (cold ? l.plans.coldK8s : l.plans.k8s)?.clusters.find((c) => c.name === cluster.name);
  return (plan?.namespaces ?? []).filter((n) => n.system === system.name).map((n) => ({ name: n.name, zone: n.zone, components: n.components }));
}

/** Flows the system needs at the DR site, with the ports not yet allowed. */
function flowRows(model: Model, system: System): FlowRow[] {
  return neededFlows(model, system).map((f) => ({
    name: f.flow.name,
    from: f.from,
    to: f.to,
    ports: f.flow.ports.map(portText).join(', '),
    missing: f.missingPorts.map(portText).join(', '),
    ...(f.flow.via ? { via: f.flow.via } : {}),
  }));
}

/** The outside endpoints (not networks) of some flows, each once per network it is reached over, by name. */
function externalRows(model: Model, flows: readonly FlowRow[]): ExternalRow[] {
  const rows = new Map<string, ExternalRow>();
  for (const f of flows) {
    for (const name of [f.from, f.to]) {
      const e = externalOf(model, name);
      if (!e || e.category === 'network') continue;
      const via = f.via && f.via !== e.path ? f.via : undefined;
      rows.set(`${name}\u0000${via ?? ''}`, { name, ...(via ? { via } : {}) });
    }
  }
  return [...rows.keys()].sort(cmp).map((k) => rows.get(k)!);
}

/** An agency's or a provider's title by name (a system's operator may be either), else the name. */
const unitTitle = (l: Lookup, name: string): string => l.agency(name)?.title ?? l.model.province.providers.find((p) => p.name === name)?.title ?? name;

/** The systems this one depends on, with their DR mode and DR site. */
function dependencyRows(l: Lookup, system: System): DependencyRow[] {
  return system.dependsOn.map((name) => {
    const dep = l.system(name);
    const depDr = dep ? drSiteOf(l.model, dep) : undefined;
    return { name, title: dep?.title ?? name, mode: dep ? drMode(dep) : 'none', ...(depDr ? { drSite: depDr.name } : {}) };
  });
}

/** The view of a system, with durations in words in `lang`. */
export function systemView(l: Lookup, system: System, lang: Lang = 'en'): SystemView {
  const formatMinutes = (m: number): string => durationText(m, lang);
  const gib = (n: number): string => (Number.isInteger(n) ? thousands(n, lang) : String(n).replace('.', lang === 'vi' ? ',' : '.'));
  const model = l.model;
  const coverage = drCoverage(model, system);
  const primary = primarySiteOf(model, system);
  const dr = drSiteOf(model, system);
  const rpo = achievableRpo(model, system);
  const rto = estimatedRto(model, system);
  const components = componentRows(system, coverage);
  const zones = zoneRows(coverage, components);
  const primaryPlanned = plannedNamespaces(l, system, coverage.primaryCluster);
  const drPlanned = coverage.needsCluster ? plannedNamespaces(l, system, coverage.drCluster, drMode(system) === 'cold') : [];
  const flows = flowRows(model, system);
  const rented = rentedService(model, system);
  const capacity = primary && dr ? linkCapacity(model, primary.name, dr.name) : undefined;
  const backupSite = l.site(system.backup?.site);
  const backupZone = backupSite ? model.zones.find((z) => z.site === backupSite.name && z.zoneKind === 'backup') : undefined;
  const rtoMinutes = rto?.minutes;
  // Where users reach the system: its DMZ or edge zone, else the zone of its front component (an internal system).
  const front = components.find((c) => ['web', 'api', 'app'].includes(c.role));
  const publicZone = zones.find((z) => z.kind === 'dmz') ?? zones.find((z) => z.kind === 'edge') ?? zones.find((z) => z.primary === front?.primaryZone);
  return {
    system,
    ownerTitle: l.agency(system.owner)?.title ?? system.owner,
    operatorTitle: unitTitle(l, system.operator ?? system.owner),
    mode: drMode(system),
    ...(primary ? { primary } : {}),
    ...(dr ? { dr } : {}),
    ...(primary?.location && dr?.location ? { distanceKm: distanceKm(primary.location, dr.location) } : {}),
    rpoTarget: system.rpoMinutes === undefined ? '—' : formatMinutes(system.rpoMinutes),
    rtoTarget: system.rtoMinutes === undefined ? '—' : formatMinutes(system.rtoMinutes),
    rpo,
    rpoText: formatMinutes(rpo.minutes),
    ...(rtoMinutes !== undefined ? { rtoEstimate: formatMinutes(rtoMinutes) } : {}),
    rtoParts: (rto?.parts ?? []).map((p) => ({ step: p.step, minutes: formatMinutes(p.minutes), value: p.minutes })),
    ...(rtoMinutes !== undefined && system.rtoMinutes !== undefined
      ? { decisionWindow: system.rtoMinutes - rtoMinutes > 0 ? formatMinutes(system.rtoMinutes - rtoMinutes) : formatMinutes(0) }
      : {}),
    zones,
    components,
    ...(coverage.primaryCluster ? { primaryCluster: coverage.primaryCluster } : {}),
    ...(coverage.drCluster && coverage.needsCluster ? { drCluster: coverage.drCluster } : {}),
    primaryNamespaces: primaryPlanned.map((n) => n.name),
    drNamespaces: drPlanned.length
      ? drPlanned.map((n) => n.name)
      : coverage.needsCluster && coverage.drCluster && system.cluster
        ? [system.cluster.namespace]
        : [],
    primaryPlanned,
    drPlanned,
    flows,
    externals: externalRows(model, flows),
    missingFlows: flows.filter((f) => f.missing).length,
    ...(rented ? { rented } : {}),
    dependencies: dependencyRows(l, system),
    records: [...(system.dr?.records ?? [])],
    ...(system.dr?.ttlSeconds !== undefined ? { ttlSeconds: system.dr.ttlSeconds } : {}),
    switchover: system.dr?.switchover ?? 'dns',
    replication: system.dr?.replication ?? (drMode(system) === 'cold' ? 'backup-restore' : '—'),
    ...(system.data ? { dataSize: `${gib(system.data.sizeGiB)} GiB` } : {}),
    ...(system.data?.dailyChangeGiB !== undefined ? { dailyChange: `${gib(system.data.dailyChangeGiB)} GiB` } : {}),
    ...(capacity && capacity.links > 0 ? { link: capacity } : {}),
    ...(capacity && capacity.links > 0 && system.data ? { fullCopy: formatMinutes(transferMinutes(system.data.sizeGiB, capacity.usableMbps)) } : {}),
    drDevices: dr ? [...l.devicesAt(dr.name)].sort((a, b) => cmp(a.name, b.name)) : [],
    ...(backupSite ? { backupSite } : {}),
    ...(backupZone ? { backupZone } : {}),
    ...(system.backup ? { backupFrequency: formatMinutes(system.backup.frequencyMinutes) } : {}),
    dataComponents: components.filter((c) => DATA_ROLES.has(c.role) || (STATEFUL_ROLES.has(c.role) && !c.public)),
    ...(publicZone ? { publicZone } : {}),
    overlaps: coverage.overlaps.length,
    notDualStack: coverage.notDualStack.map((z) => z.name),
  };
}

export interface AgencyView {
  readonly agency: Agency;
  readonly parentTitle?: string;
  readonly site?: Site;
  readonly ipv4?: string;
  readonly ipv6?: string;
  /** First /64 of the agency's IPv6 prefix, for its LAN, and its gateway (::1). */
  readonly lan64?: string;
  readonly gateway6?: string;
  readonly gateway4?: string;
  readonly objectV4: string;
  readonly objectV6: string;
  readonly firewalls: readonly Device[];
  readonly tslcdFlows: readonly { readonly name: string; readonly to: string; readonly prefixes: string; readonly ports: string; readonly system?: string }[];
  readonly services: readonly { readonly name: string; readonly records: readonly string[] }[];
  readonly unallocated: readonly string[];
}

export function agencyView(l: Lookup, agency: Agency): AgencyView {
  const model = l.model;
  const prefixOf = (family: 'ipv4' | 'ipv6'): string | undefined => agency[family]?.prefix ?? l.plans.allocations.get(`agencies/${agency.name}/${family}`);
  const ipv4 = prefixOf('ipv4');
  const ipv6 = prefixOf('ipv6');
  const unallocated = (['ipv4', 'ipv6'] as const)
    .filter((f) => agency[f] && !prefixOf(f))
    .map((f) => `${f} /${agency[f]?.size ?? '?'} (${agency[f]?.pool ?? '?'})`);
  const site = l.site(agency.site);
  const tag = (agency.code ?? agency.name).replace(/[^A-Za-z0-9-]/g, '-').toUpperCase();
  const lan64 = ipv6 ? firstSubnet64(ipv6) : undefined;
  const zoneName = (f: Flow['to']) => (f.type === 'zone' ? f.zone : f.type === 'site' ? `site:${f.site}` : f.external);
  const tslcdFlows = model.flows
    .filter((f) => f.from.type === 'external' && f.from.external === 'tslcd' && f.to.type === 'zone')
    .map((f) => ({
      name: f.name,
      to: zoneName(f.to),
      prefixes: zonePrefixes(f.to.type === 'zone' ? l.zone(f.to.zone) : undefined),
      ports: f.ports.map(portText).join(', '),
      ...(f.system ? { system: f.system } : {}),
    }))
    .sort((a, b) => cmp(a.name, b.name));
  const services = model.systems
    .filter((s) => (s.dr?.records ?? []).length > 0)
    .map((s) => ({ name: s.name, records: [...(s.dr?.records ?? [])] }))
    .sort((a, b) => cmp(a.name, b.name));
  return {
    agency,
    ...(agency.parent ? { parentTitle: l.agency(agency.parent)?.title ?? agency.parent } : {}),
    ...(site ? { site } : {}),
    ...(ipv4 ? { ipv4, gateway4: firstHost4(ipv4) } : {}),
    ...(ipv6 ? { ipv6 } : {}),
    ...(lan64 ? { lan64, gateway6: lan64.replace(/::\/64$/, '::1') } : {}),
    objectV4: `NET-${tag}-V4`,
    objectV6: `NET-${tag}-V6`,
    firewalls: site
      ? l
          .devicesAt(site.name)
          .filter((d) => d.deviceKind === 'firewall')
          .sort((a, b) => cmp(a.name, b.name))
      : [],
    tslcdFlows,
    services,
    unallocated,
  };
}

/** `2001:db8:5150:100::/56` → `2001:db8:5150:100::/64`; prefixes longer than /64 are returned unchanged. */
function firstSubnet64(prefix: string): string {
  const [addr, len] = prefix.split('/');
  if (Number(len) > 64) return prefix;
  return `${addr}/64`;
}

/** `10.151.16.0/27` → `10.151.16.1`. */
function firstHost4(prefix: string): string {
  const [addr] = prefix.split('/');
  const octets = addr!.split('.').map(Number);
  octets[3] = (octets[3] ?? 0) + 1;
  return octets.join('.');
}
