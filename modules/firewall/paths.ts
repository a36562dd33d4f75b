// The path of a flow through the firewalls of a site: a graph whose nodes are zones and external networks and whose
// edges are a firewall's boundaries (the networks it separates), as the baseline's crossing test reads it. Breadth
// first from the flow's source, devices tried in name order, so the shortest path is found and ties go to the device
// whose name sorts first. External networks are ends only, never crossed: they lie outside the site.
import { compareCodeUnits, type Device, type Endpoint, type Flow } from '../model/index.js';

/** One firewall on a flow's path: the network the flow comes from on that device and the one it leaves by. */
export interface Hop {
  readonly device: string;
  readonly ingress: string;
  readonly egress: string;
}

type Node = `zone:${string}` | `external:${string}`;

function nodeOf(end: Endpoint): Node | undefined {
  return end.type === 'zone' ? `zone:${end.zone}` : end.type === 'external' ? `external:${end.external}` : undefined;
}

function nodesOf(device: Device): Node[] {
  const nodes: Node[] = [...device.boundaryZones.map((z) => `zone:${z}` as Node), ...device.boundaryExternals.map((x) => `external:${x}` as Node)];
  return [...new Set(nodes)].sort(compareCodeUnits);
}

const nameOf = (node: Node): string => node.slice(node.indexOf(':') + 1);

/** The firewalls a flow crosses, in order, or undefined when no chain of these devices joins its two ends. */
export function pathOf(devices: readonly Device[], flow: Pick<Flow, 'from' | 'to'>): Hop[] | undefined {
  const from = nodeOf(flow.from);
  const to = nodeOf(flow.to);
  if (!from || !to || from === to) return undefined;
  const sorted = [...devices].sort((a, b) => compareCodeUnits(a.name, b.name));
  const ends = new Map(sorted.map((d) => [d.name, nodesOf(d)]));
  const parent = new Map<Node, { node: Node; device: string }>();
  const queue: Node[] = [from];
  const seen = new Set<Node>([from]);
  while (queue.length > 0 && !seen.has(to)) {
    const node = queue.shift()!;
    if (node !== from && node.startsWith('external:')) continue;
    for (const device of sorted) {
      const mine = ends.get(device.name)!;
      if (!mine.includes(node)) continue;
      for (const next of mine) {
        if (seen.has(next)) continue;
        seen.add(next);
        parent.set(next, { node, device: device.name });
        queue.push(next);
      }
    }
  }
  if (!seen.has(to)) return undefined;
  const hops: Hop[] = [];
  for (let node = to; node !== from;) {
    const step = parent.get(node)!;
    hops.unshift({ device: step.device, ingress: nameOf(step.node), egress: nameOf(node) });
    node = step.node;
  }
  return hops;
}
