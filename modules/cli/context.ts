// What every command shares: the output streams, the exit code it sets, the ports to optional parts, and where
// the bundled inventory is.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Lang } from '../model/index.js';
import type { CliPorts } from './ports.js';

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
  readonly ports: CliPorts;
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
