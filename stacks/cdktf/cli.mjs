#!/usr/bin/env node
// `npm run cdktf -- <command> [options]` (e.g. `npm run cdktf -- synth`): the cdktf CLI pinned in package.json, with
// its calls to HashiCorp's servers turned off, so that it works offline and nothing leaves the data centre's network.
// CHECKPOINT_DISABLE stops cdktf's telemetry and Terraform's own version check (cdktf-cli runs `terraform version`);
// DISABLE_VERSION_CHECK stops the look-up of the newest cdktf-cli on the npm registry (in a terminal). cdktf-cli reads
// both from its own environment only: cdktf.json's `app` runs in a child process, and the CLI reads no `.env` file.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the wrapper sets in the CLI's environment, whatever was there before. */
export const OFFLINE_ENV = Object.freeze({ CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1' });

/** The path of the cdktf-cli executable this package depends on. */
export function cdktfBin() {
  const manifest = createRequire(import.meta.url).resolve('cdktf-cli/package.json');
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.cdktf);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const child = spawn(process.execPath, [cdktfBin(), ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...OFFLINE_ENV } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
