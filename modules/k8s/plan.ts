// Model → Kubernetes object plan: one namespace per system and zone on each cluster, default-deny network policies
// with allows derived from the modelled flows, pod security by level, quotas, RBAC, backups and metadata.
import { text, type Cluster, type Endpoint, type Flow, type Model, type PortRange, type System, type Text, type Zone, type ZoneKind } from '../model/index.js';
import type { AddressPlan } from '../addressing/index.js';
import { DATA_BAK_01 } from '../baseline/rules/DATA-BAK-01.js';
import { NET_ZONE_09 } from '../baseline/rules/NET-ZONE-09.js';
import { renderCitations, type Level, type RuleMeta } from '../rules/index.js';
import { externalBlocks, ZoneAddresses } from './addresses.js';
import type {
  ConfigMap,
  IPBlock,
  K8sObject,
  LabelSelector,
  LimitRange,
  Namespace,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  ObjectMeta,
  ResourceQuota,
  Role,
  RoleBinding,
  Unstructured,
} from './types.js';
import { compareCodeUnits as compare } from '../model/index.js';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface PlanOptions {
  /**
   * Pod Security Admission level enforced in a system's namespaces, unless the system sets `cluster.podSecurity`.
   *
   * @default - `restricted` for security level 3 and above, `baseline` below
   */
  readonly podSecurity?: (level: System['level']) => PodSecurityLevel;
  /**
   * Where the cluster DNS runs; every namespace may reach it on UDP and TCP 53.
   *
   * @default - namespace `kube-system`, pods labelled `k8s-app: kube-dns`
   */
  readonly dns?: { readonly namespace: string; readonly podLabels: Readonly<Record<string, string>> };
  /**
   * RBAC group of the people who operate a system, unless the system sets `cluster.operatorGroup`.
   *
   * @default - `hatang:<operator>` (the system's operator, else its owner)
   */
  readonly operatorGroup?: (system: System) => string;
  /**
   * Namespace in which Velero runs and reads its `Schedule` objects.
   *
   * @default 'velero'
   */
  readonly veleroNamespace?: string;
  /**
   * The address plan (with the inventory's lock file applied) that gives zones requested by size their prefixes:
   * the evaluation's, never one made again here.
   */
  readonly addresses: AddressPlan;
}

/** A namespace of the plan: one system's components in one zone of one cluster. */
export interface NamespacePlan {
  readonly name: string;
  readonly cluster: string;
  readonly system: string;
  readonly zone: string;
  readonly zoneKind: ZoneKind;
  /** `standby` namespaces wait on a DR cluster for a failover of a warm or hot system. */
  readonly role: 'primary' | 'standby';
  readonly level: System['level'];
  /** The system's components placed in this namespace, by name. */
  readonly components: readonly string[];
  /** Components that serve the outside directly (`public: true`). */
  readonly publicComponents: readonly string[];
}

export interface ClusterPlan {
  readonly name: string;
  readonly site: string;
  readonly context?: string;
  readonly apiEndpoint?: string;
  readonly namespaces: readonly NamespacePlan[];
  /** Every object to create, in apply order (namespaces first), then by namespace and name. */
  readonly objects: readonly K8sObject[];
}

/** Something of the model that the plan could not express, with the reason. */
export interface PlanNote {
  readonly code: 'no-node-in-zone' | 'icmp-not-expressible' | 'no-peer-address' | 'namespace-conflict';
  readonly target: string;
  readonly message: Text;
}

export interface K8sPlan {
  readonly province: string;
  readonly clusters: readonly ClusterPlan[];
  readonly notes: readonly PlanNote[];
}

export const LABEL = {
  system: 'hatang.vn/system',
  level: 'hatang.vn/level',
  zone: 'hatang.vn/zone',
  zoneKind: 'hatang.vn/zone-kind',
  owner: 'hatang.vn/owner',
  role: 'hatang.vn/role',
  component: 'hatang.vn/component',
  public: 'hatang.vn/public',
  flow: 'hatang.vn/flow',
  managedBy: 'app.kubernetes.io/managed-by',
  namespaceName: 'kubernetes.io/metadata.name',
} as const;

const ZONE_SUFFIX: Record<ZoneKind, string> = {
  edge: 'edge',
  dmz: 'dmz',
  'internal-servers': 'app',
  database: 'db',
  storage: 'storage',
  backup: 'backup',
  management: 'mgmt',
  'device-management': 'devmgmt',
  soc: 'soc',
  user: 'user',
  wireless: 'wifi',
  iot: 'iot',
  'public-wifi': 'pubwifi',
};

/** Zone kinds whose namespaces serve the outside: ingress from external networks reaches only public pods there. */
const EDGE_KINDS: ReadonlySet<ZoneKind> = new Set(['dmz', 'edge']);

const KIND_ORDER = ['Namespace', 'ResourceQuota', 'LimitRange', 'Role', 'RoleBinding', 'ConfigMap', 'NetworkPolicy', 'Schedule'];

const defaultPodSecurity = (level: number): PodSecurityLevel => (level >= 3 ? 'restricted' : 'baseline');

/** Builds the object plan of every cluster in the model. Pure: the same model gives the same plan. */
export function buildPlan(model: Model, options: PlanOptions): K8sPlan {
  const notes: PlanNote[] = [];
  const zones = new Map(model.zones.map((z) => [z.name, z]));
  const addresses = new ZoneAddresses(options.addresses);
  const namespacesByCluster = new Map<string, NamespacePlan[]>();
  for (const cluster of model.clusters) namespacesByCluster.set(cluster.name, placeNamespaces(model, cluster, zones, notes));
  const clusters = model.clusters.map((cluster) => planCluster(model, cluster, namespacesByCluster.get(cluster.name) ?? [], zones, addresses, options, notes));
  notes.sort((a, b) => compare(a.target, b.target) || compare(a.code, b.code) || compare(a.message.en, b.message.en));
  return { province: model.province.name, clusters, notes: dedupe(notes) };
}

function dedupe(notes: PlanNote[]): PlanNote[] {
  return notes.filter((n, i) => i === 0 || JSON.stringify(n) !== JSON.stringify(notes[i - 1]));
}

function placeNamespaces(model: Model, cluster: Cluster, zones: Map<string, Zone>, notes: PlanNote[]): NamespacePlan[] {
  const nodeZones = new Set(cluster.nodePools.map((p) => p.zone));
  const result: NamespacePlan[] = [];
  const taken = new Map<string, string>();
  const add = (ns: NamespacePlan) => {
    const other = taken.get(ns.name);
    if (other !== undefined) {
      notes.push({
        code: 'namespace-conflict',
        target: `clusters/${cluster.name}`,
        message: text(
          `Namespace "${ns.name}" của hệ thống "${ns.system}" trùng với namespace của "${other}"; bỏ qua.`,
          `Namespace "${ns.name}" of system "${ns.system}" clashes with the one of "${other}"; skipped.`,
        ),
      });
      return;
    }
    taken.set(ns.name, ns.system);
    result.push(ns);
  };
  for (const system of model.systems) {
    if (system.cluster?.name === cluster.name) {
      const onCluster = system.components.filter((c) => nodeZones.has(c.zone));
      if (onCluster.length === 0) {
        notes.push({
          code: 'no-node-in-zone',
          target: `systems/${system.name}`,
          message: text(
            `Không thành phần nào của hệ thống nằm ở vùng có node của cụm "${cluster.name}"; không tạo namespace.`,
            `None of the system's components is in a zone with nodes of cluster "${cluster.name}"; no namespace made.`,
          ),
        });
        continue;
      }
      for (const ns of namespacesOf(
        system,
        cluster,
        onCluster.map((c) => ({ component: c, zone: c.zone })),
        zones,
        'primary',
      ))
        add(ns);
    }
  }
  // A warm or hot system whose DR site hosts this cluster gets standby namespaces in the matching zones.
  for (const system of model.systems) {
    if (!system.cluster || system.cluster.name === cluster.name || system.dr?.site !== cluster.site) continue;
    if (system.dr.mode !== 'warm' && system.dr.mode !== 'hot') continue;
    const primary = model.clusters.find((c) => c.name === system.cluster?.name);
    if (!primary || primary.site === cluster.site) continue;
    const primaryZones = new Set(primary.nodePools.map((p) => p.zone));
    const placed: { component: System['components'][number]; zone: string }[] = [];
    for (const component of system.components) {
      const kind = zones.get(component.zone)?.zoneKind;
      if (!primaryZones.has(component.zone) || !kind) continue;
      const target = [...nodeZones].sort(compare).find((z) => zones.get(z)?.zoneKind === kind);
      if (target) placed.push({ component, zone: target });
    }
    if (placed.length > 0) for (const ns of namespacesOf(system, cluster, placed, zones, 'standby')) add(ns);
  }
  return result.sort((a, b) => compare(a.name, b.name));
}

function namespacesOf(
  system: System,
  cluster: Cluster,
  placed: readonly { component: System['components'][number]; zone: string }[],
  zones: Map<string, Zone>,
  role: NamespacePlan['role'],
): NamespacePlan[] {
  const base = system.cluster!.namespace;
  const byZone = new Map<string, System['components'][number][]>();
  for (const p of placed) byZone.set(p.zone, [...(byZone.get(p.zone) ?? []), p.component]);
  return [...byZone.keys()].sort(compare).map((zoneName) => {
    const zone = zones.get(zoneName)!;
    const kindShared = new Set(cluster.nodePools.filter((p) => zones.get(p.zone)?.zoneKind === zone.zoneKind).map((p) => p.zone)).size > 1;
    const suffix = kindShared ? zone.name : ZONE_SUFFIX[zone.zoneKind];
    const components = byZone.get(zoneName)!;
    return {
      name: byZone.size === 1 ? base : `${base}-${suffix}`,
      cluster: cluster.name,
      system: system.name,
      zone: zoneName,
      zoneKind: zone.zoneKind,
      role,
      level: system.level,
      components: components.map((c) => c.name).sort(compare),
      publicComponents: components
        .filter((c) => c.public)
        .map((c) => c.name)
        .sort(compare),
    };
  });
}

function planCluster(
  model: Model,
  cluster: Cluster,
  namespaces: readonly NamespacePlan[],
  zones: Map<string, Zone>,
  addresses: ZoneAddresses,
  options: PlanOptions,
  notes: PlanNote[],
): ClusterPlan {
  const systems = new Map(model.systems.map((s) => [s.name, s]));
  const objects: K8sObject[] = [];
  for (const ns of namespaces) {
    const system = systems.get(ns.system)!;
    objects.push(namespaceObject(ns, system, options));
    objects.push(...quotaObjects(ns, system));
    objects.push(...rbacObjects(ns, system, options));
    objects.push(configMap(ns, system, cluster, model.root));
    objects.push(...networkPolicies(model, ns, namespaces, zones, addresses, options, notes));
  }
  const bySystem = new Map<string, NamespacePlan[]>();
  for (const ns of namespaces) if (ns.role === 'primary') bySystem.set(ns.system, [...(bySystem.get(ns.system) ?? []), ns]);
  for (const [name, list] of bySystem) {
    const system = systems.get(name)!;
    if (system.backup) objects.push(veleroSchedule(system, cluster, list, options));
  }
  objects.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compare(a.metadata.namespace ?? '', b.metadata.namespace ?? '') ||
      compare(a.metadata.name, b.metadata.name),
  );
  return {
    name: cluster.name,
    site: cluster.site,
    ...(cluster.context === undefined ? {} : { context: cluster.context }),
    ...(cluster.apiEndpoint === undefined ? {} : { apiEndpoint: cluster.apiEndpoint }),
    namespaces,
    objects,
  };
}

function commonLabels(ns: NamespacePlan, system: System): Record<string, string> {
  return {
    [LABEL.managedBy]: 'hatang',
    [LABEL.level]: String(system.level),
    [LABEL.owner]: system.owner,
    [LABEL.role]: ns.role,
    [LABEL.system]: system.name,
    [LABEL.zone]: ns.zone,
    [LABEL.zoneKind]: ns.zoneKind,
  };
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}

function namespaceObject(ns: NamespacePlan, system: System, options: PlanOptions): Namespace {
  const enforce = system.cluster?.podSecurity ?? (options.podSecurity ?? defaultPodSecurity)(system.level);
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: ns.name,
      labels: sortedRecord({
        ...commonLabels(ns, system),
        'pod-security.kubernetes.io/enforce': enforce,
        'pod-security.kubernetes.io/enforce-version': 'latest',
        // Warn and audit at the strictest level so that baseline namespaces see what restricted would reject.
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/warn': 'restricted',
      }),
    },
  };
}

interface Size {
  readonly cpuMilli: number;
  readonly memoryMi: number;
}

/** Per-replica requests by component role; limits are four times the requests. Illustrative defaults. */
function roleSize(role: string): Size {
  switch (role) {
    case 'database':
      return { cpuMilli: 1000, memoryMi: 4096 };
    case 'queue':
    case 'batch':
    case 'storage':
      return { cpuMilli: 500, memoryMi: 2048 };
    case 'web':
    case 'cache':
      return { cpuMilli: 250, memoryMi: 512 };
    default:
      return { cpuMilli: 500, memoryMi: 1024 };
  }
}

function quotaObjects(ns: NamespacePlan, system: System): [ResourceQuota, LimitRange] {
  let cpu = 0;
  let memory = 0;
  let pods = 0;
  let claims = 0;
  for (const component of system.components.filter((c) => ns.components.includes(c.name))) {
    const replicas = component.replicas ?? 1;
    const size = roleSize(component.role);
    cpu += size.cpuMilli * replicas;
    memory += size.memoryMi * replicas;
    pods += replicas;
    if (component.role === 'database' || component.role === 'storage' || component.role === 'queue') claims += replicas;
  }
  // Room for a rolling update of every replica at once, plus jobs (backups, migrations), unless the inventory sizes it.
  const given = system.cluster?.quota;
  const requestsCpu = given?.cpu !== undefined ? Math.round(given.cpu * 1000) : cpu * 2;
  const requestsMemory = given?.memoryGiB !== undefined ? Math.round(given.memoryGiB * 1024) : memory * 2;
  const podCount = given?.pods ?? pods * 2 + 2;
  const labels = sortedRecord(commonLabels(ns, system));
  return [
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'hatang-quota', namespace: ns.name, labels },
      spec: {
        hard: sortedRecord({
          'limits.cpu': `${requestsCpu * 4}m`,
          'limits.memory': `${requestsMemory * 4}Mi`,
          persistentvolumeclaims: String(claims * 2),
          pods: String(podCount),
          'requests.cpu': `${requestsCpu}m`,
          'requests.memory': `${requestsMemory}Mi`,
          'services.loadbalancers': '0',
          'services.nodeports': '0',
        }),
      },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'hatang-limits', namespace: ns.name, labels },
      spec: {
        limits: [
          {
            type: 'Container',
            default: { cpu: '500m', memory: '512Mi' },
            defaultRequest: { cpu: '100m', memory: '128Mi' },
            max: { cpu: '8', memory: '32Gi' },
          },
        ],
      },
    },
  ];
}

function operatorGroup(system: System, options: PlanOptions): string {
  if (system.cluster?.operatorGroup) return system.cluster.operatorGroup;
  return options.operatorGroup ? options.operatorGroup(system) : `hatang:${system.operator ?? system.owner}`;
}

function rbacObjects(ns: NamespacePlan, system: System, options: PlanOptions): [Role, RoleBinding] {
  const labels = sortedRecord(commonLabels(ns, system));
  // Operators run workloads; the isolation objects themselves (policies, quotas, RBAC) stay with the plan.
  const rules = [
    {
      apiGroups: [''],
      resources: ['configmaps', 'persistentvolumeclaims', 'pods', 'pods/log', 'secrets', 'services'],
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    },
    { apiGroups: [''], resources: ['events', 'limitranges', 'resourcequotas'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['apps'], resources: ['deployments', 'replicasets', 'statefulsets'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
    { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
    { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['get', 'list', 'watch'] },
  ];
  // Below level 3 operators may open a shell in their pods; from level 3 administration goes through the managed path.
  if (system.level < 3) rules.push({ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] });
  return [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'hatang-operator', namespace: ns.name, labels }, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'hatang-operator', namespace: ns.name, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'hatang-operator' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: operatorGroup(system, options) }],
    },
  ];
}

/** The clauses of a rule at a level, under every rule-set, in the Vietnamese legal form (the rule declares them). */
const cited = (rule: RuleMeta, level: number): string =>
  renderCitations(
    rule.clauses.filter((c) => !c.levels || c.levels.includes(level as Level)),
    'vi',
  ).join('; ');

/** Clauses the namespace's objects implement; namespace isolation as "logical separation" is our reading. */
function clauses(system: System): string[] {
  const list: string[] = [];
  if (system.level >= 3) list.push(`${NET_ZONE_09.id}: ${cited(NET_ZONE_09, system.level)}`);
  if (system.backup) list.push(`${DATA_BAK_01.id}: ${cited(DATA_BAK_01, system.level)}`);
  list.push('Namespace và NetworkPolicy được dùng để tách lô-gic: đây là cách hiểu của hatang, văn bản không nói đến Kubernetes');
  return list;
}

/** The file as named inside the inventory folder, so that the plan does not depend on the working directory. */
function relativeToRoot(file: string, root: string): string {
  const r = root.replace(/[\\/]+$/, '');
  return file.startsWith(`${r}/`) || file.startsWith(`${r}\\`) ? file.slice(r.length + 1) : file;
}

function configMap(ns: NamespacePlan, system: System, cluster: Cluster, root: string): ConfigMap {
  const data: Record<string, string> = {
    cluster: cluster.name,
    clauses: clauses(system).join('\n'),
    components: ns.components.join(','),
    criterion: system.criterion,
    level: String(system.level),
    owner: system.owner,
    role: ns.role,
    source: `${relativeToRoot(system.source.file, root)}:${system.source.line}`,
    system: system.name,
    title: system.title,
    zone: ns.zone,
  };
  if (system.operator) data.operator = system.operator;
  if (system.rpoMinutes !== undefined) data.rpoMinutes = String(system.rpoMinutes);
  if (system.rtoMinutes !== undefined) data.rtoMinutes = String(system.rtoMinutes);
  if (system.backup) {
    data.backupFrequencyMinutes = String(system.backup.frequencyMinutes);
    data.backupRetentionDays = String(system.backup.retentionDays);
  }
  if (system.dr) data.drMode = system.dr.mode;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'hatang-system', namespace: ns.name, labels: sortedRecord(commonLabels(ns, system)) },
    data: sortedRecord(data),
  };
}

/** FNV-1a, for spreading backup start times deterministically. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A cron expression for a backup every `minutes`; start minutes and night hours are spread by system name. */
export function backupCron(minutes: number, seed: string): string {
  const h = hash(seed);
  const minute = h % 60;
  const hour = 1 + (Math.floor(h / 60) % 4);
  if (minutes < 60 && 60 % minutes === 0) return `*/${minutes} * * * *`;
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    if (hours === 1) return `${minute} * * * *`;
    if (hours < 24 && 24 % hours === 0) return `${minute} */${hours} * * *`;
    if (hours === 24) return `${minute} ${hour} * * *`;
    if (hours === 168) return `${minute} ${hour} * * 0`;
  }
  return `@every ${minutes}m`;
}

function veleroSchedule(system: System, cluster: Cluster, namespaces: readonly NamespacePlan[], options: PlanOptions): Unstructured {
  const backup = system.backup!;
  const template: Record<string, unknown> = {
    includedNamespaces: namespaces.map((n) => n.name).sort(compare),
    snapshotVolumes: true,
    ttl: `${backup.retentionDays * 24}h0m0s`,
  };
  // An off-site backup goes to the BackupStorageLocation named after the backup site.
  if (backup.site) template.storageLocation = backup.site;
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: {
      name: `hatang-${system.name}`,
      namespace: options.veleroNamespace ?? 'velero',
      labels: sortedRecord({ [LABEL.managedBy]: 'hatang', [LABEL.level]: String(system.level), [LABEL.system]: system.name }),
    },
    spec: { schedule: backupCron(backup.frequencyMinutes, `${cluster.name}/${system.name}`), template, useOwnerReferencesInBackup: false },
  };
}

// ---- Network policies ----

function endpointZones(endpoint: Endpoint, model: Model): string[] {
  if (endpoint.type === 'zone') return [endpoint.zone];
  if (endpoint.type === 'site') return model.zones.filter((z) => z.site === endpoint.site).map((z) => z.name);
  return [];
}

function toPorts(ports: readonly PortRange[]): { ports?: NetworkPolicyPort[]; expressible: boolean } {
  if (ports.some((p) => p.protocol === 'any')) return { expressible: true };
  const out: NetworkPolicyPort[] = [];
  for (const p of ports) {
    if (p.protocol === 'icmp' || p.protocol === 'icmpv6') continue;
    const protocol = p.protocol.toUpperCase() as 'TCP' | 'UDP' | 'SCTP';
    if (p.from === undefined) out.push({ protocol });
    else if (p.to !== undefined && p.to > p.from) out.push({ protocol, port: p.from, endPort: p.to });
    else out.push({ protocol, port: p.from });
  }
  return out.length === 0 ? { expressible: false } : { ports: out, expressible: true };
}

function selects(ns: NamespacePlan, zones: readonly string[], flow: Flow): boolean {
  return zones.includes(ns.zone) && (flow.system === undefined || flow.system === ns.system);
}

const presence = new WeakMap<readonly NamespacePlan[], Set<string>>();

/** The zones, and zone|system pairs, that have a namespace in the cluster (indexed once per cluster). */
function present(namespaces: readonly NamespacePlan[]): Set<string> {
  let set = presence.get(namespaces);
  if (!set) {
    set = new Set(namespaces.flatMap((ns) => [ns.zone, `${ns.zone}|${ns.system}`]));
    presence.set(namespaces, set);
  }
  return set;
}

/** Peers on the other side of a flow, seen from a namespace of `cluster`. */
function peersFor(
  model: Model,
  endpoint: Endpoint,
  flow: Flow,
  namespaces: readonly NamespacePlan[],
  zones: Map<string, Zone>,
  addresses: ZoneAddresses,
): NetworkPolicyPeer[] {
  const peers: NetworkPolicyPeer[] = [];
  if (endpoint.type === 'external') {
    for (const block of externalBlocks(model, endpoint.external)) peers.push({ ipBlock: block });
    return peers;
  }
  for (const zoneName of endpointZones(endpoint, model).sort(compare)) {
    if (present(namespaces).has(flow.system === undefined ? zoneName : `${zoneName}|${flow.system}`)) {
      const matchLabels: Record<string, string> = { [LABEL.zone]: zoneName };
      if (flow.system !== undefined) matchLabels[LABEL.system] = flow.system;
      peers.push({ namespaceSelector: { matchLabels: sortedRecord(matchLabels) } });
    }
    // Hosts of the zone outside this cluster (virtual machines, other clusters' nodes) reach it by address.
    const zone = zones.get(zoneName);
    if (zone) for (const block of addresses.blocks(zone)) peers.push({ ipBlock: block });
  }
  return peers;
}

/** Metadata of one NetworkPolicy of a namespace: the namespace's policy labels plus `extra`. */
type PolicyMeta = (name: string, extra?: Record<string, string>) => ObjectMeta;

/** What the flow policies of one namespace are derived from. */
interface FlowPolicyContext {
  readonly model: Model;
  readonly ns: NamespacePlan;
  readonly namespaces: readonly NamespacePlan[];
  readonly zones: Map<string, Zone>;
  readonly addresses: ZoneAddresses;
  readonly notes: PlanNote[];
  readonly meta: PolicyMeta;
}

function networkPolicies(
  model: Model,
  ns: NamespacePlan,
  namespaces: readonly NamespacePlan[],
  zones: Map<string, Zone>,
  addresses: ZoneAddresses,
  options: PlanOptions,
  notes: PlanNote[],
): NetworkPolicy[] {
  const labels = { [LABEL.managedBy]: 'hatang', [LABEL.system]: ns.system, [LABEL.zone]: ns.zone };
  const meta: PolicyMeta = (name, extra = {}) => ({ name, namespace: ns.name, labels: sortedRecord({ ...labels, ...extra }) });
  const context: FlowPolicyContext = { model, ns, namespaces, zones, addresses, notes, meta };
  return [...basePolicies(meta, options), ...model.flows.flatMap((flow) => flowPolicies(context, flow))];
}

/** The policies of every namespace: deny by default, reach the cluster DNS, talk inside the namespace. */
function basePolicies(meta: PolicyMeta, options: PlanOptions): NetworkPolicy[] {
  const dns = options.dns ?? { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } };
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('default-deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('allow-dns'),
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { [LABEL.namespaceName]: dns.namespace } },
                podSelector: { matchLabels: sortedRecord({ ...dns.podLabels }) },
              },
            ],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
        ],
      },
    },
    {
      // Components of one system in one zone talk to each other; zone flows govern everything else.
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('allow-same-namespace'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: {} }] }], egress: [{ to: [{ podSelector: {} }] }] },
    },
  ];
}

/** The allow policies that open one flow into and out of the namespace (none when the flow does not touch it). */
function flowPolicies(context: FlowPolicyContext, flow: Flow): NetworkPolicy[] {
  const { model, ns, notes } = context;
  const inbound = selects(ns, endpointZones(flow.to, model), flow);
  const outbound = selects(ns, endpointZones(flow.from, model), flow);
  if (!inbound && !outbound) return [];
  const ports = toPorts(flow.ports);
  if (!ports.expressible) {
    notes.push({
      code: 'icmp-not-expressible',
      target: `flows/${flow.name}`,
      message: text(
        'NetworkPolicy không biểu diễn được ICMP; luồng này không được mở trong cụm.',
        'NetworkPolicy cannot express ICMP; this flow is not opened inside the clusters.',
      ),
    });
    return [];
  }
  const portPart = ports.ports ? { ports: ports.ports } : {};
  const policies: NetworkPolicy[] = [];
  for (const direction of ['in', 'out'] as const) {
    if (direction === 'in' ? !inbound : !outbound) continue;
    const policy = directionPolicy(context, flow, direction, portPart);
    if (policy) policies.push(policy);
  }
  return policies;
}

/** The policy that opens one direction of a flow, or none (with a note) when its other end has no peer. */
function directionPolicy(
  context: FlowPolicyContext,
  flow: Flow,
  direction: 'in' | 'out',
  portPart: { ports?: NetworkPolicyPort[] },
): NetworkPolicy | undefined {
  const { model, ns, namespaces, zones, addresses, notes, meta } = context;
  const other = direction === 'in' ? flow.from : flow.to;
  const peers = peersFor(model, other, flow, namespaces, zones, addresses);
  if (peers.length === 0) {
    // An empty peer list would mean "everyone": never emit it.
    notes.push({
      code: 'no-peer-address',
      target: `flows/${flow.name}`,
      message: text(
        `Đầu kia của luồng không có namespace hay dải địa chỉ nào; namespace "${ns.name}" không được mở cho luồng này.`,
        `The other end of the flow has no namespace and no address range; namespace "${ns.name}" is not opened for it.`,
      ),
    });
    return undefined;
  }
  // Traffic from external networks into DMZ and edge namespaces reaches only the components marked public.
  const zone = zones.get(ns.zone);
  const podSelector: LabelSelector =
    direction === 'in' && flow.from.type === 'external' && zone && EDGE_KINDS.has(zone.zoneKind) ? { matchLabels: { [LABEL.public]: 'true' } } : {};
  const name = `allow-${direction}-${flow.name}`;
  return direction === 'in'
    ? {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: meta(name, { [LABEL.flow]: flow.name }),
        spec: { podSelector, policyTypes: ['Ingress'], ingress: [{ from: peers, ...portPart }] },
      }
    : {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: meta(name, { [LABEL.flow]: flow.name }),
        spec: { podSelector, policyTypes: ['Egress'], egress: [{ to: peers, ...portPart }] },
      };
}

export type { IPBlock };
