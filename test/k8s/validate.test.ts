// Every generated object passes the Kubernetes schema and our own checks; the checks catch what the schema lets through.
import { describe, expect, test } from 'vitest';
import { validateObject, validatePlan, type K8sObject, type NetworkPolicy } from '../../modules/k8s/index.js';
import { evaluateDir } from '../helpers.js';

describe.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s', (dir) => {
  test('every object of the plan is valid', async () => {
    const plan = (await evaluateDir(dir)).k8s();
    expect(plan.clusters.flatMap((c) => c.objects).length).toBeGreaterThan(10);
    expect(validatePlan(plan)).toEqual([]);
  });
});

const policy = (spec: Record<string, unknown>, name = 'p'): K8sObject =>
  ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'ns' },
    spec: { podSelector: {}, policyTypes: ['Ingress'], ...spec },
  }) as NetworkPolicy;
const messages = (object: K8sObject) => validateObject(object).map((p) => `${p.path}: ${p.message.en}`);

describe('checks', () => {
  test.each([
    { name: 'schema: misspelt policy type', object: policy({ policyTypes: ['Ingres'] }), expected: '/spec/policyTypes/0: Kubernetes schema' },
    {
      name: 'schema: unknown protocol',
      object: policy({ ingress: [{ from: [{ podSelector: {} }], ports: [{ protocol: 'TCPX', port: 1 }] }] }),
      expected: '/spec/ingress/0/ports/0/protocol: Kubernetes schema',
    },
    { name: 'name with upper case and underscore (schema accepts it)', object: policy({}, 'Zone_A'), expected: '/metadata/name: Invalid name "Zone_A"' },
    {
      name: 'CIDR with length 33 (schema accepts it)',
      object: policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] }),
      expected: '/spec/ingress/0/from/0/ipBlock/cidr: "10.0.0.0/33" is not a canonical CIDR.',
    },
    { name: 'CIDR with host bits', object: policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.1/8' } }] }] }), expected: 'is not a canonical CIDR' },
    {
      name: 'except outside the block',
      object: policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['192.168.0.0/16'] } }] }] }),
      expected: 'must lie strictly inside',
    },
    {
      name: 'except of the other family',
      object: policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['2001:db8::/32'] } }] }] }),
      expected: 'must lie strictly inside',
    },
    { name: 'unknown field (schema accepts it)', object: policy({ ingres: [] }), expected: '/spec/ingres: Unknown field "ingres".' },
    {
      name: 'rule without peers means everyone',
      object: policy({ ingress: [{ ports: [{ port: 80 }] }] }),
      expected: '/spec/ingress/0/from: A rule without peers means everyone.',
    },
    { name: 'missing policyTypes', object: policy({ policyTypes: undefined }), expected: '/spec/policyTypes: policyTypes missing' },
    {
      name: 'endPort below port',
      object: policy({ ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 80, endPort: 79 }] }] }),
      expected: 'endPort needs a numeric port',
    },
    {
      name: 'invalid label value',
      object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', labels: { 'hatang.vn/zone': 'not ok!' } } } as K8sObject,
      expected: 'Invalid label value',
    },
    {
      name: 'namespace name longer than 63',
      object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a'.repeat(64) } } as K8sObject,
      expected: 'Invalid name',
    },
  ])('$name', ({ object, expected }) => {
    expect(messages(object).join('\n')).toContain(expected);
  });

  test('a sound policy has no problem', () => {
    expect(
      messages(
        policy({
          ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ protocol: 'UDP', port: 10000, endPort: 20000 }] }],
        }),
      ),
    ).toEqual([]);
  });

  test('a plan without default deny or with a dead selector is reported', () => {
    const objects: K8sObject[] = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', labels: { 'hatang.vn/zone': 'z' } } },
      policy({ policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'hatang.vn/zone': 'nowhere' } } }] }] }),
    ].map((o) => (o.kind === 'NetworkPolicy' ? { ...o, metadata: { ...o.metadata, namespace: 'a' } } : o));
    const problems = validatePlan({ province: 'x', notes: [], clusters: [{ name: 'c', site: 's', namespaces: [], objects }] }).map((p) => p.message.en);
    expect(problems).toContain('Namespace lacks a default deny of ingress and egress.');
    expect(problems.some((m) => m.includes('selects no namespace'))).toBe(true);
  });
});
