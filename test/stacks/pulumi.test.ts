// The Pulumi program under pulumi.runtime.setMocks: no CLI, no service, no cluster. It must register the same objects
// (by kind, namespace and name) as the cdktf stacks, with the same content, through a provider per cluster context.
// Registration through the mock monitor is slow (about 30 ms per resource), hence one deployment per province.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { deployPlan as DeployPlanFn } from '../../stacks/pulumi/deploy.js';

type DeployPlan = typeof DeployPlanFn;
import type { K8sObject } from '../../modules/k8s/index.js';
import { evaluateDir } from '../helpers.js';
import { synthesizeJson } from '../../stacks/synth.js';

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
const registered: Registered[] = [];
const home = mkdtempSync(join(tmpdir(), 'hatang-pulumi-'));
let deployPlan: DeployPlan;

beforeAll(async () => {
  process.env.PULUMI_HOME = home;
  const pulumi = await import('@pulumi/pulumi');
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs as Record<string, unknown> });
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    },
    'hatang',
    'test',
    false,
  );
  // The program is loaded only after the mocks are in place.
  ({ deployPlan } = await import('../../stacks/pulumi/deploy.js'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

const CDKTF_KIND: Record<string, string> = {
  kubernetes_namespace_v1: 'Namespace',
  kubernetes_network_policy_v1: 'NetworkPolicy',
  kubernetes_resource_quota_v1: 'ResourceQuota',
  kubernetes_limit_range_v1: 'LimitRange',
  kubernetes_role_v1: 'Role',
  kubernetes_role_binding_v1: 'RoleBinding',
  kubernetes_config_map_v1: 'ConfigMap',
};

describe.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s', async (dir) => {
  const evaluation = await evaluateDir(dir);
  const { model } = evaluation;
  const plan = evaluation.k8s();

  test('registers the same objects as the cdktf stacks, unchanged, through one provider per cluster', async () => {
    registered.length = 0;
    const resources = deployPlan(plan);
    // Wait until every registration has reached the mock monitor.
    await Promise.all(resources.map((r) => new Promise((done) => r.urn.apply(done))));

    const providers = registered.filter((r) => r.type === 'pulumi:providers:kubernetes');
    expect(providers.map((p) => [p.name, p.inputs.context])).toEqual(plan.clusters.map((c) => [c.name, c.context ?? c.name]));

    for (const stack of synthesizeJson(model, { prebuilt: plan })) {
      const tf = JSON.parse(stack.json) as {
        resource: Record<string, Record<string, { metadata?: { name: string; namespace?: string }; manifest?: K8sObject }>>;
      };
      const fromCdktf = Object.entries(tf.resource)
        .flatMap(([type, byId]) =>
          Object.values(byId).map((r) => {
            const meta = r.manifest ? r.manifest.metadata : r.metadata!;
            return `${r.manifest ? r.manifest.kind : CDKTF_KIND[type]}/${meta.namespace ?? ''}/${meta.name}`;
          }),
        )
        .sort();
      const fromPulumi = registered
        .filter((r) => r.name.startsWith(`${stack.cluster}/`) && r.type.startsWith('kubernetes:'))
        .map((r) => {
          const meta = r.inputs.metadata as { name: string; namespace?: string };
          return `${r.type.split(':')[2]}/${meta.namespace ?? ''}/${meta.name}`;
        })
        .sort();
      expect(fromPulumi.length).toBeGreaterThan(0);
      expect(fromPulumi).toEqual(fromCdktf);
    }

    // The NetworkPolicy rules and the Velero schedules go through as planned.
    for (const cluster of plan.clusters) {
      for (const object of cluster.objects.filter((o) => o.kind === 'NetworkPolicy' || o.kind === 'Schedule')) {
        const r = registered.find((x) => x.name === [cluster.name, object.kind, object.metadata.namespace, object.metadata.name].join('/'))!;
        expect(r.inputs).toMatchObject(JSON.parse(JSON.stringify({ metadata: object.metadata, spec: object.spec })));
      }
    }
  });
});
