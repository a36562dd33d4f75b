// The same flow set drives the Kubernetes NetworkPolicies and the firewall policy: for every (source zone,
// destination zone) pair both cover, the NetworkPolicy evaluator's verdict on a (protocol, port) equals the firewall
// policy's, computed from the generated policy data (the rules of every firewall on the pair's path), not packets.
// A flow of a system that has no namespace in the destination zone (it runs on virtual machines there) is opened by
// the firewall for the whole zone but by no NetworkPolicy: the clusters do not cover it, so it is left out.
import { describe, expect, it } from 'vitest';
import { buildPolicy, isFirewall, type FirewallPolicy, type ServiceObject } from '../../modules/firewall/index.js';
import { pathOf } from '../../modules/firewall/paths.js';
import { buildPlan, nthAddress, Reachability, type NamespacePlan } from '../../modules/k8s/index.js';
import type { Model } from '../../modules/model/index.js';
import { evaluateDir } from '../helpers.js';

type Family = 'ipv4' | 'ipv6';
type Connection = { readonly protocol: 'TCP' | 'UDP'; readonly port: number };

const PROBE_PORTS = [22, 25, 53, 80, 123, 161, 443, 514, 1521, 3306, 5432, 8080, 8443];

function covers(service: ServiceObject | undefined, c: Connection): boolean {
  if (!service) return false;
  if (service.protocol === 'any') return true;
  return service.protocol === c.protocol.toLowerCase() && c.port >= (service.from ?? 0) && c.port <= (service.to ?? 65535);
}

/** Does every firewall on the path from `from` to `to` have a rule between these two zones for the connection? */
function firewallVerdict(
  model: Model,
  policy: FirewallPolicy,
  pair: { readonly from: string; readonly to: string; readonly systems: ReadonlySet<string> },
  c: Connection,
  family: Family,
): boolean | undefined {
  const { from, to, systems } = pair;
  const site = model.zones.find((z) => z.name === to)!.site;
  const firewalls = model.devices.filter((d) => d.site === site && isFirewall(d));
  const path = pathOf(firewalls, { from: { type: 'zone', zone: from }, to: { type: 'zone', zone: to } });
  if (!path) return undefined;
  return path.every((hop) => {
    const device = policy.devices.find((d) => d.device === hop.device)!;
    const services = new Map(device.services.map((s) => [s.name, s]));
    return device.rules.some(
      (r) =>
        r.from.name === from &&
        r.to.name === to &&
        (r.system === undefined || systems.has(r.system)) &&
        r.families.includes(family) &&
        r.services.some((s) => covers(services.get(s), c)),
    );
  });
}

function connectionsOf(model: Model): Connection[] {
  const out = new Map<string, Connection>();
  const add = (protocol: Connection['protocol'], port: number) => out.set(`${protocol}/${port}`, { protocol, port });
  for (const port of PROBE_PORTS) for (const protocol of ['TCP', 'UDP'] as const) add(protocol, port);
  for (const flow of model.flows)
    for (const p of flow.ports) {
      if (p.protocol !== 'tcp' && p.protocol !== 'udp') continue;
      const protocol = p.protocol === 'tcp' ? 'TCP' : 'UDP';
      for (const port of [p.from ?? 1, p.to ?? p.from ?? 1, (p.to ?? p.from ?? 1) + 1]) add(protocol, port);
    }
  return [...out.values()];
}

describe.each(['quang-ngai', 'lang-son'])('%s: NetworkPolicies and firewall policy agree', (province) => {
  it('on every zone pair both cover', async () => {
    const { model, plan: addresses } = await evaluateDir(`inventory/${province}`);
    const policy = buildPolicy({ model, plan: addresses });
    const k8s = buildPlan(model, { addresses });
    const world = new Reachability(model, k8s, addresses);
    const namespaces: NamespacePlan[] = k8s.clusters.flatMap((c) => c.namespaces);
    const connections = connectionsOf(model);
    let compared = 0;
    let allowed = 0;
    const disagreements: string[] = [];
    for (const target of [...new Set(namespaces.map((n) => n.zone))]) {
      const inTarget = namespaces.filter((n) => n.zone === target);
      const systems = new Set(inTarget.map((n) => n.system));
      for (const source of model.zones) {
        if (source.name === target) continue;
        for (const family of ['ipv4', 'ipv6'] as const) {
          const prefix = source[family]?.prefix;
          if (!prefix || !model.zones.find((z) => z.name === target)?.[family]?.prefix) continue;
          for (const c of connections) {
            const fw = firewallVerdict(model, policy, { from: source.name, to: target, systems }, c, family);
            if (fw === undefined) continue;
            // The zone is reached from outside its cluster at a host address; any namespace of the zone may be the one.
            const pods = inTarget.some(
              (ns) => world.check({ address: nthAddress(prefix, 200) }, { cluster: ns.cluster, namespace: ns.name }, c, family).allowed,
            );
            compared++;
            if (pods) allowed++;
            if (pods !== fw) disagreements.push(`${source.name} -> ${target} ${c.protocol}/${c.port} ${family}: NetworkPolicy ${pods}, firewall ${fw}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(allowed).toBeGreaterThan(0);
  });
});
