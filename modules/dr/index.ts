// Disaster-recovery computations on the model: where a system runs and recovers, how far apart the sites are, what
// the replication links can carry, and what the DR site lacks. Pure functions; the checks and the runbooks share them.
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../net/index.js';
import type { Cluster, DrMode, Flow, Model, PortRange, ReplicationLink, Site, System, Zone, ZoneKind } from '../model/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';
import { exposureOf } from '../topology/exposure.js';

/**
 * Figures the estimates rest on. None comes from a Vietnamese rule for state agencies: they are working assumptions,
 * stated in docs/dr.md. The distance and drill interval are baseline parameters (drMinDistanceKm, drDrillIntervalMonths).
 */
export interface DrParameters {
  /** Share of the replication links' bandwidth that replication may use (the rest: backups, management, logs). */
  readonly linkUtilisation: number;
  /** Hours of the working day over which the daily change is written (peak write rate = daily change / these hours). */
  readonly peakHours: number;
  /** Continuous replication: lag of an asynchronous copy when the link keeps up. */
  readonly asyncLagMinutes: number;
  /** Restore throughput from a backup copy at the same site, GiB per hour. */
  readonly restoreGiBPerHour: number;
  /** Time to detect the disaster and reach the go/no-go decision (and fence the primary site: failover step 1). */
  readonly decisionMinutes: number;
  /** The same for hot DR, whose standby runs already: detection is quicker, fencing is not. */
  readonly hotDecisionMinutes: number;
  /** Work at the DR site before traffic is declared moved, per mode (shared by the failover runbook's steps, failoverStepMinutes). */
  readonly startMinutes: Readonly<Record<Exclude<DrMode, 'none'>, number>>;
  /** Checks after traffic moved, before the service is declared restored. */
  readonly verifyMinutes: number;
  /** TTL assumed when a system switched by DNS declares none. */
  readonly defaultTtlSeconds: number;
}

export const DEFAULT_DR_PARAMETERS: DrParameters = {
  linkUtilisation: 0.7,
  peakHours: 8,
  asyncLagMinutes: 1,
  restoreGiBPerHour: 300,
  decisionMinutes: 30,
  hotDecisionMinutes: 10,
  startMinutes: { hot: 20, warm: 30, cold: 240 },
  verifyMinutes: 15,
  defaultTtlSeconds: 3600,
};

/** Great-circle distance in km (haversine, mean Earth radius 6371.0088 km), rounded to 0.1 km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h))) * 10) / 10;
}

export const drMode = (system: System): DrMode => system.dr?.mode ?? 'none';

/** The site a system normally runs at: the site of most of its component zones (ties: first by name). */
export function primarySiteOf(model: Model, system: System): Site | undefined {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const counts = new Map<string, number>();
  for (const c of system.components) {
    const site = zoneSite.get(c.zone);
    if (site) counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  return best ? model.sites.find((s) => s.name === best[0]) : undefined;
}

/** The site a system recovers at: its `dr.site`, else the site declared `drFor` its primary. */
export function drSiteOf(model: Model, system: System): Site | undefined {
  if (drMode(system) === 'none') return undefined;
  if (system.dr?.site) return model.sites.find((s) => s.name === system.dr?.site);
  const primary = primarySiteOf(model, system);
  return primary ? model.sites.find((s) => s.role === 'dr' && s.drFor === primary.name) : undefined;
}

/** Replication links between two sites, declared on either side. */
export function linksBetween(model: Model, a: string, b: string): { site: Site; link: ReplicationLink }[] {
  const out: { site: Site; link: ReplicationLink }[] = [];
  for (const site of model.sites) {
    for (const link of site.replicationLinks) {
      if ((site.name === a && link.to === b) || (site.name === b && link.to === a)) out.push({ site, link });
    }
  }
  return out;
}

export interface LinkCapacity {
  readonly links: number;
  readonly paths: number;
  /** Sum over the links. */
  readonly bandwidthMbps: number;
  /** What replication may use: bandwidth × utilisation. */
  readonly usableMbps: number;
}

export function linkCapacity(model: Model, a: string, b: string, params: DrParameters = DEFAULT_DR_PARAMETERS): LinkCapacity {
  const links = linksBetween(model, a, b).map((l) => l.link);
  const bandwidthMbps = links.reduce((sum, l) => sum + l.count * l.bandwidthMbps, 0);
  return {
    links: links.reduce((sum, l) => sum + l.count, 0),
    paths: links.reduce((sum, l) => sum + l.paths, 0),
    bandwidthMbps,
    usableMbps: bandwidthMbps * params.linkUtilisation,
  };
}

/** Minutes to carry `gib` GiB over `mbps` Mbit/s. */
export function transferMinutes(gib: number, mbps: number): number {
  if (gib <= 0) return 0;
  if (mbps <= 0) return Infinity;
  return (gib * 8 * 1024 ** 3) / (mbps * 1e6) / 60;
}

export interface RpoEstimate {
  /** Achievable RPO in minutes; Infinity when the data never reaches the DR site or the link cannot keep up. */
  readonly minutes: number;
  /** How it was computed, with the figures used (English; the checks render their own bilingual text). */
  readonly basis: 'backup' | 'continuous' | 'synchronous' | 'no-copy' | 'no-link' | 'link-too-slow' | 'unknown';
  readonly dailyChangeGiB?: number;
  readonly usableMbps?: number;
  /** Minutes a day's change needs on the usable bandwidth. */
  readonly dailyTransferMinutes?: number;
}

/**
 * Achievable RPO of a system at its DR site.
 * - backup-restore (and cold DR without a method): a backup interval plus the time to ship one interval's change;
 * - continuous replication: the lag once the working-day peak has drained (peak write rate = daily change over
 *   `peakHours`); if a whole day's change does not fit in a day, the copy falls behind without bound;
 * - storage-sync: zero when the link carries the peak write rate, otherwise writes stall (reported as too slow).
 */
export function achievableRpo(model: Model, system: System, params: DrParameters = DEFAULT_DR_PARAMETERS): RpoEstimate {
  const primary = primarySiteOf(model, system);
  const dr = drSiteOf(model, system);
  if (!primary || !dr) return { minutes: Infinity, basis: 'unknown' };
  const method = system.dr?.replication ?? (drMode(system) === 'cold' ? 'backup-restore' : undefined);
  if (!method) return { minutes: Infinity, basis: 'unknown' };
  const capacity = linkCapacity(model, primary.name, dr.name, params);
  const daily = system.data?.dailyChangeGiB;
  const figures = { ...(daily === undefined ? {} : { dailyChangeGiB: daily }), usableMbps: capacity.usableMbps };
  if (capacity.links === 0) return { minutes: Infinity, basis: 'no-link', ...figures };
  if (daily === undefined) return { minutes: Infinity, basis: 'unknown', ...figures };
  const dailyTransfer = transferMinutes(daily, capacity.usableMbps);
  const withTransfer = { ...figures, dailyTransferMinutes: round1(dailyTransfer) };
  if (method === 'backup-restore') {
    if (system.backup?.site !== dr.name) return { minutes: Infinity, basis: 'no-copy', ...withTransfer };
    const interval = system.backup.frequencyMinutes;
    const ship = transferMinutes((daily * Math.min(interval, 1440)) / 1440, capacity.usableMbps);
    return { minutes: round1(interval + ship), basis: 'backup', ...withTransfer };
  }
  if (dailyTransfer > 1440) return { minutes: Infinity, basis: 'link-too-slow', ...withTransfer };
  const peakGiBPerMinute = daily / (params.peakHours * 60);
  const linkGiBPerMinute = daily / dailyTransfer;
  const backlogGiB = Math.max(0, (peakGiBPerMinute - linkGiBPerMinute) * params.peakHours * 60);
  if (method === 'storage-sync') {
    return backlogGiB > 0 ? { minutes: Infinity, basis: 'link-too-slow', ...withTransfer } : { minutes: 0, basis: 'synchronous', ...withTransfer };
  }
  return { minutes: round1(params.asyncLagMinutes + backlogGiB / linkGiBPerMinute), basis: 'continuous', ...withTransfer };
}

export interface RtoEstimate {
  readonly minutes: number;
  /** Parts of the estimate, in minutes, in the order they happen. */
  readonly parts: readonly { readonly step: 'decision' | 'start' | 'copy' | 'restore' | 'verify' | 'dns'; readonly minutes: number }[];
}

/**
 * Plausible RTO for the system's DR mode: decision, start-up at the DR site, for cold DR the copy and restore of the
 * data, verification, and the DNS TTL users wait out.
 */
export function estimatedRto(model: Model, system: System, params: DrParameters = DEFAULT_DR_PARAMETERS): RtoEstimate | undefined {
  const mode = drMode(system);
  if (mode === 'none') return undefined;
  const parts: { step: RtoEstimate['parts'][number]['step']; minutes: number }[] = [];
  parts.push({ step: 'decision', minutes: mode === 'hot' ? params.hotDecisionMinutes : params.decisionMinutes });
  parts.push({ step: 'start', minutes: params.startMinutes[mode] });
  if (mode === 'cold') {
    const size = system.data?.sizeGiB ?? 0;
    const primary = primarySiteOf(model, system);
    const dr = drSiteOf(model, system);
    if (dr && system.backup?.site !== dr.name && primary) {
      parts.push({ step: 'copy', minutes: round1(transferMinutes(size, linkCapacity(model, primary.name, dr.name, params).usableMbps)) });
    }
    parts.push({ step: 'restore', minutes: round1((size / params.restoreGiBPerHour) * 60) });
  }
  parts.push({ step: 'verify', minutes: params.verifyMinutes });
  const switchover = system.dr?.switchover ?? 'dns';
  if (switchover === 'dns') parts.push({ step: 'dns', minutes: round1((system.dr?.ttlSeconds ?? params.defaultTtlSeconds) / 60) });
  return { minutes: round1(parts.reduce((sum, p) => sum + p.minutes, 0)), parts };
}

/** The steps of the failover runbook (modules/runbook/steps.ts), in order; `platform` only with a DR cluster. */
export type FailoverStep = 'fence' | 'data' | 'platform' | 'application' | 'traffic' | 'check';

/**
 * The one table from which both the RTO estimate and the runbook's step durations come: the failover step each part
 * of the estimate is spent in. `start` (work at the DR site) is shared evenly by the steps it lists that are present
 * and have no part of their own: the data step when nothing is copied or restored, traffic when no DNS TTL is waited
 * out.
 */
export const RTO_PART_STEPS: Readonly<Record<RtoEstimate['parts'][number]['step'], readonly FailoverStep[]>> = {
  decision: ['fence'],
  start: ['data', 'platform', 'application', 'traffic'],
  copy: ['data'],
  restore: ['data'],
  verify: ['check'],
  dns: ['traffic'],
};

/**
 * Whole minutes of each failover step, from the parts of the estimate (RTO_PART_STEPS). Rounded on the running
 * total, so that the steps add up to the estimate rounded to the minute, as the runbook prints both; a step with an
 * unbounded part is unbounded (Infinity), like the estimate.
 */
export function failoverStepMinutes(parts: RtoEstimate['parts'], options: { readonly cluster: boolean }): Record<FailoverStep, number> {
  const order: FailoverStep[] = ['fence', 'data', ...(options.cluster ? (['platform'] as const) : []), 'application', 'traffic', 'check'];
  const exact = new Map<FailoverStep, number>(order.map((s) => [s, 0]));
  const own = new Set(parts.filter((p) => p.step !== 'start').flatMap((p) => RTO_PART_STEPS[p.step]));
  for (const part of parts) {
    const shared = part.step === 'start';
    const targets = RTO_PART_STEPS[part.step].filter((s) => exact.has(s) && (!shared || !own.has(s) || s === 'platform' || s === 'application'));
    for (const s of targets) exact.set(s, exact.get(s)! + part.minutes / targets.length);
  }
  const out = { fence: 0, data: 0, platform: 0, application: 0, traffic: 0, check: 0 };
  let total = 0;
  let shown = 0;
  for (const s of order) {
    // A part that cannot be bounded (no link to copy over) leaves its step, and the estimate, unbounded.
    if (!Number.isFinite(exact.get(s)!)) {
      out[s] = Infinity;
      continue;
    }
    total += exact.get(s)!;
    out[s] = Math.round(total) - shown;
    shown += out[s];
  }
  return out;
}

export interface ZonePair {
  readonly primary: Zone;
  readonly dr?: Zone;
}

export interface DrCoverage {
  readonly primary?: Site;
  readonly dr?: Site;
  /** Each primary zone the system uses, with the zone of the same kind at the DR site. */
  readonly zones: readonly ZonePair[];
  readonly missingZoneKinds: readonly ZoneKind[];
  /** The DR site's cluster for a system that runs on a cluster (prefers one with a node pool in a mapped zone). */
  readonly primaryCluster?: Cluster;
  readonly drCluster?: Cluster;
  readonly needsCluster: boolean;
  /** DR zones without both an IPv4 and an IPv6 prefix (given, or requested from a pool). */
  readonly notDualStack: readonly Zone[];
  /** DR zone prefixes that overlap a primary zone prefix. */
  readonly overlaps: readonly { readonly dr: Zone; readonly primary: Zone; readonly prefix: string }[];
}

export function prefixOf(zone: Zone, family: 'ipv4' | 'ipv6'): Prefix | undefined {
  const text = zone[family]?.prefix;
  if (!text) return undefined;
  const parsed = parsePrefixStrict(text);
  return parsed.ok ? parsed.prefix : undefined;
}

export function drCoverage(model: Model, system: System): DrCoverage {
  const primary = primarySiteOf(model, system);
  const dr = drSiteOf(model, system);
  const zoneByName = new Map(model.zones.map((z) => [z.name, z]));
  const used = [...new Set(system.components.map((c) => c.zone))]
    .sort(cmp)
    .map((n) => zoneByName.get(n))
    .filter((z): z is Zone => !!z);
  const drZones = dr ? model.zones.filter((z) => z.site === dr.name) : [];
  const zones = used.map((z) => {
    const match = drZones.find((d) => d.zoneKind === z.zoneKind);
    return match ? { primary: z, dr: match } : { primary: z };
  });
  const missingZoneKinds = [...new Set(zones.filter((p) => !p.dr).map((p) => p.primary.zoneKind))].sort(cmp);
  const primaryCluster = system.cluster ? model.clusters.find((c) => c.name === system.cluster?.name) : undefined;
  const mapped = new Set(zones.flatMap((p) => (p.dr ? [p.dr.name] : [])));
  const drClusters = dr ? model.clusters.filter((c) => c.site === dr.name) : [];
  const drCluster = drClusters.find((c) => c.nodePools.some((p) => mapped.has(p.zone))) ?? drClusters[0];
  const targetZones = [...new Map(zones.flatMap((p) => (p.dr ? [[p.dr.name, p.dr] as const] : []))).values()];
  const notDualStack = targetZones.filter((z) => !z.ipv4 || !z.ipv6);
  const primaryZones = primary ? model.zones.filter((z) => z.site === primary.name) : [];
  const overlaps: { dr: Zone; primary: Zone; prefix: string }[] = [];
  for (const d of targetZones) {
    for (const family of ['ipv4', 'ipv6'] as const) {
      const dp = prefixOf(d, family);
      if (!dp) continue;
      for (const p of primaryZones) {
        const pp = prefixOf(p, family);
        if (pp && (prefixContainsPrefix(pp, dp) || prefixContainsPrefix(dp, pp))) overlaps.push({ dr: d, primary: p, prefix: dp.text });
      }
    }
  }
  return {
    ...(primary ? { primary } : {}),
    ...(dr ? { dr } : {}),
    zones,
    missingZoneKinds,
    ...(primaryCluster ? { primaryCluster } : {}),
    ...(drCluster ? { drCluster } : {}),
    needsCluster: system.cluster !== undefined,
    notDualStack,
    overlaps,
  };
}

export interface NeededFlow {
  /** The flow at the primary site. */
  readonly flow: Flow;
  /** Its endpoints moved to the DR site (zone names, or external network names), as `from → to`. */
  readonly from: string;
  readonly to: string;
  /** Ports of the primary flow that no flow at the DR site allows. */
  readonly missingPorts: readonly PortRange[];
}

const endpointText = (e: Flow['from']): string => (e.type === 'zone' ? e.zone : e.type === 'site' ? `site:${e.site}` : e.external);

/**
 * Flows the system needs after failover: flows of the system (or untagged) between its zones at the primary and
 * external networks or other zones it uses, with the zones replaced by their DR counterparts. Each is checked against
 * the flows declared at the DR site.
 */
export function neededFlows(model: Model, system: System): NeededFlow[] {
  const coverage = drCoverage(model, system);
  if (!coverage.dr) return [];
  const map = new Map(coverage.zones.flatMap((p) => (p.dr ? [[p.primary.name, p.dr.name] as const] : [])));
  const usedZones = new Set(coverage.zones.map((p) => p.primary.name));
  const relevant = (e: Flow['from']) => (e.type === 'zone' ? usedZones.has(e.zone) : e.type === 'external');
  const out: NeededFlow[] = [];
  for (const flow of model.flows) {
    if (flow.system !== undefined && flow.system !== system.name) continue;
    if (!relevant(flow.from) || !relevant(flow.to)) continue;
    if (flow.from.type !== 'zone' && flow.to.type !== 'zone') continue;
    // A flow that exposes a sensitive zone is a finding of its own (NET-EXPO-01), never one to copy to the DR site.
    if (exposureOf(model, flow)) continue;
    const moved = (e: Flow['from']) => (e.type === 'zone' ? map.get(e.zone) : endpointText(e));
    const from = moved(flow.from);
    const to = moved(flow.to);
    if (from === undefined || to === undefined) continue; // the zone itself is missing: reported by the coverage check
    const candidates = model.flows.filter((f) => endpointText(f.from) === from && endpointText(f.to) === to);
    const missingPorts = flow.ports.filter((p) => !candidates.some((c) => c.ports.some((q) => covers(q, p))));
    out.push({ flow, from, to, missingPorts });
  }
  return out.sort((a, b) => cmp(a.flow.name, b.flow.name));
}

function covers(outer: PortRange, inner: PortRange): boolean {
  if (outer.protocol === 'any') return true;
  if (outer.protocol !== inner.protocol) return false;
  if (outer.from === undefined) return true;
  if (inner.from === undefined) return false;
  return outer.from <= inner.from && (outer.to ?? outer.from) >= (inner.to ?? inner.from);
}

export function portText(p: PortRange): string {
  if (p.from === undefined) return p.protocol;
  return `${p.protocol}/${p.from}${p.to !== undefined && p.to !== p.from ? `-${p.to}` : ''}`;
}

/** Minutes as a short duration: 0 → "0m", 90 → "1h30m", 2880 → "2d". */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '∞';
  const m = Math.round(minutes);
  if (m === 0) return '0m';
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const r = m % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${r ? `${r}m` : ''}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
