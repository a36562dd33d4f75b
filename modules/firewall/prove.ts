// `hatang firewall --prove`: builds each firewall of a site in network namespaces, loads the generated nftables
// ruleset with the real nft, sends real packets for every declared flow and for a sample of undeclared triples,
// and compares what got through with what the flow matrix says.
import type { AddressPlan } from '../addressing/index.js';
import type { Model } from '../model/index.js';
import { labExternals, labHosts, probesOf, remoteHosts, type LabHost, type Probe } from './lab.js';
import { Laboratory, labUnavailable } from './netns.js';
import { renderNftables } from './nftables.js';
import { buildPolicy } from './policy.js';
import type { DevicePolicy } from './types.js';

export interface ProveOptions {
  readonly site: string;
  readonly timeoutMs?: number;
  readonly parallel?: number;
  readonly sample?: number;
  /** Changes the ruleset before it is loaded (tests plant an extra rule or remove one). */
  readonly mutate?: (ruleset: string, device: DevicePolicy) => string;
}

export interface ProbeResult extends Probe {
  readonly device: string;
  readonly observed: boolean;
}

export interface ProveReport {
  readonly site: string;
  readonly devices: readonly { readonly device: string; readonly namespaces: number; readonly flows: number }[];
  readonly results: readonly ProbeResult[];
  readonly mismatches: number;
  readonly seconds: number;
}

export { labUnavailable };

/** The ports to listen on per namespace (a remote end listens in the namespace of the host carrying it). */
function portsByHost(probes: readonly Probe[], namespaceOf: (end: string) => string): Map<string, { tcp: number[]; udp: number[] }> {
  const out = new Map<string, { tcp: Set<number>; udp: Set<number> }>();
  for (const p of probes) {
    if (p.protocol === 'icmp' || p.port === undefined) continue;
    const ns = namespaceOf(p.to);
    const entry = out.get(ns) ?? { tcp: new Set(), udp: new Set() };
    entry[p.protocol].add(p.port);
    out.set(ns, entry);
  }
  return new Map([...out].map(([k, v]) => [k, { tcp: [...v.tcp], udp: [...v.udp] }]));
}

async function proveDevice(lab: Laboratory, ruleset: string, hosts: readonly LabHost[], probes: readonly Probe[], options: ProveOptions): Promise<boolean[]> {
  const names = await lab.build(hosts.filter((h) => h.behind === undefined));
  const byEnd = new Map(hosts.map((h) => [h.end, h]));
  for (const remote of hosts) if (remote.behind !== undefined) await lab.addRemote(names.get(remote.behind)!, byEnd.get(remote.behind)!, remote);
  for (const remote of hosts) if (remote.behind !== undefined) names.set(remote.end, names.get(remote.behind)!);
  await lab.loadRuleset(ruleset);
  const addresses = (ns: string) => hosts.filter((h) => names.get(h.end) === ns).flatMap((h) => [h.ipv4?.host, h.ipv6?.host].filter((a) => a !== undefined));
  await Promise.all([...portsByHost(probes, (end) => names.get(end)!)].map(([ns, ports]) => lab.listen(ns, { ...ports, addresses: addresses(ns) })));
  const observed = new Array<boolean>(probes.length).fill(false);
  const sources = [...new Set(probes.map((p) => p.from))];
  const one = async (source: string) => {
    const mine = probes.map((p, i) => ({ p, i })).filter((x) => x.p.from === source);
    const requests = mine.map(({ p }) => ({
      address: byEnd.get(p.to)![p.family]!.host,
      family: p.family,
      protocol: p.protocol,
      ...(p.port !== undefined ? { port: p.port } : {}),
      ...(byEnd.get(p.from)!.behind !== undefined ? { source: byEnd.get(p.from)![p.family]!.host } : {}),
    }));
    const got = await lab.probe(names.get(source)!, requests, options.timeoutMs ?? 1000, options.parallel ?? 8);
    mine.forEach(({ i }, k) => (observed[i] = got[k] ?? false));
  };
  for (let i = 0; i < sources.length; i += 4) await Promise.all(sources.slice(i, i + 4).map(one));
  return observed;
}

/** Proves every firewall of the site. Throws when the laboratory cannot be built (see labUnavailable first). */
export async function prove(input: { readonly model: Model; readonly plan: Pick<AddressPlan, 'allocations'> }, options: ProveOptions): Promise<ProveReport> {
  const started = process.hrtime.bigint();
  const externals = labExternals(input.model);
  const policy = buildPolicy(input, { site: options.site, externals });
  const results: ProbeResult[] = [];
  const devices: ProveReport['devices'][number][] = [];
  for (const device of policy.devices) {
    const hosts = [...labHosts(input.model, input.plan, device, externals), ...remoteHosts(input.model, input.plan, device, externals)];
    const probes = probesOf(input.model, device, hosts, options.sample ?? 48);
    const ruleset = options.mutate ? options.mutate(renderNftables(device), device) : renderNftables(device);
    const lab = new Laboratory();
    try {
      const observed = await proveDevice(lab, ruleset, hosts, probes, options);
      results.push(...probes.map((p, i) => ({ ...p, device: device.device, observed: observed[i]! })));
    } finally {
      lab.cleanup();
    }
    devices.push({ device: device.device, namespaces: hosts.filter((h) => h.behind === undefined).length + 1, flows: device.rules.length });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { site: options.site, devices, results, mismatches: results.filter((r) => r.expected !== r.observed).length, seconds };
}
