// The Pulumi program (Pulumi.yaml beside this file runs its compiled form). Config: `hatang:inventory` (folder of
// the province, default the bundled Quảng Ngãi inventory) and `hatang:kubeconfig` (optional).
import { join } from 'node:path';
import { LOCK_FILE, planAddresses, readAddressLock } from '../../modules/addressing/index.js';
import { buildPlan } from '../../modules/k8s/index.js';
import { formatDiagnostic, loadInventory } from '../../modules/model/index.js';
import { deployPlan } from './deploy.js';
import { Config } from './engine.js';

const config = new Config('hatang');
const dir = config.get('inventory') ?? 'inventory/quang-ngai';
const result = await loadInventory(dir);
if (!result.model) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n'));
// Zones requested by size take the prefixes of the address lock, as `hatang plan` wrote them.
const { lock } = await readAddressLock(join(dir, LOCK_FILE), result.model);
const kubeconfig = config.get('kubeconfig');
deployPlan(buildPlan(result.model, { addresses: planAddresses(result.model, lock) }), kubeconfig ? { kubeconfig } : {});
