// The evaluator's NetworkPolicy semantics, case by case, on hand-written policies (no plan involved).
import { describe, expect, test } from 'vitest';
import { PolicySet, type K8sObject, type NetworkPolicy } from '../../modules/k8s/index.js';

const ns = (name: string, labels: Record<string, string> = {}): K8sObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
const policy = (namespace: string, name: string, spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
});
const pod = (namespace: string, labels: Record<string, string> = {}, ip?: string) => ({ pod: { namespace, labels, ...(ip ? { ip } : {}) } });
const tcp = (port: number) => ({ protocol: 'TCP' as const, port });

const base = [ns('web', { tier: 'web' }), ns('db', { tier: 'db' }), ns('other', { tier: 'web', team: 'x' })];

describe('isolation', () => {
  test('with no policy every pod is reachable', () => {
    expect(new PolicySet(base).check(pod('web'), pod('db'), tcp(5432)).allowed).toBe(true);
  });

  test('default deny of ingress and egress blocks both ways, even inside the namespace', () => {
    const set = new PolicySet([...base, policy('db', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] })]);
    expect(set.check(pod('web'), pod('db'), tcp(5432)).ingress.reason).toBe('denied');
    expect(set.check(pod('db'), pod('db'), tcp(5432)).allowed).toBe(false);
    expect(set.check(pod('db'), pod('web'), tcp(80)).egress.reason).toBe('denied');
  });

  // Regression guard for the classic pitfall: without policyTypes, a policy with no egress rules isolates ingress only.
  test('omitted policyTypes imply Ingress only when there are no egress rules', () => {
    const set = new PolicySet([...base, policy('db', 'deny', { podSelector: {} })]);
    expect(set.check(pod('db'), pod('web'), tcp(80)).allowed).toBe(true);
    expect(set.check(pod('web'), pod('db'), tcp(5432)).allowed).toBe(false);
  });

  test('omitted policyTypes imply Egress too when egress rules exist', () => {
    const set = new PolicySet([...base, policy('db', 'p', { podSelector: {}, egress: [{ to: [{ podSelector: { matchLabels: { app: 'x' } } }] }] })]);
    expect(set.check(pod('db'), pod('web'), tcp(80)).allowed).toBe(false);
    expect(set.check(pod('db'), pod('db', { app: 'x' }), tcp(80)).egress.allowed).toBe(true);
  });

  test('a policy selecting other pods does not isolate this one', () => {
    const set = new PolicySet([...base, policy('db', 'p', { podSelector: { matchLabels: { app: 'pg' } }, policyTypes: ['Ingress'] })]);
    expect(set.check(pod('web'), pod('db', { app: 'redis' }), tcp(6379)).allowed).toBe(true);
    expect(set.check(pod('web'), pod('db', { app: 'pg' }), tcp(5432)).allowed).toBe(false);
  });
});

describe('peers', () => {
  test('namespaceSelector and podSelector in one peer mean AND', () => {
    const set = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { tier: 'web' } }, podSelector: { matchLabels: { app: 'api' } } }] }],
      }),
    ]);
    expect(set.check(pod('web', { app: 'api' }), pod('db'), tcp(5432)).allowed).toBe(true);
    expect(set.check(pod('web', { app: 'ui' }), pod('db'), tcp(5432)).allowed).toBe(false);
    expect(set.check(pod('db', { app: 'api' }), pod('db'), tcp(5432)).allowed).toBe(false);
  });

  test('two peers mean OR, and a podSelector alone stays in the policy namespace', () => {
    const set = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { tier: 'web' } } }, { podSelector: { matchLabels: { app: 'api' } } }] }],
      }),
    ]);
    expect(set.check(pod('web', { app: 'ui' }), pod('db'), tcp(5432)).allowed).toBe(true);
    expect(set.check(pod('db', { app: 'api' }), pod('db'), tcp(5432)).allowed).toBe(true);
    expect(set.check(pod('db', { app: 'ui' }), pod('db'), tcp(5432)).allowed).toBe(false);
  });

  test('matchExpressions: In, NotIn, Exists, DoesNotExist', () => {
    const set = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    { key: 'tier', operator: 'In', values: ['web'] },
                    { key: 'team', operator: 'DoesNotExist' },
                  ],
                },
              },
            ],
          },
        ],
      }),
    ]);
    expect(set.check(pod('web'), pod('db'), tcp(1)).allowed).toBe(true);
    expect(set.check(pod('other'), pod('db'), tcp(1)).allowed).toBe(false);
    const notIn = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    { key: 'tier', operator: 'NotIn', values: ['web'] },
                    { key: 'tier', operator: 'Exists' },
                  ],
                },
              },
            ],
          },
        ],
      }),
    ]);
    expect(notIn.check(pod('web'), pod('db'), tcp(1)).allowed).toBe(false);
    expect(notIn.check(pod('db'), pod('db'), tcp(1)).allowed).toBe(true);
  });

  test('namespaces are selected by their automatic name label', () => {
    const set = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'web' } } }] }],
      }),
    ]);
    expect(set.check(pod('web'), pod('db'), tcp(1)).allowed).toBe(true);
    expect(set.check(pod('other'), pod('db'), tcp(1)).allowed).toBe(false);
  });

  test('ipBlock with except, in both families; selectors never match plain addresses', () => {
    const set = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
              { ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } },
              { namespaceSelector: {} },
            ],
          },
        ],
      }),
    ]);
    const at = (address: string) => set.check({ address }, pod('db'), tcp(1)).allowed;
    expect([at('10.2.3.4'), at('10.1.3.4'), at('11.0.0.1')]).toEqual([true, false, false]);
    expect([at('2001:db8:2::1'), at('2001:db8:1::1'), at('2001:db9::1')]).toEqual([true, false, false]);
  });

  test('an empty from list or a rule without from admits everyone', () => {
    const set = new PolicySet([...base, policy('db', 'p', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 5432 }] }] })]);
    expect(set.check({ address: '203.0.113.1' }, pod('db'), tcp(5432)).allowed).toBe(true);
    expect(set.check({ address: '203.0.113.1' }, pod('db'), tcp(5433)).allowed).toBe(false);
  });
});

describe('ports', () => {
  const set = new PolicySet([
    ...base,
    policy('db', 'p', {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [
        { from: [{ namespaceSelector: {} }], ports: [{ port: 5432 }, { protocol: 'UDP', port: 10000, endPort: 20000 }, { protocol: 'TCP', port: 'metrics' }] },
      ],
    }),
  ]);
  test.each([
    { name: 'TCP is the default protocol', protocol: 'TCP', port: 5432, allowed: true },
    { name: 'other protocol on the same number', protocol: 'UDP', port: 5432, allowed: false },
    { name: 'inside a range', protocol: 'UDP', port: 15000, allowed: true },
    { name: 'range end is inclusive', protocol: 'UDP', port: 20000, allowed: true },
    { name: 'past the range', protocol: 'UDP', port: 20001, allowed: false },
  ] as const)('$name', ({ protocol, port, allowed }) => {
    expect(set.check(pod('web'), pod('db'), { protocol, port }).allowed).toBe(allowed);
  });
  test('a named port resolves against the destination pod', () => {
    const target = { pod: { namespace: 'db', labels: {}, namedPorts: { metrics: 9187 } } };
    expect(set.check(pod('web'), target, tcp(9187)).allowed).toBe(true);
    expect(set.check(pod('web'), pod('db'), tcp(9187)).allowed).toBe(false);
  });
  test('a named port matches only a container port of the same protocol', () => {
    const udpHttp = new PolicySet([
      ...base,
      policy('db', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ protocol: 'UDP', port: 'http' }] }],
      }),
    ]);
    const tcpHttp = { pod: { namespace: 'db', labels: {}, namedPorts: { http: { port: 8080, protocol: 'TCP' as const } } } };
    const plain = { pod: { namespace: 'db', labels: {}, namedPorts: { http: 8080 } } };
    const udpNamed = { pod: { namespace: 'db', labels: {}, namedPorts: { http: { port: 8080, protocol: 'UDP' as const } } } };
    expect(udpHttp.check(pod('web'), tcpHttp, { protocol: 'UDP', port: 8080 }).allowed).toBe(false);
    expect(udpHttp.check(pod('web'), tcpHttp, tcp(8080)).allowed).toBe(false);
    expect(udpHttp.check(pod('web'), plain, { protocol: 'UDP', port: 8080 }).allowed).toBe(false);
    expect(udpHttp.check(pod('web'), udpNamed, { protocol: 'UDP', port: 8080 }).allowed).toBe(true);
    // A TCP rule naming the port still matches the TCP container port.
    expect(
      set.check(pod('web'), { pod: { namespace: 'db', labels: {}, namedPorts: { metrics: { port: 9187, protocol: 'TCP' as const } } } }, tcp(9187)).allowed,
    ).toBe(true);
  });
});
