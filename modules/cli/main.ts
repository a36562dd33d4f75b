// The `hatang` command line: reads arguments once, runs the pure modules, writes results, maps outcomes to exit codes.
import { Command, CommanderError, Option } from 'commander';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInventory, type Finding, type Lang, type LoadResult } from '../model/index.js';
import { renderValidationText, validationReport } from '../report/index.js';
import pkg from '../../package.json' with { type: 'json' };
import { writeFileAtomic } from './write.js';

/** Exit codes (docs/output.md): 0 clean, 1 failing findings, 2 invalid input or command line, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 3 } as const;

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []));

/** The bundled Quảng Ngãi inventory, shown relative to the working directory when it lies below it. */
export function defaultInventory(cwd = process.cwd()): string {
  const bundled = join(packageRoot, 'inventory', 'quang-ngai');
  const rel = relative(cwd, bundled);
  return rel && !rel.startsWith('..') ? rel : bundled;
}

interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

interface CommonOptions {
  readonly format: 'table' | 'json';
  readonly lang: Lang;
}

/** Runs the CLI and returns the exit code; never calls process.exit so that tests can run it in-process. */
export async function main(argv: readonly string[], io: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('hatang')
    .description('Hạ tầng: validate and build the infrastructure of a Vietnamese provincial government data centre from its YAML inventory.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(hatang --help)');

  const common = (cmd: Command) =>
    cmd
      .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'));

  common(program.command('validate'))
    .description('check an inventory: schema, names and references between objects')
    .action(async (dir: string | undefined, options: CommonOptions) => {
      const path = dir ?? defaultInventory();
      const { result, findings, exit } = await check(path);
      const report = validationReport(path, result, findings, pkg.version);
      io.stdout(options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderValidationText(report, result, options.lang));
      exitCode = exit;
    });

  common(program.command('build'))
    .description('the main job: validate an inventory and write the resolved model and the validation result')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .action(async (dir: string | undefined, options: CommonOptions & { out?: string }) => {
      const path = dir ?? defaultInventory();
      const out = options.out ?? join('out', basename(resolve(path)));
      const { result, findings, exit } = await check(path);
      const report = validationReport(path, result, findings, pkg.version);
      const written: string[] = [];
      const write = async (name: string, content: string) => {
        const target = join(out, name);
        await writeFileAtomic(target, content);
        written.push(target);
      };
      await write('validation.json', JSON.stringify(report, null, 2) + '\n');
      if (result.model) await write('model.json', JSON.stringify(result.model, null, 2) + '\n');
      if (options.format === 'json') {
        io.stdout(JSON.stringify({ ...report, outputs: written }, null, 2) + '\n');
      } else {
        io.stdout(renderValidationText(report, result, options.lang));
        const label = options.lang === 'vi' ? 'Đã ghi' : 'Wrote';
        for (const file of written) io.stdout(`${label} ${file}\n`);
      }
      exitCode = exit;
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.invalid;
    }
    io.stderr(`hatang: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
  return exitCode;
}

/** A one-line progress display on an interactive terminal; silent in CI and when output is redirected. */
function progress(): { onFile?: (done: number, total: number, file: string) => void; end: () => void } {
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

async function check(path: string): Promise<{ result: LoadResult; findings: Finding[]; exit: number }> {
  const display = progress();
  const result = await loadInventory(path, display.onFile ? { onFile: display.onFile } : {});
  display.end();
  const findings: Finding[] = [];
  const exit = result.diagnostics.some((d) => d.severity === 'error')
    ? EXIT.invalid
    : findings.some((f) => f.status === 'fail' && f.severity === 'error')
      ? EXIT.findings
      : EXIT.ok;
  return { result, findings, exit };
}

