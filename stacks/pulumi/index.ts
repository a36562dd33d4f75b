// `hatang/stacks/pulumi`: the Pulumi form of the stacks for a Pulumi program of your own. Needs the optional packages
// @pulumi/pulumi and @pulumi/kubernetes (docs/install.md). hatang's own program (program.ts, run by Pulumi.yaml) is:
//
//   const evaluation = await evaluateInventory(new Config('hatang').get('inventory') ?? 'inventory/quang-ngai');
//   deployPlan(evaluation.k8s(), { kubeconfig });
export { deployPlan, resourceName } from './deploy.js';
export type { DeployOptions } from './deploy.js';
export { evaluateInventory, InventoryRefusedError } from '../evaluation.js';
