// Offline validation of generated objects: the Kubernetes OpenAPI schema (kubernetes-models), then our own checks
// for what that schema lets through: names, label syntax, CIDRs, unknown fields, allow-all rules, dead selectors.
import { createRequire } from 'node:module';
import type * as ConfigMapModule from 'kubernetes-models/v1/ConfigMap';
import type * as LimitRangeModule from 'kubernetes-models/v1/LimitRange';
import type * as NamespaceModule from 'kubernetes-models/v1/Namespace';
import type * as ResourceQuotaModule from 'kubernetes-models/v1/ResourceQuota';
import type * as NetworkPolicyModule from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type * as RoleModule from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import type * as RoleBindingModule from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { parsePrefixStrict, prefixContainsPrefix } from '../net/index.js';
import { msg, text, type Text } from '../model/index.js';
import type { K8sPlan } from './plan.js';
import { matches } from './reach.js';
import type { K8sObject, NetworkPolicy as NetworkPolicyObject, NetworkPolicyPeer, NetworkPolicyPort } from './types.js';

export interface ObjectProblem {
  readonly severity: 'error' | 'warning';
  /** `cluster/Kind/namespace/name`. */
  readonly object: string;
  /** JSON Pointer into the object. */
  readonly path: string;
  readonly message: Text;
}

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: never) => Validatable;

// The models and their schema validators (a second ajv) take tens of milliseconds to load: they are required at the
// first validation, not with this module, which every evaluation loads while only the commands that write objects
// (manifests, synth, build) validate them.
const require = createRequire(import.meta.url);
let models: Record<string, { apiVersion: string; model: ModelClass }> | undefined;

function loadModels(): Record<string, { apiVersion: string; model: ModelClass }> {
  if (models) return models;
  const { Namespace } = require('kubernetes-models/v1/Namespace') as typeof NamespaceModule;
  const { ConfigMap } = require('kubernetes-models/v1/ConfigMap') as typeof ConfigMapModule;
  const { LimitRange } = require('kubernetes-models/v1/LimitRange') as typeof LimitRangeModule;
  const { ResourceQuota } = require('kubernetes-models/v1/ResourceQuota') as typeof ResourceQuotaModule;
  const { NetworkPolicy } = require('kubernetes-models/networking.k8s.io/v1/NetworkPolicy') as typeof NetworkPolicyModule;
  const { Role } = require('kubernetes-models/rbac.authorization.k8s.io/v1/Role') as typeof RoleModule;
  const { RoleBinding } = require('kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding') as typeof RoleBindingModule;
  models = {
    Namespace: { apiVersion: 'v1', model: Namespace as unknown as ModelClass },
    ConfigMap: { apiVersion: 'v1', model: ConfigMap as unknown as ModelClass },
    LimitRange: { apiVersion: 'v1', model: LimitRange as unknown as ModelClass },
    ResourceQuota: { apiVersion: 'v1', model: ResourceQuota as unknown as ModelClass },
    NetworkPolicy: { apiVersion: 'networking.k8s.io/v1', model: NetworkPolicy as unknown as ModelClass },
    Role: { apiVersion: 'rbac.authorization.k8s.io/v1', model: Role as unknown as ModelClass },
    RoleBinding: { apiVersion: 'rbac.authorization.k8s.io/v1', model: RoleBinding as unknown as ModelClass },
  };
  return models;
}

// ---- Shapes: the fields we know, so that a misspelt or foreign field is caught (the schema accepts any). ----
type Shape =
  'string' | 'number' | 'boolean' | 'int-or-string' | 'string-map' | { readonly fields: Readonly<Record<string, Shape>> } | { readonly items: Shape };

const f = (fields: Record<string, Shape>): Shape => ({ fields });
const list = (items: Shape): Shape => ({ items });
const META = f({ name: 'string', namespace: 'string', labels: 'string-map', annotations: 'string-map' });
const SELECTOR = f({ matchLabels: 'string-map', matchExpressions: list(f({ key: 'string', operator: 'string', values: list('string') })) });
const PEER = f({ podSelector: SELECTOR, namespaceSelector: SELECTOR, ipBlock: f({ cidr: 'string', except: list('string') }) });
const PORT = f({ protocol: 'string', port: 'int-or-string', endPort: 'number' });
const LIMIT = f({
  type: 'string',
  default: 'string-map',
  defaultRequest: 'string-map',
  max: 'string-map',
  min: 'string-map',
  maxLimitRequestRatio: 'string-map',
});

const SHAPES: Record<string, Shape> = {
  Namespace: f({ apiVersion: 'string', kind: 'string', metadata: META }),
  ConfigMap: f({ apiVersion: 'string', kind: 'string', metadata: META, data: 'string-map' }),
  LimitRange: f({ apiVersion: 'string', kind: 'string', metadata: META, spec: f({ limits: list(LIMIT) }) }),
  ResourceQuota: f({ apiVersion: 'string', kind: 'string', metadata: META, spec: f({ hard: 'string-map' }) }),
  NetworkPolicy: f({
    apiVersion: 'string',
    kind: 'string',
    metadata: META,
    spec: f({
      podSelector: SELECTOR,
      policyTypes: list('string'),
      ingress: list(f({ from: list(PEER), ports: list(PORT) })),
      egress: list(f({ to: list(PEER), ports: list(PORT) })),
    }),
  }),
  Role: f({
    apiVersion: 'string',
    kind: 'string',
    metadata: META,
    rules: list(f({ apiGroups: list('string'), resources: list('string'), verbs: list('string'), resourceNames: list('string') })),
  }),
  RoleBinding: f({
    apiVersion: 'string',
    kind: 'string',
    metadata: META,
    roleRef: f({ apiGroup: 'string', kind: 'string', name: 'string' }),
    subjects: list(f({ apiGroup: 'string', kind: 'string', name: 'string', namespace: 'string' })),
  }),
  Schedule: f({
    apiVersion: 'string',
    kind: 'string',
    metadata: META,
    spec: f({
      schedule: 'string',
      useOwnerReferencesInBackup: 'boolean',
      paused: 'boolean',
      template: f({
        includedNamespaces: list('string'),
        excludedNamespaces: list('string'),
        snapshotVolumes: 'boolean',
        ttl: 'string',
        storageLocation: 'string',
        defaultVolumesToFsBackup: 'boolean',
      }),
    }),
  }),
};

function shapeProblems(value: unknown, shape: Shape, path: string, out: { path: string; message: Text }[]): void {
  const wrong = (expected: string) => out.push({ path, message: text(`Cần ${expected}.`, `Expected ${expected}.`) });
  if (shape === 'string') {
    if (typeof value !== 'string') wrong('a string');
    return;
  }
  if (shape === 'number') {
    if (typeof value !== 'number' || !Number.isInteger(value)) wrong('an integer');
    return;
  }
  if (shape === 'boolean') {
    if (typeof value !== 'boolean') wrong('true/false');
    return;
  }
  if (shape === 'int-or-string') {
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) wrong('an integer or a name');
    return;
  }
  if (shape === 'string-map') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      wrong('a map of strings');
      return;
    }
    for (const [k, v] of Object.entries(value))
      if (typeof v !== 'string') out.push({ path: `${path}/${k}`, message: text('Cần một chuỗi.', 'Expected a string.') });
    return;
  }
  if ('items' in shape) {
    if (!Array.isArray(value)) {
      wrong('a list');
      return;
    }
    value.forEach((item, i) => shapeProblems(item, shape.items, `${path}/${i}`, out));
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    wrong('an object');
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const inner = shape.fields[key];
    if (inner === undefined) {
      out.push({ path: `${path}/${key}`, message: text(`Trường không có trong API: "${key}".`, `Unknown field "${key}".`) });
    } else if (v !== undefined) {
      shapeProblems(v, inner, `${path}/${key}`, out);
    }
  }
}

// ---- Names and labels (k8s.io/apimachinery validation) ----
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function isDnsLabel(name: string): boolean {
  return name.length <= 63 && DNS_LABEL.test(name);
}

export function isDnsSubdomain(name: string): boolean {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}

function labelKeyOk(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  return name.length <= 63 && LABEL_NAME.test(name) && (prefix === undefined || isDnsSubdomain(prefix));
}

function labelValueOk(value: string): boolean {
  return value === '' || (value.length <= 63 && LABEL_NAME.test(value));
}

function labelProblems(labels: Readonly<Record<string, string>> | undefined, path: string, out: { path: string; message: Text }[]): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (!labelKeyOk(key)) out.push({ path, message: text(`Khóa nhãn không hợp lệ: "${key}".`, `Invalid label key "${key}".`) });
    if (!labelValueOk(value))
      out.push({
        path: `${path}/${key}`,
        message: text(
          `Giá trị nhãn không hợp lệ: "${value}" (tối đa 63 ký tự chữ, số, "-", "_", ".").`,
          `Invalid label value "${value}" (at most 63 letters, digits, "-", "_", ".").`,
        ),
      });
  }
}

function cidrProblems(cidr: string, except: readonly string[] | undefined, path: string, out: { path: string; message: Text }[]): void {
  const outer = parsePrefixStrict(cidr);
  if (!outer.ok) {
    out.push({ path: `${path}/cidr`, message: text(`"${cidr}" không phải dải CIDR chuẩn.`, `"${cidr}" is not a canonical CIDR.`) });
    return;
  }
  (except ?? []).forEach((e, i) => {
    const inner = parsePrefixStrict(e);
    if (!inner.ok) out.push({ path: `${path}/except/${i}`, message: text(`"${e}" không phải dải CIDR chuẩn.`, `"${e}" is not a canonical CIDR.`) });
    else if (inner.prefix.family !== outer.prefix.family || !prefixContainsPrefix(outer.prefix, inner.prefix) || inner.prefix.length === outer.prefix.length) {
      out.push({ path: `${path}/except/${i}`, message: text(`"${e}" phải nằm hẳn trong "${cidr}".`, `"${e}" must lie strictly inside "${cidr}".`) });
    }
  });
}

function peerProblems(
  peers: readonly NetworkPolicyPeer[] | undefined,
  path: string,
  out: { severity: 'error' | 'warning'; path: string; message: Text }[],
): void {
  if (peers === undefined || peers.length === 0) {
    out.push({ severity: 'error', path, message: text('Quy tắc không có nguồn/đích nghĩa là mọi nơi.', 'A rule without peers means everyone.') });
    return;
  }
  peers.forEach((peer, i) => {
    const p = `${path}/${i}`;
    const set = [peer.ipBlock, peer.namespaceSelector, peer.podSelector].filter((x) => x !== undefined).length;
    if (peer.ipBlock && set > 1)
      out.push({ severity: 'error', path: p, message: text('ipBlock không được đi cùng bộ chọn.', 'ipBlock cannot be combined with selectors.') });
    if (set === 0) out.push({ severity: 'error', path: p, message: text('Peer rỗng.', 'Empty peer.') });
    if (peer.ipBlock) {
      const sub: { path: string; message: Text }[] = [];
      cidrProblems(peer.ipBlock.cidr, peer.ipBlock.except, `${p}/ipBlock`, sub);
      for (const s of sub) out.push({ severity: 'error', ...s });
      if ((peer.ipBlock.cidr === '0.0.0.0/0' || peer.ipBlock.cidr === '::/0') && !peer.ipBlock.except?.length) {
        out.push({ severity: 'warning', path: `${p}/ipBlock`, message: text('Mở cho mọi địa chỉ.', 'Open to every address.') });
      }
    }
    if (peer.namespaceSelector && !peer.podSelector && Object.keys(peer.namespaceSelector).length === 0) {
      out.push({
        severity: 'warning',
        path: `${p}/namespaceSelector`,
        message: text('namespaceSelector rỗng chọn mọi namespace.', 'An empty namespaceSelector selects every namespace.'),
      });
    }
    for (const [name, selector] of [
      ['podSelector', peer.podSelector],
      ['namespaceSelector', peer.namespaceSelector],
    ] as const) {
      const sub: { path: string; message: Text }[] = [];
      labelProblems(selector?.matchLabels, `${p}/${name}/matchLabels`, sub);
      for (const s of sub) out.push({ severity: 'error', ...s });
    }
  });
}

function portProblems(ports: readonly NetworkPolicyPort[] | undefined, path: string, out: { path: string; message: Text }[]): void {
  (ports ?? []).forEach((port, i) => {
    const p = `${path}/${i}`;
    if (typeof port.port === 'number' && (port.port < 1 || port.port > 65535))
      out.push({ path: `${p}/port`, message: text('Cổng ngoài 1–65535.', 'Port outside 1–65535.') });
    if (typeof port.port === 'string' && !(port.port.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(port.port) && /[a-z]/.test(port.port))) {
      out.push({ path: `${p}/port`, message: text(`Tên cổng không hợp lệ: "${port.port}".`, `Invalid port name "${port.port}".`) });
    }
    if (port.endPort !== undefined && (typeof port.port !== 'number' || port.endPort < port.port || port.endPort > 65535)) {
      out.push({
        path: `${p}/endPort`,
        message: text('endPort cần một cổng số và không nhỏ hơn nó.', 'endPort needs a numeric port and must not be below it.'),
      });
    }
  });
}

function describe(object: K8sObject, cluster?: string): string {
  return [cluster, object.kind, object.metadata.namespace, object.metadata.name].filter((x) => x !== undefined).join('/');
}

/** A problem of an object before the object's id is attached. */
type Problem = Omit<ObjectProblem, 'object'>;

/** Problems of one object; an empty list means it is valid. */
export function validateObject(object: K8sObject, cluster?: string): ObjectProblem[] {
  const id = describe(object, cluster);
  const problems: Problem[] = [
    ...schemaProblems(object),
    ...metadataProblems(object).map((s) => ({ severity: 'error' as const, ...s })),
    ...(object.kind === 'NetworkPolicy' ? networkPolicyProblems(object as NetworkPolicyObject) : []),
    ...(object.kind === 'Schedule' ? scheduleProblems(object.spec) : []),
  ];
  return problems.map(({ severity, ...rest }) => ({ severity, object: id, ...rest }));
}

/** The Kubernetes OpenAPI schema (kubernetes-models) of the object's kind; kinds it lacks other than Velero's are errors. */
function schemaProblems(object: K8sObject): Problem[] {
  const found: Problem[] = [];
  const known = loadModels()[object.kind];
  if (known && known.apiVersion === object.apiVersion) {
    try {
      new known.model(object as never).validate();
    } catch (error) {
      const errors = (error as { errors?: { instancePath: string; message?: string }[] }).errors ?? [];
      if (errors.length === 0) found.push({ severity: 'error', path: '', message: text(String(error), String(error)) });
      for (const e of errors)
        found.push({
          severity: 'error',
          path: e.instancePath,
          message: text(`Sai lược đồ Kubernetes: ${e.message ?? ''}`, `Kubernetes schema: ${e.message ?? ''}`),
        });
    }
  } else if (!(object.kind === 'Schedule' && object.apiVersion === 'velero.io/v1')) {
    found.push({
      severity: 'error',
      path: '/kind',
      message: text(`Loại đối tượng không được hỗ trợ: ${object.apiVersion} ${object.kind}.`, `Unsupported object: ${object.apiVersion} ${object.kind}.`),
    });
  }
  return found;
}

/** Unknown fields, then the syntax of the name, namespace and labels (all errors). */
function metadataProblems(object: K8sObject): { path: string; message: Text }[] {
  const shape = SHAPES[object.kind];
  const sub: { path: string; message: Text }[] = [];
  if (shape) shapeProblems(object, shape, '', sub);
  const name = object.metadata.name;
  const nameOk = object.kind === 'Namespace' ? isDnsLabel(name) : isDnsSubdomain(name);
  if (!nameOk)
    sub.push({
      path: '/metadata/name',
      message: msg('k8s.invalid-name', { name, max: object.kind === 'Namespace' ? 63 : 253 }),
    });
  if (object.metadata.namespace !== undefined && !isDnsLabel(object.metadata.namespace)) {
    sub.push({
      path: '/metadata/namespace',
      message: text(`Namespace không hợp lệ: "${object.metadata.namespace}".`, `Invalid namespace "${object.metadata.namespace}".`),
    });
  }
  if (object.kind === 'Namespace' && object.metadata.namespace !== undefined) {
    sub.push({ path: '/metadata/namespace', message: text('Namespace không thuộc namespace nào.', 'A Namespace has no namespace.') });
  }
  labelProblems(object.metadata.labels, '/metadata/labels', sub);
  return sub;
}

/** policyTypes and the peers of every rule, then (as errors) the pod selector's labels and the rules' ports. */
function networkPolicyProblems(object: NetworkPolicyObject): Problem[] {
  const spec = object.spec;
  const rules: Problem[] = [];
  if (!spec.policyTypes || spec.policyTypes.length === 0) {
    rules.push({
      severity: 'error',
      path: '/spec/policyTypes',
      message: text(
        'Thiếu policyTypes: Egress sẽ không bị chặn nếu không có quy tắc egress.',
        'policyTypes missing: egress is not isolated without egress rules.',
      ),
    });
  }
  const labelSub: { path: string; message: Text }[] = [];
  labelProblems(spec.podSelector.matchLabels, '/spec/podSelector/matchLabels', labelSub);
  (spec.ingress ?? []).forEach((r, i) => {
    peerProblems(r.from, `/spec/ingress/${i}/from`, rules);
    portProblems(r.ports, `/spec/ingress/${i}/ports`, labelSub);
  });
  (spec.egress ?? []).forEach((r, i) => {
    peerProblems(r.to, `/spec/egress/${i}/to`, rules);
    portProblems(r.ports, `/spec/egress/${i}/ports`, labelSub);
  });
  return [...rules, ...labelSub.map((s) => ({ severity: 'error' as const, ...s }))];
}

/** A Velero Schedule's cron expression, backup ttl and included namespaces. */
function scheduleProblems(schedule: Readonly<Record<string, unknown>>): Problem[] {
  const found: Problem[] = [];
  const spec = schedule as { schedule?: unknown; template?: { includedNamespaces?: unknown[]; ttl?: unknown } };
  if (typeof spec.schedule !== 'string' || !(/^(\S+\s+){4}\S+$/.test(spec.schedule) || /^@every \d+(h|m|s)$/.test(spec.schedule))) {
    found.push({ severity: 'error', path: '/spec/schedule', message: text('Lịch cron không hợp lệ.', 'Invalid cron schedule.') });
  }
  if (typeof spec.template?.ttl !== 'string' || !/^(\d+h)?(\d+m)?(\d+s)?$/.test(spec.template.ttl) || spec.template.ttl === '') {
    found.push({
      severity: 'error',
      path: '/spec/template/ttl',
      message: text('ttl phải là khoảng thời gian Go, ví dụ 720h0m0s.', 'ttl must be a Go duration such as 720h0m0s.'),
    });
  }
  (spec.template?.includedNamespaces ?? []).forEach((n, i) => {
    if (typeof n !== 'string' || !isDnsLabel(n))
      found.push({ severity: 'error', path: `/spec/template/includedNamespaces/${i}`, message: text('Namespace không hợp lệ.', 'Invalid namespace.') });
  });
  return found;
}

/**
 * Problems of a whole plan: every object, plus what only the set shows: each namespace has a default deny of both
 * directions and a DNS allow, and every namespace selector of ours selects at least one namespace.
 */
export function validatePlan(plan: K8sPlan): ObjectProblem[] {
  const problems: ObjectProblem[] = [];
  for (const cluster of plan.clusters) {
    const namespaces = cluster.objects.filter((o) => o.kind === 'Namespace');
    const labels = namespaces.map((n) => ({ ...n.metadata.labels, 'kubernetes.io/metadata.name': n.metadata.name }));
    const seen = new Set<string>();
    for (const object of cluster.objects) {
      const key = `${object.apiVersion}/${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
      if (seen.has(key))
        problems.push({
          severity: 'error',
          object: describe(object, cluster.name),
          path: '/metadata/name',
          message: text('Trùng tên đối tượng.', 'Duplicate object.'),
        });
      seen.add(key);
      problems.push(...validateObject(object, cluster.name));
      if (object.kind !== 'NetworkPolicy') continue;
      const spec = (object as NetworkPolicyObject).spec;
      const peers = [...(spec.ingress ?? []).flatMap((r) => r.from ?? []), ...(spec.egress ?? []).flatMap((r) => r.to ?? [])];
      for (const peer of peers) {
        const selector = peer.namespaceSelector;
        if (!selector?.matchLabels || !Object.keys(selector.matchLabels).some((k) => k.startsWith('hatang.vn/'))) continue;
        if (!labels.some((l) => matches(selector, l))) {
          problems.push({
            severity: 'error',
            object: describe(object, cluster.name),
            path: '/spec',
            message: text(
              `Bộ chọn namespace ${JSON.stringify(selector.matchLabels)} không chọn namespace nào.`,
              `Namespace selector ${JSON.stringify(selector.matchLabels)} selects no namespace.`,
            ),
          });
        }
      }
    }
    for (const ns of namespaces) {
      const policies = cluster.objects.filter((o): o is NetworkPolicyObject => o.kind === 'NetworkPolicy' && o.metadata.namespace === ns.metadata.name);
      const deny = policies.some(
        (p) =>
          Object.keys(p.spec.podSelector).length === 0 &&
          p.spec.policyTypes?.includes('Ingress') &&
          p.spec.policyTypes.includes('Egress') &&
          !p.spec.ingress?.length &&
          !p.spec.egress?.length,
      );
      if (!deny)
        problems.push({
          severity: 'error',
          object: describe(ns, cluster.name),
          path: '',
          message: text('Namespace thiếu chính sách chặn mặc định cả hai chiều.', 'Namespace lacks a default deny of ingress and egress.'),
        });
      const dns = policies.some((p) => (p.spec.egress ?? []).some((r) => (r.ports ?? []).some((port) => port.port === 53 && port.protocol === 'UDP')));
      if (!dns)
        problems.push({
          severity: 'warning',
          object: describe(ns, cluster.name),
          path: '',
          message: text('Namespace chặn egress nhưng không mở DNS.', 'Namespace denies egress but does not allow DNS.'),
        });
    }
  }
  return problems;
}
