// The Pulumi program (Pulumi.yaml beside this file runs its compiled form). Config: `hatang:inventory` (folder of
// the province, default the bundled Quảng Ngãi inventory) and `hatang:kubeconfig` (optional).
import { evaluateInventory } from '../evaluation.js';
import { deployPlan } from './deploy.js';
import { Config } from './engine.js';

const config = new Config('hatang');
const dir = config.get('inventory') ?? 'inventory/quang-ngai';
// The same evaluation as `hatang validate`: an invalid inventory or a broken lock stops the program with its diagnostics.
const evaluation = await evaluateInventory(dir);
const kubeconfig = config.get('kubeconfig');
deployPlan(evaluation.k8s(), kubeconfig ? { kubeconfig } : {});
