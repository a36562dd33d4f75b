// One TerraformStack per cluster, a thin translation of the cluster's object plan into Kubernetes provider resources.
import type {
  ClusterPlan,
  K8sObject,
  LabelSelector,
  LimitRange,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  ResourceQuota,
} from '../../modules/k8s/index.js';
import {
  ConfigMapV1,
  type Construct,
  KubernetesProvider,
  LimitRangeV1,
  LocalBackend,
  Manifest,
  NamespaceV1,
  NetworkPolicyV1,
  PgBackend,
  ResourceQuotaV1,
  RoleBindingV1,
  RoleV1,
  S3Backend,
  TerraformStack,
} from './engine.js';

/** Where a stack keeps its Terraform state. Credentials never appear here: backends read them from the environment. */
export type StateBackend =
  | { readonly type: 'local'; readonly path?: string }
  /** PostgreSQL: `connStr` names host and database only; the password comes from `PGPASSWORD` or `~/.pgpass`. */
  | { readonly type: 'pg'; readonly connStr: string; readonly schemaName?: string }
  /**
   * S3-compatible object storage (e.g. MinIO at the site); keys come from `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`.
   * Locked with `use_lockfile`: the store must support conditional writes (`If-None-Match`).
   */
  | { readonly type: 's3'; readonly bucket: string; readonly key: string; readonly region?: string; readonly endpoint?: string };

export interface ClusterStackProps {
  readonly cluster: ClusterPlan;
  /**
   * Kubeconfig file the provider reads; the context is the cluster's `context` from the inventory.
   *
   * @default '~/.kube/config'
   */
  readonly kubeconfig?: string;
  /**
   * State backend of the stack.
   *
   * @default - local state in `terraform.<cluster>.tfstate` three folders above the stack's folder (beside
   * `cdktf.out/`), where cdktf keeps it by default, without writing an absolute path into the output
   */
  readonly backend?: StateBackend;
}

/** A Terraform logical id from an object's identity: letters, digits, `-` and `_` only, unique within a stack. */
export function logicalId(object: K8sObject): string {
  const kind = object.kind.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
  return [kind, object.metadata.namespace, object.metadata.name]
    .filter((x) => x !== undefined)
    .join('_')
    .replace(/[^A-Za-z0-9_-]/g, '-');
}

const selector = (s: LabelSelector | undefined) =>
  s === undefined
    ? undefined
    : {
        ...(s.matchLabels ? { matchLabels: { ...s.matchLabels } } : {}),
        ...(s.matchExpressions
          ? { matchExpressions: s.matchExpressions.map((e) => ({ key: e.key, operator: e.operator, ...(e.values ? { values: [...e.values] } : {}) })) }
          : {}),
      };

const peer = (p: NetworkPolicyPeer) => ({
  ...(p.ipBlock ? { ipBlock: { cidr: p.ipBlock.cidr, ...(p.ipBlock.except ? { except: [...p.ipBlock.except] } : {}) } } : {}),
  ...(p.namespaceSelector ? { namespaceSelector: selector(p.namespaceSelector)! } : {}),
  ...(p.podSelector ? { podSelector: selector(p.podSelector)! } : {}),
});

// The provider types ports as strings (numbers or names).
const port = (p: NetworkPolicyPort) => ({
  ...(p.protocol ? { protocol: p.protocol } : {}),
  ...(p.port !== undefined ? { port: String(p.port) } : {}),
  ...(p.endPort !== undefined ? { endPort: p.endPort } : {}),
});

export class ClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id);
    const { cluster } = props;
    new KubernetesProvider(this, 'kubernetes', { configPath: props.kubeconfig ?? '~/.kube/config', configContext: cluster.context ?? cluster.name });
    addBackend(this, cluster.name, props.backend ?? { type: 'local' });
    // The NamespaceV1 resources made so far, by name: the objects in a namespace depend on it.
    const namespaces = new Map<string, NamespaceV1>();
    for (const object of cluster.objects) addObject(this, object, namespaces);
  }
}

/**
 * The stack's state backend, locked against concurrent runs on every kind; a PostgreSQL connection string that
 * carries a password is refused.
 */
function addBackend(stack: TerraformStack, clusterName: string, backend: StateBackend): void {
  if (backend.type === 'local') new LocalBackend(stack, { path: backend.path ?? `../../../terraform.${clusterName}.tfstate` });
  else if (backend.type === 'pg') {
    if (/^[a-z]+:\/\/[^/@]*:[^/@]*@/i.test(backend.connStr) || /password=/i.test(backend.connStr)) {
      throw new Error(`The state backend connection string of ${clusterName} carries a password; give it through PGPASSWORD instead.`);
    }
    new PgBackend(stack, { connStr: backend.connStr, ...(backend.schemaName ? { schemaName: backend.schemaName } : {}) });
  } else {
    new S3Backend(stack, {
      bucket: backend.bucket,
      key: backend.key,
      region: backend.region ?? 'us-east-1',
      ...(backend.endpoint
        ? {
            endpoints: { s3: backend.endpoint },
            usePathStyle: true,
            skipCredentialsValidation: true,
            skipRegionValidation: true,
            skipRequestingAccountId: true,
          }
        : {}),
    });
    // S3-native state locking (a `.tflock` object beside the state, Terraform 1.10 or later); cdktf 0.21's
    // S3BackendConfig predates `use_lockfile`, hence the override. Local files and PostgreSQL lock by themselves.
    stack.addOverride('terraform.backend.s3.use_lockfile', true);
  }
}

/** The provider resource of one planned object, depending on its namespace's resource; new namespaces join `namespaces`. */
function addObject(stack: TerraformStack, object: K8sObject, namespaces: Map<string, NamespaceV1>): void {
  const id = logicalId(object);
  const owner = object.metadata.namespace === undefined ? undefined : namespaces.get(object.metadata.namespace);
  const dependsOn = owner ? { dependsOn: [owner] } : {};
  const metadata = {
    name: object.metadata.name,
    ...(object.metadata.namespace !== undefined ? { namespace: object.metadata.namespace } : {}),
    ...(object.metadata.labels ? { labels: { ...object.metadata.labels } } : {}),
    ...(object.metadata.annotations ? { annotations: { ...object.metadata.annotations } } : {}),
  };
  switch (object.kind) {
    case 'Namespace':
      namespaces.set(object.metadata.name, new NamespaceV1(stack, id, { metadata }));
      break;
    case 'NetworkPolicy':
      new NetworkPolicyV1(stack, id, { metadata, spec: networkPolicySpec((object as NetworkPolicy).spec), ...dependsOn });
      break;
    case 'ResourceQuota':
      new ResourceQuotaV1(stack, id, { metadata, spec: { hard: { ...(object as ResourceQuota).spec.hard } }, ...dependsOn });
      break;
    case 'LimitRange':
      new LimitRangeV1(stack, id, { metadata, spec: { limit: (object as LimitRange).spec.limits.map((l) => ({ ...l })) }, ...dependsOn });
      break;
    case 'Role':
      if ('rules' in object)
        new RoleV1(stack, id, {
          metadata,
          rule: object.rules.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
          ...dependsOn,
        });
      break;
    case 'RoleBinding':
      if ('roleRef' in object) {
        new RoleBindingV1(stack, id, { metadata, roleRef: { ...object.roleRef }, subject: object.subjects.map((s) => ({ ...s })), ...dependsOn });
      }
      break;
    case 'ConfigMap':
      if ('data' in object) new ConfigMapV1(stack, id, { metadata, data: { ...object.data }, ...dependsOn });
      break;
    default:
      // Custom resources (Velero Schedule) go through kubernetes_manifest, which needs their CRD on the cluster.
      new Manifest(stack, id, { manifest: JSON.parse(JSON.stringify(object)) as Record<string, unknown>, ...dependsOn });
  }
}

/** A NetworkPolicy's spec in the provider's shape. */
function networkPolicySpec(spec: NetworkPolicy['spec']) {
  return {
    podSelector: selector(spec.podSelector)!,
    policyTypes: [...(spec.policyTypes ?? [])],
    ...(spec.ingress
      ? { ingress: spec.ingress.map((r) => ({ ...(r.from ? { from: r.from.map(peer) } : {}), ...(r.ports ? { ports: r.ports.map(port) } : {}) })) }
      : {}),
    ...(spec.egress ? { egress: spec.egress.map((r) => ({ ...(r.to ? { to: r.to.map(peer) } : {}), ...(r.ports ? { ports: r.ports.map(port) } : {}) })) } : {}),
  };
}
