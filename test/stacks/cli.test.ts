// `hatang manifests`, `hatang synth` and what `hatang build` adds, run in-process on the bundled inventories.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateObject, type K8sObject } from '../../modules/k8s/index.js';
import { evaluateDir, runCli as run } from '../helpers.js';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hatang-k8s-cli-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else out[join(d, entry.name).slice(dir.length + 1)] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('hatang manifests', () => {
  test('writes valid YAML per cluster and namespace holding exactly the planned objects, the same on every run', async () => {
    const a = temp();
    const b = temp();
    expect((await run('manifests', 'inventory/quang-ngai', '--out', a)).code).toBe(0);
    expect((await run('manifests', 'inventory/quang-ngai', '--out', b)).code).toBe(0);
    const written = files(a);
    expect(files(b)).toEqual(written);
    const plan = (await evaluateDir('inventory/quang-ngai')).k8s();
    for (const cluster of plan.clusters) {
      const objects: K8sObject[] = Object.entries(written)
        .filter(([path]) => path.startsWith(`${cluster.name}/`) && !path.endsWith('kustomization.yaml'))
        .flatMap(([, content]) =>
          parseAllDocuments(content).map((d) => {
            expect(d.errors).toEqual([]);
            return d.toJS() as K8sObject;
          }),
        );
      expect(objects.length).toBe(cluster.objects.length);
      for (const object of objects) expect(validateObject(object)).toEqual([]);
      const key = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      expect(objects.map(key).sort()).toEqual(cluster.objects.map(key).sort());
      // Each namespace's file starts with the Namespace, so that `kubectl apply -f` creates it first.
      for (const ns of cluster.namespaces) expect(written[`${cluster.name}/${ns.name}.yaml`]).toMatch(/^#.*\napiVersion: v1\nkind: Namespace\n/);
    }
  });

  test('an invalid inventory exits 2 and writes nothing', async () => {
    const out = temp();
    const result = await run('manifests', 'test/fixtures/bad/bad-port', '--out', out);
    expect(result.code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('hatang synth and build', () => {
  test('synth writes one Terraform JSON stack per cluster, as cdktf synth does', async () => {
    const out = temp();
    const result = await run('synth', 'inventory/lang-son', '--out', out, '--format', 'json');
    expect(result.code).toBe(0);
    expect(Object.keys(files(out)).sort()).toEqual(['hatang-source.json', 'manifest.json', 'stacks/ls-k8s-pilot/cdk.tf.json']);
    const tf = JSON.parse(files(out)['stacks/ls-k8s-pilot/cdk.tf.json']!) as { resource: Record<string, unknown> };
    expect(Object.keys(tf.resource)).toContain('kubernetes_network_policy_v1');
  });

  test('build puts the manifests and the stacks into the output folder', async () => {
    const out = temp();
    await run('build', 'inventory/lang-son', '--out', out);
    const paths = Object.keys(files(out));
    expect(paths).toContain('k8s/ls-k8s-pilot/kustomization.yaml');
    expect(paths).toContain('cdktf.out/stacks/ls-k8s-pilot/cdk.tf.json');
    expect(paths).toContain('cdktf.out/hatang-source.json');
  });
});
