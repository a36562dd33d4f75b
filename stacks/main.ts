// The cdktf app (`cdktf.json` runs the compiled form of this file): one stack per cluster of the inventory named by
// HATANG_INVENTORY (default: the bundled Quảng Ngãi inventory). `cdktf synth` sets the output folder.
import { evaluateInventory, InventoryRefusedError } from './evaluation.js';
import { synthesizeApp } from './synth.js';

const dir = process.env.HATANG_INVENTORY ?? 'inventory/quang-ngai';
try {
  // Zones requested by size take the prefixes of the address lock, as `hatang plan` wrote them.
  const evaluation = await evaluateInventory(dir);
  synthesizeApp(evaluation.model, process.env.CDKTF_OUTDIR ?? 'cdktf.out', { prebuilt: evaluation.k8s() });
} catch (error) {
  if (!(error instanceof InventoryRefusedError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
