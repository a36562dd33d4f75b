// The object plan of the bundled provinces, proved with the NetworkPolicy evaluator rather than compared to snapshots.
import { describe, expect, test } from 'vitest';
import { buildPlan, externalBlocks, LABEL, nthAddress, Reachability, type K8sPlan, type NamespacePlan, type Place } from '../../modules/k8s/index.js';
import { loadInventory, type Endpoint, type Flow, type Model, type PortRange } from '../../modules/model/index.js';
import { parseAddress, parsePrefixStrict, prefixContainsAddress } from '../../modules/net/index.js';
import { evaluateDir } from '../helpers.js';

async function load(dir: string): Promise<Model> {
  const { model } = await loadInventory(dir);
  if (!model) throw new Error(`${dir} does not load`);
  return model;
}

const inside = (address: string, cidr: string) => {
  const a = parseAddress(address)!;
  const p = parsePrefixStrict(cidr);
  return p.ok && prefixContainsAddress(p.prefix, a.family, a.value);
};

/** An address of an external network as the model describes it. */
function externalSample(model: Model, external: Extract<Endpoint, { type: 'external' }>['external'], family: 'ipv4' | 'ipv6'): string | undefined {
  const candidates = family === 'ipv4' ? ['203.0.113.10', '198.51.100.10', '192.0.2.10'] : ['2001:db8:ffff::10', '2001:db8:fffe::10', '3fff::10'];
  for (const block of externalBlocks(model, external)) {
    if ((block.cidr.includes(':') ? 'ipv6' : 'ipv4') !== family) continue;
    if (!block.except && block.cidr !== '0.0.0.0/0' && block.cidr !== '::/0') return nthAddress(block.cidr, 10);
    const hit = candidates.find((c) => inside(c, block.cidr) && !(block.except ?? []).some((e) => inside(c, e)));
    if (hit) return hit;
  }
  return undefined;
}

const allNamespaces = (plan: K8sPlan) => plan.clusters.flatMap((c) => c.namespaces);
const zonesOf = (model: Model, e: Endpoint) =>
  e.type === 'zone' ? [e.zone] : e.type === 'site' ? model.zones.filter((z) => z.site === e.site).map((z) => z.name) : [];
const selects = (model: Model, e: Endpoint, flow: Flow, ns: NamespacePlan) =>
  zonesOf(model, e).includes(ns.zone) && (flow.system === undefined || flow.system === ns.system);
const connections = (ports: readonly PortRange[]) =>
  ports.flatMap((p) => {
    if (p.protocol === 'icmp' || p.protocol === 'icmpv6') return [];
    if (p.protocol === 'any') return [{ protocol: 'TCP' as const, port: 443 }];
    const protocol = p.protocol.toUpperCase() as 'TCP' | 'UDP' | 'SCTP';
    return [...new Set([p.from ?? 1, p.to ?? p.from ?? 1])].map((port) => ({ protocol, port }));
  });
const podOf = (ns: NamespacePlan, publicPod = false): Place => ({
  cluster: ns.cluster,
  namespace: ns.name,
  labels: publicPod ? { [LABEL.public]: 'true' } : {},
});
const edgeKinds = new Set(['dmz', 'edge']);

/** Does some flow of the model let traffic from `zone` (or an external network) into the namespace on this port? */
function flowAllows(model: Model, from: { zone: string } | { external: string }, ns: NamespacePlan, protocol: string, port: number): boolean {
  return model.flows.some((f) => {
    const fromOk = 'zone' in from ? zonesOf(model, f.from).includes(from.zone) : f.from.type === 'external' && f.from.external === from.external;
    return (
      fromOk &&
      selects(model, f.to, f, ns) &&
      connections(f.ports).length > 0 &&
      f.ports.some(
        (p) => p.protocol === 'any' || (p.protocol.toUpperCase() === protocol && (p.from === undefined || (port >= p.from && port <= (p.to ?? p.from)))),
      )
    );
  });
}

const PROBE_PORTS = [22, 25, 53, 80, 443, 1521, 3306, 5432, 6379, 8080, 8443, 9000, 27017];

describe.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s', async (dir) => {
  const model = await load(dir);
  const addresses = (await evaluateDir(dir)).plan;
  const plan = buildPlan(model, { addresses });
  const world = new Reachability(model, plan, addresses);
  const namespaces = allNamespaces(plan);

  test('is deterministic', () => {
    expect(JSON.stringify(buildPlan(model, { addresses }))).toBe(JSON.stringify(plan));
  });

  test('has a namespace for every system placed on a cluster, labelled and with pod security by level', () => {
    for (const system of model.systems.filter((s) => s.cluster)) {
      expect(namespaces.some((n) => n.system === system.name && n.cluster === system.cluster!.name)).toBe(true);
    }
    for (const cluster of plan.clusters) {
      for (const ns of cluster.namespaces) {
        const object = cluster.objects.find((o) => o.kind === 'Namespace' && o.metadata.name === ns.name)!;
        const system = model.systems.find((s) => s.name === ns.system)!;
        expect(object.metadata.labels).toMatchObject({
          [LABEL.system]: system.name,
          [LABEL.level]: String(system.level),
          [LABEL.zone]: ns.zone,
          [LABEL.owner]: system.owner,
          'pod-security.kubernetes.io/enforce': system.level >= 3 ? 'restricted' : 'baseline',
        });
        const kinds = cluster.objects.filter((o) => o.metadata.namespace === ns.name).map((o) => o.kind);
        expect(new Set(kinds)).toEqual(new Set(['ResourceQuota', 'LimitRange', 'Role', 'RoleBinding', 'ConfigMap', 'NetworkPolicy']));
      }
    }
  });

  test('every modelled flow is allowed wherever it touches a namespace', () => {
    let checked = 0;
    for (const flow of model.flows) {
      const targets = namespaces.filter((ns) => selects(model, flow.to, flow, ns));
      const sources = namespaces.filter((ns) => selects(model, flow.from, flow, ns));
      for (const family of ['ipv4', 'ipv6'] as const) {
        const fromAddresses: Place[] =
          flow.from.type === 'external'
            ? [externalSample(model, flow.from.external, family)].filter((a) => a !== undefined).map((address) => ({ address }))
            : zonesOf(model, flow.from).flatMap((z) => {
                const prefix = model.zones.find((x) => x.name === z)?.[family]?.prefix;
                return prefix ? [{ address: nthAddress(prefix, 200) }] : [];
              });
        const toAddresses: Place[] =
          flow.to.type === 'external'
            ? [externalSample(model, flow.to.external, family)].filter((a) => a !== undefined).map((address) => ({ address }))
            : zonesOf(model, flow.to).flatMap((z) => {
                const prefix = model.zones.find((x) => x.name === z)?.[family]?.prefix;
                return prefix ? [{ address: nthAddress(prefix, 200) }] : [];
              });
        for (const connection of connections(flow.ports)) {
          for (const target of targets) {
            const publicPod = flow.from.type === 'external' && edgeKinds.has(target.zoneKind);
            for (const from of [...fromAddresses, ...sources.map((s) => podOf(s))]) {
              const verdict = world.check(from, podOf(target, publicPod), connection, family);
              expect(
                verdict.allowed,
                `${flow.name}: ${JSON.stringify(from)} → ${target.cluster}/${target.name} ${connection.protocol}/${connection.port} ${family}`,
              ).toBe(true);
              checked++;
            }
          }
          for (const source of sources) {
            for (const to of toAddresses) {
              expect(world.check(podOf(source), to, connection, family).allowed, `${flow.name}: ${source.name} → ${JSON.stringify(to)}`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('DMZ workloads reach database namespaces only where a flow says so', () => {
    const dmzZones = model.zones.filter((z) => z.zoneKind === 'dmz');
    const databases = namespaces.filter((n) => n.zoneKind === 'database');
    let checked = 0;
    for (const zone of dmzZones) {
      const sources: Place[] = [
        ...namespaces.filter((n) => n.zone === zone.name).map((n) => podOf(n)),
        ...(zone.ipv4?.prefix ? [{ address: nthAddress(zone.ipv4.prefix, 200) }] : []),
      ];
      for (const from of sources) {
        for (const target of databases) {
          for (const port of PROBE_PORTS) {
            expect(world.check(from, podOf(target), { protocol: 'TCP', port }).allowed, `${JSON.stringify(from)} → ${target.name}:${port}`).toBe(
              flowAllows(model, { zone: zone.name }, target, 'TCP', port),
            );
            checked++;
          }
        }
      }
    }
    // Lạng Sơn's only cluster has no database namespace; Quảng Ngãi's must be probed.
    if (databases.length > 0) expect(checked).toBeGreaterThan(0);
  });

  test('nothing from the Internet reaches internal or database namespaces, public pods included', () => {
    const internal = namespaces.filter((n) => n.zoneKind === 'internal-servers' || n.zoneKind === 'database');
    expect(internal.length).toBeGreaterThan(0);
    for (const family of ['ipv4', 'ipv6'] as const) {
      const address = externalSample(model, 'internet', family)!;
      for (const target of internal) {
        for (const port of [...PROBE_PORTS, 587, 993, 4500]) {
          for (const publicPod of [false, true]) {
            expect(world.check({ address }, podOf(target, publicPod), { protocol: 'TCP', port }, family).allowed).toBe(false);
          }
        }
      }
    }
  });

  test('the Internet reaches DMZ namespaces only on their public pods', () => {
    const address = externalSample(model, 'internet', 'ipv4')!;
    for (const target of namespaces.filter((n) => edgeKinds.has(n.zoneKind))) {
      expect(world.check({ address }, podOf(target, false), { protocol: 'TCP', port: 443 }).allowed).toBe(false);
    }
  });

  test('with no flows every namespace is isolated but for DNS and its own pods', () => {
    const bare = { ...model, flows: [] };
    const isolated = new Reachability(bare, buildPlan(bare, { addresses }), addresses);
    const outside = [
      { address: externalSample(model, 'internet', 'ipv4')! },
      ...model.zones.filter((z) => z.ipv4?.prefix).map((z) => ({ address: nthAddress(z.ipv4!.prefix!, 200) })),
    ];
    for (const ns of namespaces) {
      const self = podOf(ns);
      expect(
        isolated.check(self, { cluster: ns.cluster, namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, { protocol: 'UDP', port: 53 }).allowed,
      ).toBe(true);
      expect(isolated.check(self, { cluster: ns.cluster, namespace: ns.name }, { protocol: 'TCP', port: 8080 }).allowed).toBe(true);
      for (const other of namespaces.filter((o) => o !== ns)) {
        expect(isolated.check(podOf(other), self, { protocol: 'TCP', port: 443 }).allowed).toBe(false);
      }
      for (const place of outside) {
        expect(isolated.check(place, self, { protocol: 'TCP', port: 443 }).allowed).toBe(false);
        expect(isolated.check(self, place, { protocol: 'TCP', port: 443 }).allowed).toBe(false);
      }
    }
  });

  test('removing a flow from the inventory closes it', () => {
    const flow = model.flows.find((f) => f.to.type === 'zone' && namespaces.some((ns) => selects(model, f.to, f, ns)) && connections(f.ports).length > 0)!;
    const target = namespaces.find((ns) => selects(model, flow.to, flow, ns))!;
    const source: Place =
      flow.from.type === 'external'
        ? { address: externalSample(model, flow.from.external, 'ipv4')! }
        : { address: nthAddress(model.zones.find((z) => z.name === zonesOf(model, flow.from)[0])!.ipv4!.prefix!, 200) };
    const connection = connections(flow.ports)[0]!;
    const publicPod = flow.from.type === 'external' && edgeKinds.has(target.zoneKind);
    expect(world.check(source, podOf(target, publicPod), connection).allowed).toBe(true);
    // Other flows may open the same port into the namespace from the same place; remove those too.
    const without = {
      ...model,
      flows: model.flows.filter((f) => !(f.to.type === 'zone' && selects(model, f.to, f, target) && JSON.stringify(f.from) === JSON.stringify(flow.from))),
    };
    expect(new Reachability(without, buildPlan(without, { addresses }), addresses).check(source, podOf(target, publicPod), connection).allowed).toBe(false);
  });
});

describe('what NetworkPolicy cannot say', async () => {
  const model = await load('inventory/lang-son');
  const addresses = (await evaluateDir('inventory/lang-son')).plan;
  const ns = buildPlan(model, { addresses }).clusters.flatMap((c) => c.namespaces)[0]!;
  const ping = {
    ...model.flows[0]!,
    name: 'ping-only',
    from: { type: 'external' as const, external: 'internet' as const },
    to: { type: 'zone' as const, zone: ns.zone },
    ports: [{ protocol: 'icmp' as const }],
    system: undefined,
  };
  const plan = buildPlan({ ...model, flows: [...model.flows, ping] }, { addresses });

  // The bug this prevents: dropping the ICMP entries would leave a rule without ports, i.e. every TCP and UDP port.
  test('an ICMP-only flow opens nothing and leaves a note', () => {
    expect(plan.notes.map((n) => [n.code, n.target])).toContainEqual(['icmp-not-expressible', 'flows/ping-only']);
    expect(plan.clusters.flatMap((c) => c.objects).some((o) => o.metadata.name.includes('ping-only'))).toBe(false);
  });
});

describe('Quảng Ngãi specifics', async () => {
  const model = await load('inventory/quang-ngai');
  const addresses = (await evaluateDir('inventory/quang-ngai')).plan;
  const plan = buildPlan(model, { addresses });
  const world = new Reachability(model, plan, addresses);
  const ns = (cluster: string, name: string): Place => ({ cluster, namespace: name });

  test('a system spread over zones gets one namespace per zone', () => {
    const app = plan.clusters.find((c) => c.name === 'qn-k8s-app')!;
    expect(app.namespaces.filter((n) => n.system === 'he-thong-tthc').map((n) => [n.name, n.zone])).toEqual([
      ['he-thong-tthc-app', 'qn-dc-internal'],
      ['he-thong-tthc-db', 'qn-dc-database'],
    ]);
  });

  test('the application tier reaches its database on 5432 but not on 22; the database never calls back', () => {
    expect(world.check(ns('qn-k8s-app', 'he-thong-tthc-app'), ns('qn-k8s-app', 'he-thong-tthc-db'), { protocol: 'TCP', port: 5432 }).allowed).toBe(true);
    expect(world.check(ns('qn-k8s-app', 'he-thong-tthc-app'), ns('qn-k8s-app', 'he-thong-tthc-db'), { protocol: 'TCP', port: 22 }).allowed).toBe(false);
    expect(world.check(ns('qn-k8s-app', 'he-thong-tthc-db'), ns('qn-k8s-app', 'he-thong-tthc-app'), { protocol: 'TCP', port: 8080 }).allowed).toBe(false);
  });

  test('a flow tied to a system opens only that system (LGSP to NGSP)', () => {
    const ngsp = { address: '203.0.113.10' };
    expect(world.check(ns('qn-k8s-app', 'lgsp-app'), ngsp, { protocol: 'TCP', port: 443 }).allowed).toBe(true);
    expect(world.check(ns('qn-k8s-app', 'bao-cao-app'), ngsp, { protocol: 'TCP', port: 8443 }).allowed).toBe(false);
  });

  test('warm and hot systems get standby namespaces on the DR cluster', () => {
    const dr = plan.clusters.find((c) => c.name === 'kt-k8s-dr')!;
    expect(dr.namespaces.length).toBeGreaterThan(0);
    expect(dr.namespaces.every((n) => n.role === 'standby')).toBe(true);
    expect(dr.objects.some((o) => o.kind === 'Schedule')).toBe(false);
  });

  test('a system sized and bound in the inventory gets that quota and operator group; others get the defaults', () => {
    const app = plan.clusters.find((c) => c.name === 'qn-k8s-app')!;
    type Loose = { spec: { hard: Record<string, string> }; subjects: { name: string }[] };
    const find = (kind: string, namespace: string) => app.objects.find((o) => o.kind === kind && o.metadata.namespace === namespace) as never as Loose;
    expect(find('ResourceQuota', 'lgsp-app').spec.hard).toMatchObject({
      'requests.cpu': '24000m',
      'limits.cpu': '96000m',
      'requests.memory': '98304Mi',
      pods: '40',
    });
    expect(find('RoleBinding', 'lgsp-app').subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'oidc:lgsp-operators' }]);
    // bao-cao: web 2 × 250m + app 2 × 500m = 1500m of requests, doubled for rolling updates.
    expect(find('ResourceQuota', 'bao-cao-app').spec.hard).toMatchObject({ 'requests.cpu': '3000m', pods: '10' });
    expect(find('RoleBinding', 'bao-cao-app').subjects[0].name).toBe('hatang:trung-tam-cntt-tt');
  });

  test('backups follow the model: daily at night, retention in hours', () => {
    const schedule = plan.clusters.flatMap((c) => c.objects).find((o) => o.kind === 'Schedule' && o.metadata.name === 'hatang-lgsp')!;
    expect(schedule.apiVersion).toBe('velero.io/v1');
    const spec = schedule.spec as { schedule: string; template: { ttl: string; includedNamespaces: string[]; storageLocation: string } };
    expect(spec.schedule).toMatch(/^\d+ [1-4] \* \* \*$/);
    expect(spec.template).toMatchObject({ ttl: '2160h0m0s', includedNamespaces: ['lgsp-app', 'lgsp-db'], storageLocation: 'kt-dr' });
  });
});
