// The cdktf app (`cdktf.json` runs the compiled form of this file): one stack per cluster of the inventory that
// `hatang synth` recorded in the output folder, else of HATANG_INVENTORY (default: the bundled Quảng Ngãi
// inventory). `cdktf synth` sets the output folder. The logic is in app.ts.
import { runApp } from './app.js';

const result = await runApp({ HATANG_INVENTORY: process.env.HATANG_INVENTORY, CDKTF_OUTDIR: process.env.CDKTF_OUTDIR });
for (const line of result.errors) process.stderr.write(`${line}\n`);
process.exitCode = result.code;
