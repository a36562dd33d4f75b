// Builds the cdktf app of a model: one stack per cluster, all from the engine-neutral object plan.
import type { K8sPlan } from '../modules/k8s/index.js';
import type { Model } from '../modules/model/index.js';
import { ClusterStack, type StateBackend } from './cdktf/cluster-stack.js';
import { App, Testing } from './cdktf/engine.js';
import { stackSource, writeStackSource } from './source.js';

export { ClusterStack, logicalId } from './cdktf/cluster-stack.js';
export type { ClusterStackProps, StateBackend } from './cdktf/cluster-stack.js';

export interface AppOptions {
  /** The object plan of the evaluation (built with its address plan and the inventory's lock). */
  readonly prebuilt: K8sPlan;
  readonly kubeconfig?: string;
  /** State backend per cluster. @default - the cluster's site's `stateBackend`, else local files */
  readonly backend?: (cluster: string) => StateBackend | undefined;
  /** Stack name of a cluster (several provinces in one app need a prefix). @default - the cluster's name */
  readonly stackId?: (cluster: string) => string;
}

/** The state backend of each cluster from its site's `stateBackend` in the inventory; local when none is given. */
export function siteBackends(model: Model): (cluster: string) => StateBackend | undefined {
  return (name) => {
    const cluster = model.clusters.find((c) => c.name === name);
    const b = model.sites.find((s) => s.name === cluster?.site)?.stateBackend;
    if (!b || b.type === 'local') return undefined;
    if (b.type === 'pg') return { type: 'pg', connStr: b.connStr!, ...(b.schemaName ? { schemaName: b.schemaName } : {}) };
    return {
      type: 's3',
      bucket: b.bucket!,
      key: `${b.keyPrefix ?? 'hatang'}/${name}.tfstate`,
      ...(b.region ? { region: b.region } : {}),
      ...(b.endpoint ? { endpoint: b.endpoint } : {}),
    };
  };
}

/** Adds a stack per cluster of the plan to `app`. */
export function addStacks(app: App, plan: K8sPlan, options: Omit<AppOptions, 'prebuilt'>): ClusterStack[] {
  return plan.clusters.map((cluster) => {
    const backend = options.backend?.(cluster.name);
    return new ClusterStack(app, options.stackId?.(cluster.name) ?? cluster.name, {
      cluster,
      ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
      ...(backend ? { backend } : {}),
    });
  });
}

/**
 * Writes `manifest.json` and `stacks/<cluster>/cdk.tf.json` under `outdir`, as `cdktf synth` does, and
 * `hatang-source.json`: the inventory they come from (stacks/source.ts).
 */
export function synthesizeApp(model: Model, outdir: string, options: AppOptions): { stacks: string[] } {
  const app = new App({ outdir, skipValidation: false });
  const stacks = addStacks(app, options.prebuilt, { backend: siteBackends(model), ...options });
  app.synth();
  writeStackSource(outdir, stackSource(model, options.prebuilt));
  return { stacks: stacks.map((s) => s.node.id) };
}

/**
 * Terraform JSON of each cluster's stack with keys sorted and construct metadata removed: byte-identical for the same
 * model wherever it runs (what golden files compare).
 */
export function synthesizeJson(model: Model, options: AppOptions): { cluster: string; json: string }[] {
  const app = Testing.app();
  return addStacks(app, options.prebuilt, { backend: siteBackends(model), ...options }).map((stack) => ({
    cluster: stack.node.id,
    json: Testing.synth(stack),
  }));
}
