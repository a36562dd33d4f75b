// Reachability across the clusters of a plan and the addresses around them. A pod leaving its cluster is seen with
// an address of its node's zone (source NAT), and a pod of another cluster is reached at an address of its zone.
import { type AddressPlan } from '../addressing/index.js';
import { formatAddress, parsePrefixStrict } from '../net/index.js';
import { ZoneAddresses } from './addresses.js';
import type { Model } from '../model/index.js';
import type { K8sPlan } from './plan.js';
import { PolicySet, type Connection, type Endpoint, type Verdict } from './reach.js';

/** A pod in a namespace of a cluster of the plan, or any address. */
export interface PodPlace {
  readonly cluster: string;
  readonly namespace: string;
  readonly labels?: Readonly<Record<string, string>>;
}
export type Place = PodPlace | { readonly address: string };

/** The n-th address of a prefix (n counted from the network address). */
export function nthAddress(prefix: string, n: number): string {
  const parsed = parsePrefixStrict(prefix);
  if (!parsed.ok) throw new Error(`not a prefix: ${prefix}`);
  return formatAddress(parsed.prefix.family, parsed.prefix.network + BigInt(n));
}

export class Reachability {
  private readonly sets = new Map<string, PolicySet>();
  private readonly zoneOf = new Map<string, string>();

  private readonly addresses: ZoneAddresses;

  constructor(
    private readonly model: Model,
    plan: K8sPlan,
    addresses: AddressPlan,
  ) {
    this.addresses = new ZoneAddresses(addresses);
    for (const cluster of plan.clusters) {
      this.sets.set(cluster.name, new PolicySet(cluster.objects));
      for (const ns of cluster.namespaces) this.zoneOf.set(`${cluster.name}/${ns.name}`, ns.zone);
    }
  }

  /** Address of a pod of the cluster, from its pod CIDR of the family asked. */
  podAddress(cluster: string, family: 'ipv4' | 'ipv6' = 'ipv4'): string | undefined {
    const prefix = this.model.clusters.find((c) => c.name === cluster)?.podCidrs[family]?.prefix;
    return prefix === undefined ? undefined : nthAddress(prefix, 10);
  }

  /** Address under which a namespace's pods appear outside their cluster: a node address in the namespace's zone. */
  nodeAddress(cluster: string, namespace: string, family: 'ipv4' | 'ipv6' = 'ipv4'): string | undefined {
    const zone = this.model.zones.find((z) => z.name === this.zoneOf.get(`${cluster}/${namespace}`));
    const prefix = zone ? this.addresses.prefix(zone, family) : undefined;
    return prefix === undefined ? undefined : nthAddress(prefix, 10);
  }

  check(from: Place, to: Place, connection: Connection, family: 'ipv4' | 'ipv6' = 'ipv4'): Verdict {
    const asPod = (p: PodPlace): Endpoint => {
      const ip = this.podAddress(p.cluster, family);
      return { pod: { namespace: p.namespace, labels: p.labels ?? {}, ...(ip === undefined ? {} : { ip }) } };
    };
    const asAddress = (p: Place): Endpoint => {
      if ('address' in p) return p;
      const address = this.nodeAddress(p.cluster, p.namespace, family);
      // A pod whose zone has no address of this family cannot be addressed from outside its cluster: no ipBlock
      // matches the placeholder.
      return { address: address ?? 'unaddressable' };
    };
    if ('cluster' in from && 'cluster' in to && from.cluster === to.cluster) {
      return this.set(from.cluster).check(asPod(from), asPod(to), connection);
    }
    const egress = 'cluster' in from ? this.set(from.cluster).check(asPod(from), asAddress(to), connection).egress : outsideVerdict;
    const ingress = 'cluster' in to ? this.set(to.cluster).check(asAddress(from), asPod(to), connection).ingress : outsideVerdict;
    return { allowed: egress.allowed && ingress.allowed, egress, ingress };
  }

  private set(cluster: string): PolicySet {
    const set = this.sets.get(cluster);
    if (!set) throw new Error(`no cluster ${cluster} in the plan`);
    return set;
  }
}

const outsideVerdict = { allowed: true, reason: 'outside', by: [] } as const;
