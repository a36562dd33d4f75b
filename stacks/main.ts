// The cdktf app (`cdktf.json` runs the compiled form of this file): one stack per cluster of the inventory named by
// HATANG_INVENTORY (default: the bundled Quảng Ngãi inventory). `cdktf synth` sets the output folder.
import { join } from 'node:path';
import { LOCK_FILE, planAddresses, readAddressLock } from '../modules/addressing/index.js';
import { formatDiagnostic, loadInventory } from '../modules/model/index.js';
import { synthesizeApp } from './synth.js';

const dir = process.env.HATANG_INVENTORY ?? 'inventory/quang-ngai';
const result = await loadInventory(dir);
if (!result.model) {
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d, 'en')}\n`);
  process.exit(2);
}
// Zones requested by size take the prefixes of the address lock, as `hatang plan` wrote them.
const { lock } = await readAddressLock(join(dir, LOCK_FILE), result.model);
synthesizeApp(result.model, process.env.CDKTF_OUTDIR ?? 'cdktf.out', { plan: { addresses: planAddresses(result.model, lock) } });
