// NetworkPolicy semantics (networking.k8s.io/v1) over a set of objects: can this endpoint reach that one on this port?
// Follows the API reference: policies are additive allow-lists; a pod is isolated for a direction when some policy
// selects it and has that direction in its (possibly implied) policyTypes; a peer with both namespaceSelector and
// podSelector means AND, separate peers mean OR; ipBlock matches addresses, except entries carve holes.
import { formatAddress, parseAddress, parsePrefixStrict, prefixContainsAddress } from '../net/index.js';
import type { K8sObject, LabelSelector, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, Protocol } from './types.js';

/** A pod of the cluster the objects belong to. */
export interface PodEndpoint {
  readonly namespace: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** The pod's own address, matched by ipBlocks. */
  readonly ip?: string;
  /** Named container ports of the pod, for policies that name ports: a number is a TCP port (the container port's
   *  default protocol), otherwise the port with its protocol. */
  readonly namedPorts?: Readonly<Record<string, number | { readonly port: number; readonly protocol: Protocol }>>;
}

/** Either a pod of the cluster or a plain address outside it. */
export type Endpoint = { readonly pod: PodEndpoint } | { readonly address: string };

export interface Connection {
  readonly protocol: Protocol;
  readonly port: number;
}

export interface DirectionVerdict {
  readonly allowed: boolean;
  /** `not-isolated`: no policy selects the pod for this direction; `outside`: the endpoint is not a pod here. */
  readonly reason: 'not-isolated' | 'outside' | 'allowed' | 'denied';
  /** `namespace/name` of the policies whose rules allow it. */
  readonly by: readonly string[];
}

export interface Verdict {
  readonly allowed: boolean;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
}

/** The cluster's namespaces with their labels, and its policies, indexed once for many questions. */
export class PolicySet {
  private readonly namespaceLabels = new Map<string, Readonly<Record<string, string>>>();
  private readonly policies = new Map<string, NetworkPolicy[]>();

  constructor(objects: readonly K8sObject[]) {
    for (const object of objects) {
      if (object.kind === 'Namespace') {
        this.namespaceLabels.set(object.metadata.name, { ...object.metadata.labels, 'kubernetes.io/metadata.name': object.metadata.name });
      } else if (object.kind === 'NetworkPolicy' && object.apiVersion === 'networking.k8s.io/v1') {
        const ns = object.metadata.namespace ?? 'default';
        this.policies.set(ns, [...(this.policies.get(ns) ?? []), object as NetworkPolicy]);
      }
    }
  }

  /** Labels of a namespace; namespaces not in the plan (kube-system…) carry only their automatic name label. */
  labelsOf(namespace: string): Readonly<Record<string, string>> {
    return this.namespaceLabels.get(namespace) ?? { 'kubernetes.io/metadata.name': namespace };
  }

  /** Can `from` open a connection to `to`? Both directions must allow it. */
  check(from: Endpoint, to: Endpoint, connection: Connection): Verdict {
    const egress = 'pod' in from ? this.direction('Egress', from.pod, to, connection) : outside;
    const ingress = 'pod' in to ? this.direction('Ingress', to.pod, from, connection) : outside;
    return { allowed: egress.allowed && ingress.allowed, egress, ingress };
  }

  private direction(type: 'Ingress' | 'Egress', subject: PodEndpoint, peer: Endpoint, connection: Connection): DirectionVerdict {
    const selecting = (this.policies.get(subject.namespace) ?? []).filter(
      (p) => policyTypes(p).includes(type) && matches(p.spec.podSelector, subject.labels ?? {}),
    );
    if (selecting.length === 0) return { allowed: true, reason: 'not-isolated', by: [] };
    const by: string[] = [];
    for (const policy of selecting) {
      const rules =
        type === 'Ingress'
          ? (policy.spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports }))
          : (policy.spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports }));
      const target = type === 'Ingress' ? subject : 'pod' in peer ? peer.pod : undefined;
      const portOwner = type === 'Ingress' ? subject : target;
      if (rules.some((r) => this.peersMatch(r.peers, policy, peer) && portsMatch(r.ports, connection, portOwner))) {
        by.push(`${subject.namespace}/${policy.metadata.name}`);
      }
    }
    return by.length > 0 ? { allowed: true, reason: 'allowed', by } : { allowed: false, reason: 'denied', by: [] };
  }

  private peersMatch(peers: readonly NetworkPolicyPeer[] | undefined, policy: NetworkPolicy, peer: Endpoint): boolean {
    // An absent or empty list of peers matches every source or destination.
    if (peers === undefined || peers.length === 0) return true;
    return peers.some((p) => this.peerMatches(p, policy, peer));
  }

  private peerMatches(peer: NetworkPolicyPeer, policy: NetworkPolicy, endpoint: Endpoint): boolean {
    if (peer.ipBlock) {
      const ip = 'pod' in endpoint ? endpoint.pod.ip : endpoint.address;
      if (ip === undefined) return false;
      return inBlock(ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((e) => inBlock(ip, e));
    }
    if (!('pod' in endpoint)) return false;
    const pod = endpoint.pod;
    if (peer.namespaceSelector === undefined && peer.podSelector === undefined) return false;
    const namespaceOk =
      peer.namespaceSelector === undefined
        ? pod.namespace === (policy.metadata.namespace ?? 'default')
        : matches(peer.namespaceSelector, this.labelsOf(pod.namespace));
    const podOk = peer.podSelector === undefined || matches(peer.podSelector, pod.labels ?? {});
    return namespaceOk && podOk;
  }
}

const outside: DirectionVerdict = { allowed: true, reason: 'outside', by: [] };

/** policyTypes as the API server defaults them: Ingress always, Egress when the policy has egress rules. */
export function policyTypes(policy: NetworkPolicy): readonly ('Ingress' | 'Egress')[] {
  if (policy.spec.policyTypes && policy.spec.policyTypes.length > 0) return policy.spec.policyTypes;
  return policy.spec.egress && policy.spec.egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** Label selector semantics: every matchLabels entry and every expression must hold; `{}` matches everything. */
export function matches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

function portsMatch(ports: readonly NetworkPolicyPort[] | undefined, connection: Connection, owner: PodEndpoint | undefined): boolean {
  if (ports === undefined || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== connection.protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') {
      // A named port resolves against the destination pod's container ports, name and protocol both: a UDP rule
      // naming "http" does not match a TCP container port named "http". Unknown names match nothing.
      const named = owner?.namedPorts?.[p.port];
      const container = typeof named === 'number' ? { port: named, protocol: 'TCP' } : named;
      return container !== undefined && container.protocol === connection.protocol && container.port === connection.port;
    }
    return p.endPort === undefined ? connection.port === p.port : connection.port >= p.port && connection.port <= p.endPort;
  });
}

function inBlock(ip: string, cidr: string): boolean {
  const address = parseAddress(ip);
  const slash = cidr.indexOf('/');
  if (!address || slash < 0) return false;
  // The API server accepts host bits in ipBlock CIDRs and masks them; do the same here.
  const length = Number(cidr.slice(slash + 1));
  const base = parseAddress(cidr.slice(0, slash));
  if (!base || base.family !== address.family) return false;
  const bits = base.family === 'ipv4' ? 32 : 128;
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - length)) - 1n);
  const parsed = parsePrefixStrict(`${formatAddress(base.family, base.value & mask)}/${length}`);
  return parsed.ok && prefixContainsAddress(parsed.prefix, address.family, address.value);
}
