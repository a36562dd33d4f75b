// The cdktf stacks: golden Terraform JSON per cluster from Testing.synth (no terraform, no provider download), and the
// properties that make the JSON deployable. Refresh the golden files with UPDATE_GOLDEN=1 after an intended change.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { K8sPlan } from '../../modules/k8s/index.js';
import { loadInventory, type Model } from '../../modules/model/index.js';
import { evaluateDir } from '../helpers.js';
import { ClusterStack, logicalId, synthesizeApp, synthesizeJson } from '../../stacks/synth.js';
import { type App, Testing } from '../../stacks/cdktf/engine.js';

/** The model and its object plan, from the same evaluation as `hatang build`. */
async function load(dir: string): Promise<Model & { plan: K8sPlan }> {
  const evaluation = await evaluateDir(dir);
  return { ...evaluation.model, plan: evaluation.k8s() };
}

type Tf = { resource: Record<string, Record<string, Record<string, unknown>>>; provider: Record<string, unknown[]>; terraform: Record<string, unknown> };

// A frozen copy of the Lạng Sơn inventory, so that edits to the bundled inventories do not move the golden files.
describe('golden files', async () => {
  const model = await load('test/stacks/inventory/lang-son');
  test.each(synthesizeJson(model, { prebuilt: model.plan }).map((s) => [s.cluster, s.json] as const))('%s', (cluster, json) => {
    const golden = join('test', 'stacks', 'golden', `${cluster}.tf.json`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join('test', 'stacks', 'golden'), { recursive: true });
      writeFileSync(golden, json + '\n');
    }
    expect(json + '\n').toBe(readFileSync(golden, 'utf8'));
  });
});

describe.each(['quang-ngai', 'lang-son'])('inventory/%s', async (province) => {
  const model = await load(`inventory/${province}`);
  const stacks = synthesizeJson(model, { prebuilt: model.plan });

  test('one stack per cluster, one resource per planned object', () => {
    const { plan } = model;
    expect(stacks.map((s) => s.cluster)).toEqual(model.clusters.map((c) => c.name));
    for (const cluster of plan.clusters) {
      const tf = JSON.parse(stacks.find((s) => s.cluster === cluster.name)!.json) as Tf;
      const ids = Object.values(tf.resource ?? {})
        .flatMap((byId) => Object.keys(byId))
        .sort();
      expect(ids).toEqual(cluster.objects.map(logicalId).sort());
    }
  });

  test('the provider uses the kubeconfig context and no credentials; state follows the site, local by default, locked', () => {
    for (const { cluster, json } of stacks) {
      const tf = JSON.parse(json) as Tf;
      const { context, site } = model.clusters.find((c) => c.name === cluster)!;
      expect(tf.provider.kubernetes).toEqual([{ config_context: context ?? cluster, config_path: '~/.kube/config' }]);
      const backend = model.sites.find((s) => s.name === site)!.stateBackend;
      expect(tf.terraform.backend).toEqual(
        backend?.type === 'pg'
          ? { pg: { conn_str: backend.connStr, schema_name: backend.schemaName } }
          : backend?.type === 's3'
            ? {
                s3: expect.objectContaining({
                  bucket: backend.bucket,
                  key: `${backend.keyPrefix}/${cluster}.tfstate`,
                  endpoints: { s3: backend.endpoint },
                  use_lockfile: true,
                }),
              }
            : { local: { path: `../../../terraform.${cluster}.tfstate` } },
      );
      expect(json).not.toMatch(/token|password|client_key|secret_key/);
    }
  });

  test('every namespace has a default deny of both directions in snake_case provider form', () => {
    for (const { json } of stacks) {
      const tf = JSON.parse(json) as Tf;
      const namespaces = Object.values(tf.resource.kubernetes_namespace_v1 ?? {}) as { metadata: { name: string } }[];
      for (const ns of namespaces) {
        expect(
          Testing.toHaveResourceWithProperties(json, 'kubernetes_network_policy_v1', {
            metadata: { name: 'default-deny', namespace: ns.metadata.name },
            spec: { pod_selector: {}, policy_types: ['Ingress', 'Egress'] },
          }),
        ).toBe(true);
      }
    }
  });
});

describe('app synth', () => {
  test('writes byte-identical stacks in any output folder, with no absolute path', async () => {
    const model = await load('inventory/quang-ngai');
    const read = (dir: string) =>
      Object.fromEntries(
        ['manifest.json', 'hatang-source.json', ...readdirSync(join(dir, 'stacks')).map((s) => join('stacks', s, 'cdk.tf.json'))].map((f) => [
          f,
          readFileSync(join(dir, f), 'utf8'),
        ]),
      );
    const a = mkdtempSync(join(tmpdir(), 'hatang-synth-'));
    const b = mkdtempSync(join(tmpdir(), 'hatang-synth-'));
    try {
      synthesizeApp(model, a, { prebuilt: model.plan });
      synthesizeApp(model, b, { prebuilt: model.plan });
      const first = read(a);
      expect(read(b)).toEqual(first);
      expect(Object.keys(first).length).toBe(model.clusters.length + 2);
      for (const content of Object.values(first)) expect(content).not.toContain(tmpdir());
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  test('the inventory refuses a state backend connection string with a password, naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hatang-backend-'));
    try {
      cpSync('inventory/lang-son', dir, { recursive: true });
      const file = join(dir, 'sites.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '  commissioned: 2008\n',
          '  commissioned: 2008\n  stateBackend: { type: pg, connStr: "postgres://tf:secret@10.0.0.5/state" }\n',
        ),
      );
      const result = await loadInventory(dir);
      expect(result.model).toBeUndefined();
      expect(result.diagnostics.map((d) => `${d.location?.line} ${d.pointer}`)).toContain('29 /spec/stateBackend/connStr');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a PostgreSQL state backend with a password in its connection string is refused', async () => {
    const model = await load('inventory/lang-son');
    const cluster = model.plan.clusters[0]!;
    expect(() => new ClusterStack(Testing.app() as App, 'x', { cluster, backend: { type: 'pg', connStr: 'postgres://tf:secret@10.0.0.5/state' } })).toThrow(
      /PGPASSWORD/,
    );
    const ok = new ClusterStack(Testing.app() as App, 'y', { cluster, backend: { type: 'pg', connStr: 'postgres://tf@10.0.0.5/state' } });
    expect(JSON.parse(Testing.synth(ok)).terraform.backend).toEqual({ pg: { conn_str: 'postgres://tf@10.0.0.5/state' } });
  });

  test('every state backend locks: local and PostgreSQL by themselves, S3 with its lock file', async () => {
    const model = await load('inventory/lang-son');
    const cluster = model.plan.clusters[0]!;
    const backend = (props: ConstructorParameters<typeof ClusterStack>[2]['backend'], id: string) =>
      (JSON.parse(Testing.synth(new ClusterStack(Testing.app() as App, id, { cluster, ...(props ? { backend: props } : {}) }))) as Tf).terraform.backend;
    // Terraform locks local state and PostgreSQL state (advisory lock) without any setting; neither has one to turn off.
    expect(backend(undefined, 'l')).toEqual({ local: { path: `../../../terraform.${cluster.name}.tfstate` } });
    expect(backend({ type: 'pg', connStr: 'postgres://tf@10.0.0.5/state' }, 'p')).toEqual({ pg: { conn_str: 'postgres://tf@10.0.0.5/state' } });
    expect(backend({ type: 's3', bucket: 'tf-state', key: 'x/c.tfstate' }, 's')).toEqual({
      s3: { bucket: 'tf-state', key: 'x/c.tfstate', region: 'us-east-1', use_lockfile: true },
    });
  });
});
