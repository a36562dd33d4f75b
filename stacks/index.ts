// `hatang/stacks`: hatang's cdktf stacks for an app of your own (docs/stacks.md, "Using hatang as a library"). Needs
// the optional packages cdktf, @cdktf/provider-kubernetes and constructs (docs/install.md). The Pulumi program is
// `hatang/stacks/pulumi`, so that importing one engine never loads the other.
//
//   const evaluation = await evaluateInventory('inventory/lang-son');
//   const app = new App();
//   addStacks(app, evaluation.k8s(), { backend: siteBackends(evaluation.model) });
//   app.synth();
export { addStacks, ClusterStack, logicalId, siteBackends, synthesizeApp } from './synth.js';
export type { AppOptions, ClusterStackProps, StateBackend } from './synth.js';
export { evaluateInventory, InventoryRefusedError } from './evaluation.js';
