// What every command shares: the output streams, the exit code it sets, the ports to optional parts.
import type { Command } from 'commander';
import type { Lang } from '../model/index.js';
import type { CliPorts } from './ports.js';

/** Exit codes (docs/output.md): 0 clean, 1 failing findings, 2 invalid input or command line, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 3 } as const;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Which streams are terminals (colour and live progress); absent: neither, as in tests and pipes. */
  readonly isTTY?: { readonly stdout?: boolean; readonly stderr?: boolean };
}

/** Handed to every command's `register`; `setExit` records the process exit code the command decided on. */
export interface CliContext {
  readonly io: Io;
  readonly version: string;
  readonly setExit: (code: number) => void;
  readonly ports: CliPorts;
  /** Whether --progress was given (progress on standard error even when it is not a terminal). */
  readonly progressForced: () => boolean;
}

/** A subcommand: adds itself, its options and its action to the program. */
export type CommandRegistration = (program: Command, cli: CliContext) => void;

export interface CommonOptions {
  readonly format: string;
  readonly lang: Lang;
}
