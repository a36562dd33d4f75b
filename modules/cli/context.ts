// What every command shares: the output streams, the exit code it sets, and the inventory it runs on.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runChecks, type CheckOptions } from '../checks/index.js';
import { loadInventory, type Finding, type Lang, type LoadResult } from '../model/index.js';

/** Exit codes (docs/output.md): 0 clean, 1 failing findings, 2 invalid input or command line, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 3 } as const;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

/** Handed to every command's `register`; `setExit` records the process exit code the command decided on. */
export interface CliContext {
  readonly io: Io;
  readonly version: string;
  readonly setExit: (code: number) => void;
}

/** A subcommand: adds itself, its options and its action to the program. */
export type CommandRegistration = (program: Command, cli: CliContext) => void;

export interface CommonOptions {
  readonly format: string;
  readonly lang: Lang;
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []));

/** The bundled Quảng Ngãi inventory, shown relative to the working directory when it lies below it. */
export function defaultInventory(cwd = process.cwd()): string {
  const bundled = join(packageRoot, 'inventory', 'quang-ngai');
  const rel = relative(cwd, bundled);
  return rel && !rel.startsWith('..') ? rel : bundled;
}

/** A one-line progress display on an interactive terminal; silent in CI and when output is redirected. */
export function progress(): { onFile?: (done: number, total: number, file: string) => void; end: () => void } {
  const stream = process.stderr;
  if (!stream.isTTY || process.env.CI) return { end: () => {} };
  let shown = false;
  return {
    onFile: (done, total, file) => {
      if (total < 5) return;
      shown = true;
      stream.write(`\r\x1b[K[${done + 1}/${total}] ${file}`);
    },
    end: () => {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/** Loads the inventory and runs every check; the exit code follows docs/output.md. */
export async function check(path: string, options: CheckOptions = {}): Promise<{ result: LoadResult; findings: Finding[]; exit: number }> {
  const display = progress();
  const result = await loadInventory(path, display.onFile ? { onFile: display.onFile } : {});
  display.end();
  const findings = result.model ? runChecks({ model: result.model, locate: result.locate }, options) : [];
  const exit = result.diagnostics.some((d) => d.severity === 'error')
    ? EXIT.invalid
    : findings.some((f) => f.status === 'fail' && f.severity === 'error')
      ? EXIT.findings
      : EXIT.ok;
  return { result, findings, exit };
}
