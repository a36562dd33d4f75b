// The `hatang` command line: reads arguments once, runs the pure modules, writes results, maps outcomes to exit codes.
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerAnnualReport } from './commands/annual-report.js';
import { registerBuild } from './commands/build.js';
import { registerDossier } from './commands/dossier.js';
import { registerFirewall } from './commands/firewall.js';
import { registerInit } from './commands/init.js';
import { registerMetrics } from './commands/metrics.js';
import { registerReport } from './commands/report.js';
import { registerRunbooks } from './commands/runbooks.js';
import { registerSchema } from './commands/schema.js';
import { registerPlan } from './commands/plan.js';
import { registerServe } from './commands/serve.js';
import { registerManifests, registerSynth } from './commands/manifests.js';
import { registerValidate } from './commands/validate.js';
import { EXIT, type CommandRegistration, type Io } from './context.js';
import type { Lang } from '../model/diagnostics.js';
import type { CliPorts } from './ports.js';
import { WriteError } from './write-error.js';
import { MissingEngineError } from '../model/engines.js';
import { localiseProgram, preferredLang } from './localise.js';

export { EXIT } from './context.js';

/** The subcommands, in the order `hatang --help` lists them. */
const COMMANDS: readonly CommandRegistration[] = [
  registerValidate,
  registerBuild,
  registerReport,
  registerDossier,
  registerAnnualReport,
  registerPlan,
  registerServe,
  registerMetrics,
  registerRunbooks,
  registerManifests,
  registerSynth,
  registerFirewall,
  registerInit,
  registerSchema,
];

const STD_IO: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
};

/**
 * Runs the CLI and returns the exit code; never calls process.exit so that tests can run it in-process. `ports`
 * hands in the optional parts the entry point wires (the cdktf stacks).
 */
export async function main(argv: readonly string[], io: Io = STD_IO, ports: CliPorts = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  // The language of help and parser errors, read before parsing; then the language of the command that runs.
  let lang: Lang = preferredLang(argv);
  // Configured before the subcommands are added: they inherit help, output, suggestions and exitOverride.
  const program = localiseProgram(new Command().name('hatang'), lang, { out: io.stdout, err: io.stderr })
    // English here; the help shows them through the Vietnamese table of help-text.ts under --lang vi.
    .description('Hạ tầng: validate and build the infrastructure of a Vietnamese provincial government data centre from its YAML inventory.')
    .version(pkg.version, '-V, --version', 'output the version number')
    .option('--progress', 'show the progress of slow steps on stderr even when it is not a terminal');
  let progressForced = false;
  const cli = { io, version: pkg.version, ports, setExit: (code: number) => void (exitCode = code), progressForced: () => progressForced };
  for (const register of COMMANDS) register(program, cli);
  program.hook('preAction', (_program, command) => {
    const chosen = (command.opts() as { lang?: unknown }).lang;
    if (chosen === 'en' || chosen === 'vi') lang = chosen;
    progressForced = program.opts<{ progress?: boolean }>().progress === true;
  });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.invalid;
    }
    // An output that cannot be written (permission, read-only or full disk, a file where a folder is needed…) is a
    // problem of the environment, not a bug: one line naming the path and the reason, exit 2, no stack trace.
    // An optional engine (cdktf, Pulumi, Playwright) that is not installed: the npm command that installs it, exit 2.
    if (error instanceof WriteError || error instanceof MissingEngineError) {
      io.stderr(`hatang: ${error.text[lang]}\n`);
      return EXIT.invalid;
    }
    io.stderr(`hatang: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
  return exitCode;
}
