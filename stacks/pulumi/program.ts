// The Pulumi program (Pulumi.yaml beside this file runs its compiled form). Config: `hatang:inventory` (folder of
// the province, default the bundled Quảng Ngãi inventory) and `hatang:kubeconfig` (optional).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLock, planAddresses } from '../../modules/addressing/index.js';
import { buildPlan } from '../../modules/k8s/index.js';
import { formatDiagnostic, loadInventory } from '../../modules/model/index.js';
import { deployPlan } from './deploy.js';
import { Config } from './engine.js';

const config = new Config('hatang');
const dir = config.get('inventory') ?? 'inventory/quang-ngai';
const result = await loadInventory(dir);
if (!result.model) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n'));
let lockText: string | undefined;
try {
  lockText = readFileSync(join(dir, 'addressing.lock.yaml'), 'utf8');
} catch {
  lockText = undefined;
}
const lock = lockText === undefined ? undefined : parseLock(lockText).lock;
const kubeconfig = config.get('kubeconfig');
deployPlan(buildPlan(result.model, { addresses: planAddresses(result.model, lock) }), kubeconfig ? { kubeconfig } : {});
