// The laboratory of the packet proof, planned without touching the system: one host per zone or external network a
// firewall separates (an address from its prefix, or a laboratory prefix for an external network the inventory
// has none for), the probes of every declared flow and a deterministic sample of undeclared (source, destination,
// port) triples, and what each probe should do according to the flows of the model. A flow that crosses a chain of
// firewalls is probed on every device of its path: an end the device does not separate is a remote host, its
// address carried by the host of the network the flow enters or leaves the device by (see `remoteHosts`).
import { createHash } from 'node:crypto';
import { compareCodeUnits, EXTERNAL_NETWORKS, type Endpoint, type ExternalNetwork, type Flow, type Model, type PortRange } from '../model/index.js';
import { formatAddress, parsePrefixStrict } from '../net/index.js';
import { SENSITIVE_ZONE_KINDS, UNTRUSTED_NETWORKS } from '../topology/exposure.js';
import { addressBook, FAMILIES, type AddressBook } from './addresses.js';
import { flowPaths, isFirewall } from './policy.js';
import type { DevicePolicy, ExternalPrefixes, Family } from './types.js';

/** Prefixes for the external networks in the laboratory: benchmarking (RFC 2544) and documentation (RFC 9637) space. */
export function labExternals(model: Pick<Model, 'externals'>): ExternalPrefixes {
  const out: Record<string, { ipv4: string[]; ipv6: string[] }> = {};
  // Built-in endpoints first, in catalogue order, so that their laboratory prefixes never move; then the province's own.
  const names = [...EXTERNAL_NETWORKS, ...model.externals.filter((e) => !e.builtin).map((e) => e.name)];
  names.forEach((network, i) => {
    if (network !== 'internet') out[network] = { ipv4: [`198.18.${i}.0/24`], ipv6: [`3fff:0:0:${(i + 1).toString(16)}::/64`] };
  });
  return out as ExternalPrefixes;
}

/** The Internet host: documentation space, outside every planned prefix. */
const INTERNET: Record<Family, string> = { ipv4: '192.0.2.0/24', ipv6: '3fff:ffff::/64' };

export interface LabHost {
  readonly end: string;
  /** A remote end: the device does not separate it; its address sits on the host of this network. */
  readonly behind?: string;
  readonly type: 'zone' | 'external';
  /** Host and firewall-side address with the prefix length, per family the end has. */
  readonly ipv4?: { readonly host: string; readonly gateway: string; readonly length: number };
  readonly ipv6?: { readonly host: string; readonly gateway: string; readonly length: number };
}

export interface Probe {
  readonly from: string;
  readonly to: string;
  readonly family: Family;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port?: number;
  /** Whether a flow of the model allows it (and which), independently of the ruleset. */
  readonly expected: boolean;
  readonly flow?: string;
  readonly why: 'declared' | 'exposure' | 'sample';
}

function hostIn(prefix: string, offset: bigint): { host: string; gateway: string; length: number } | undefined {
  const parsed = parsePrefixStrict(prefix);
  if (!parsed.ok) return undefined;
  const { family, network, length } = parsed.prefix;
  const size = 1n << BigInt((family === 'ipv4' ? 32 : 128) - length);
  if (size < 4n) return undefined;
  const at = offset < size - 1n ? offset : 2n;
  return { host: formatAddress(family, network + at), gateway: formatAddress(family, network + 1n), length };
}

function hostOf(book: AddressBook, end: Endpoint): LabHost {
  const name = end.type === 'zone' ? end.zone : end.type === 'external' ? end.external : end.site;
  const host: { -readonly [K in keyof LabHost]: LabHost[K] } = { end: name, type: end.type === 'zone' ? 'zone' : 'external' };
  for (const family of FAMILIES) {
    const prefix =
      end.type === 'zone'
        ? book.zone(end.zone, family)
        : end.type === 'external' && end.external === 'internet'
          ? INTERNET[family]
          : end.type === 'external'
            ? book.external(end.external, family)[0]?.prefix
            : undefined;
    const address = prefix ? hostIn(prefix, family === 'ipv4' ? 10n : 0x10n) : undefined;
    if (address) host[family] = address;
  }
  return host;
}

function endsOf(device: { boundaryZones: readonly string[]; boundaryExternals: readonly ExternalNetwork[] }): Endpoint[] {
  return [
    ...device.boundaryZones.map((zone): Endpoint => ({ type: 'zone', zone })),
    ...device.boundaryExternals.map((external): Endpoint => ({ type: 'external', external })),
  ];
}

export function labHosts(model: Model, plan: Parameters<typeof addressBook>[1], device: DevicePolicy, externals: ExternalPrefixes): LabHost[] {
  const book = addressBook(model, plan, externals);
  const spec = model.devices.find((d) => d.name === device.device)!;
  return endsOf(spec)
    .map((e) => hostOf(book, e))
    .sort((a, b) => compareCodeUnits(a.end, b.end));
}

/** The ends of the device's rules it does not separate, each behind the network the flow reaches the device by. */
export function remoteHosts(model: Model, plan: Parameters<typeof addressBook>[1], device: DevicePolicy, externals: ExternalPrefixes): LabHost[] {
  const book = addressBook(model, plan, externals);
  const out = new Map<string, LabHost>();
  for (const rule of device.rules) {
    for (const [end, flowEnd] of [
      [rule.from, model.flows.find((f) => f.name === rule.name)!.from],
      [rule.to, model.flows.find((f) => f.name === rule.name)!.to],
    ] as const) {
      if (end.interface === end.name || out.has(end.name)) continue;
      out.set(end.name, { ...hostOf(book, flowEnd), behind: end.interface });
    }
  }
  return [...out.values()].sort((a, b) => compareCodeUnits(a.end, b.end));
}

/** The flows whose path through the firewalls of the device's site crosses the device, from the model alone. */
export function flowsThrough(model: Pick<Model, 'flows' | 'devices'>, deviceName: string): Flow[] {
  const device = model.devices.find((d) => d.name === deviceName)!;
  const paths = flowPaths(
    model.flows,
    model.devices.filter((d) => d.site === device.site && isFirewall(d)),
  );
  return model.flows.filter((f) => paths.get(f.name)?.some((h) => h.device === deviceName)).sort((a, b) => compareCodeUnits(a.name, b.name));
}

function matches(end: Endpoint, host: string): boolean {
  return (end.type === 'zone' && end.zone === host) || (end.type === 'external' && end.external === host);
}

function covers(port: PortRange, protocol: Probe['protocol'], number: number | undefined, family: Family): boolean {
  if (port.protocol === 'any') return true;
  if (protocol === 'icmp') return port.protocol === (family === 'ipv4' ? 'icmp' : 'icmpv6');
  return port.protocol === protocol && number !== undefined && number >= (port.from ?? 0) && number <= (port.to ?? port.from ?? 65535);
}

/** The flow of the model crossing the device (`flowsThrough`) that allows this packet, if any. */
export function declaredBy(flows: readonly Flow[], probe: Omit<Probe, 'expected' | 'flow' | 'why'>): string | undefined {
  const flow = flows.find(
    (f) => matches(f.from, probe.from) && matches(f.to, probe.to) && f.ports.some((p) => covers(p, probe.protocol, probe.port, probe.family)),
  );
  return flow?.name;
}

type Shape = Omit<Probe, 'expected' | 'flow' | 'why'>;

/** The probes of the declared flows: every port (both ends of a range), every family both hosts have. */
function declaredShapes(model: Model, device: DevicePolicy, hosts: ReadonlyMap<string, LabHost>): Shape[] {
  // Every rule of the device; the flows are the model's (the rules only name them).
  const out: Shape[] = [];
  for (const rule of device.rules) {
    const flow = model.flows.find((f) => f.name === rule.name)!;
    for (const family of FAMILIES) {
      if (!hosts.get(rule.from.name)?.[family] || !hosts.get(rule.to.name)?.[family]) continue;
      for (const port of flow.ports) {
        const base = { from: rule.from.name, to: rule.to.name, family };
        if (port.protocol === 'tcp' || port.protocol === 'udp') {
          for (const n of new Set([port.from ?? 0, port.to ?? port.from ?? 0])) out.push({ ...base, protocol: port.protocol, port: n });
        } else if (port.protocol === 'any') out.push({ ...base, protocol: 'tcp', port: 443 });
        else if ((port.protocol === 'icmp' && family === 'ipv4') || (port.protocol === 'icmpv6' && family === 'ipv6')) out.push({ ...base, protocol: 'icmp' });
      }
    }
  }
  return out;
}

const CANDIDATES: readonly { protocol: Probe['protocol']; port?: number }[] = [
  { protocol: 'tcp', port: 22 },
  { protocol: 'tcp', port: 443 },
  { protocol: 'tcp', port: 445 },
  { protocol: 'tcp', port: 1521 },
  { protocol: 'tcp', port: 3389 },
  { protocol: 'tcp', port: 5432 },
  { protocol: 'udp', port: 161 },
  { protocol: 'udp', port: 514 },
  { protocol: 'icmp' },
];

function keyOf(s: Shape): string {
  return `${s.from}|${s.to}|${s.family}|${s.protocol}|${s.port ?? ''}`;
}

/** Undeclared triples: every exposure of a sensitive zone to the Internet or TSLCD, and a hashed sample of the rest. */
function undeclaredShapes(model: Model, flows: readonly Flow[], hosts: readonly LabHost[], sample: number): { shape: Shape; why: Probe['why'] }[] {
  const kinds = new Map(model.zones.map((z) => [z.name, z.zoneKind]));
  const exposures: Shape[] = [];
  const rest: Shape[] = [];
  for (const a of hosts)
    for (const b of hosts) {
      if (a === b) continue;
      for (const family of FAMILIES) {
        if (!a[family] || !b[family]) continue;
        for (const c of CANDIDATES) {
          const shape: Shape = { from: a.end, to: b.end, family, protocol: c.protocol, ...(c.port !== undefined ? { port: c.port } : {}) };
          if (declaredBy(flows, shape)) continue;
          const sensitive = (UNTRUSTED_NETWORKS as readonly string[]).includes(a.end) && SENSITIVE_ZONE_KINDS.includes(kinds.get(b.end)!);
          (sensitive ? exposures : rest).push(shape);
        }
      }
    }
  const hash = (s: Shape) => createHash('sha256').update(keyOf(s)).digest('hex');
  const sampled = rest
    .map((s) => ({ s, h: hash(s) }))
    .sort((x, y) => compareCodeUnits(x.h, y.h))
    .slice(0, sample)
    .map((x) => x.s);
  return [...exposures.map((shape) => ({ shape, why: 'exposure' as const })), ...sampled.map((shape) => ({ shape, why: 'sample' as const }))];
}

/** Probes of the declared flows (`hosts` with the remote ones) and the undeclared sample (between separated hosts). */
export function probesOf(model: Model, device: DevicePolicy, hosts: readonly LabHost[], sample = 48): Probe[] {
  const byEnd = new Map(hosts.map((h) => [h.end, h]));
  const flows = flowsThrough(model, device.device);
  const seen = new Set<string>();
  const out: Probe[] = [];
  const add = (shape: Shape, why: Probe['why']) => {
    if (seen.has(keyOf(shape))) return;
    seen.add(keyOf(shape));
    const flow = declaredBy(flows, shape);
    out.push({ ...shape, expected: flow !== undefined, ...(flow ? { flow } : {}), why });
  };
  for (const shape of declaredShapes(model, device, byEnd)) add(shape, 'declared');
  const separated = hosts.filter((h) => h.behind === undefined);
  for (const { shape, why } of undeclaredShapes(model, flows, separated, sample)) add(shape, why);
  return out;
}
