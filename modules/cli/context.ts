// What every command shares: the output streams, the exit code it sets, and the inventory it runs on.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { BaselineEngineError, BaselineOptionError, isParameterName, selectRuleset, type BaselineSelection } from '../baseline/index.js';
import { runChecks, type CheckOptions } from '../checks/index.js';
import { loadInventory, text, type Finding, type FindingSeverity, type Lang, type LoadResult, type Text } from '../model/index.js';
import type { BaselineInfo } from '../report/index.js';
import { LOCK_FILE, readAddressLock, type AddressLock } from '../addressing/index.js';

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

/** Options of `validate` and `build` that decide which findings fail the run. */
export interface RunOptions extends CheckOptions {
  /** Lowest severity of a failing finding that makes the exit code 1 (default `error`). */
  readonly failOn?: FindingSeverity;
  /** Fingerprint → status of a previous run's findings: findings found there with the same status are hidden. */
  readonly baseline?: { readonly file: string; readonly known: ReadonlyMap<string, string> };
}

export const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 3, warning: 2, info: 1 };

/** Reads the baseline options of the command line; a bad value is a command-line error (exit 2) with a bilingual message. */
export async function runOptions(raw: {
  asOf?: string;
  ruleset?: string;
  failOn?: string;
  baseline?: string;
  param?: readonly string[];
}): Promise<{ options: RunOptions; selection: BaselineSelection } | { error: Text }> {
  const parameters: Record<string, number> = {};
  for (const p of raw.param ?? []) {
    const m = /^([A-Za-z]+)(@L[1-5])?=(\d+(?:\.\d+)?)$/.exec(p);
    if (!m || !isParameterName(m[1]!)) {
      return { error: text(`--param "${p}" không hợp lệ; cần <tên>[@L<cấp độ>]=<số>, tên trong docs/rules.md.`, `--param "${p}" is not valid; expected <name>[@L<level>]=<number> with a name from docs/rules.md.`) };
    }
    parameters[m[1]! + (m[2] ?? '')] = Number(m[3]);
  }
  const options: { -readonly [K in keyof RunOptions]: RunOptions[K] } = { parameters };
  if (raw.asOf !== undefined) options.asOf = raw.asOf;
  if (raw.ruleset !== undefined) options.ruleset = raw.ruleset;
  if (raw.failOn !== undefined) options.failOn = raw.failOn as FindingSeverity;
  let selection: BaselineSelection;
  try {
    selection = selectRuleset(options);
  } catch (error) {
    if (error instanceof BaselineOptionError) return { error: error.text };
    throw error;
  }
  options.asOf = selection.asOf;
  if (raw.baseline !== undefined) {
    const file = raw.baseline;
    let known: Map<string, string>;
    try {
      const doc = JSON.parse(await readFile(file, 'utf8')) as { findings?: { fingerprint?: unknown; status?: unknown }[] };
      if (!Array.isArray(doc.findings)) throw new Error('no findings array');
      known = new Map(doc.findings.filter((f) => typeof f.fingerprint === 'string').map((f) => [f.fingerprint as string, String(f.status)]));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { error: text(`--baseline ${file}: không đọc được báo cáo JSON của hatang (${why}).`, `--baseline ${file}: not a readable hatang JSON report (${why}).`) };
    }
    options.baseline = { file, known };
  }
  return { options, selection };
}

/** What the report says about the rule-set, date, threshold and baseline used. */
export function baselineInfo(selection: BaselineSelection, options: RunOptions, hidden: number): BaselineInfo {
  return {
    ruleset: selection.ruleset.id,
    title: selection.ruleset.title,
    asOf: selection.asOf,
    chosenBy: selection.chosenBy,
    failOn: options.failOn ?? 'error',
    baselineFile: options.baseline?.file ?? null,
    hiddenByBaseline: hidden,
    parameters: { ...(options.parameters ?? {}) },
  };
}

/** Loads an inventory for the checks, with a progress line on a terminal. */
export async function loadForCheck(path: string): Promise<LoadResult> {
  const display = progress();
  const result = await loadInventory(path, display.onFile ? { onFile: display.onFile } : {});
  display.end();
  return result;
}

/** The date to evaluate at: the command line's, else the inventory's own `asOf`, else (undefined) today. */
export function evaluationDate(explicit: string | undefined, result: LoadResult): string | undefined {
  return explicit ?? result.model?.province.asOf;
}

/** The load, the findings and the exit code; `addressLock` is the committed lock the checks used. */
type Checked = { result: LoadResult; findings: Finding[]; exit: number; hidden: number; addressLock?: AddressLock };

/** Loads the inventory and runs every check; the exit code follows docs/output.md. */
export async function check(path: string, options: RunOptions = {}): Promise<Checked> {
  return checkLoaded(path, await loadForCheck(path), options);
}

/** Runs every check on an inventory already loaded from `path` (its lock file is read here). */
export async function checkLoaded(path: string, result: LoadResult, options: RunOptions = {}): Promise<Checked> {
  if (!result.model) return { result, findings: [], exit: EXIT.invalid, hidden: 0 };
  const read = await readAddressLock(join(path, LOCK_FILE), result.model);
  if (read.diagnostics.length > 0) {
    // Checking against a broken or foreign lock would judge prefixes nobody planned: refuse, like invalid input.
    const { model: _model, ...rest } = result;
    return { result: { ...rest, diagnostics: [...result.diagnostics, ...read.diagnostics] }, findings: [], exit: EXIT.invalid, hidden: 0 };
  }
  let findings = runChecks({ model: result.model, locate: result.locate, ...(read.lock ? { addressLock: read.lock } : {}) }, options);
  let hidden = 0;
  if (options.baseline) {
    const known = options.baseline.known;
    const kept = findings.filter((f) => !(f.fingerprint && known.get(f.fingerprint) === f.status));
    hidden = findings.length - kept.length;
    findings = kept;
  }
  const threshold = SEVERITY_RANK[options.failOn ?? 'error'];
  const exit = result.diagnostics.some((d) => d.severity === 'error')
    ? EXIT.invalid
    : findings.some((f) => f.status === 'fail' && SEVERITY_RANK[f.severity] >= threshold)
      ? EXIT.findings
      : EXIT.ok;
  return { result, findings, exit, hidden, ...(read.lock ? { addressLock: read.lock } : {}) };
}

/** `check`, failing closed: a rule that throws makes the run invalid (exit 2, message on stderr), never a pass. */
export async function checkOrFail(cli: CliContext, path: string, options: RunOptions, lang: Lang, loaded?: LoadResult): Promise<Checked | undefined> {
  try {
    return await checkLoaded(path, loaded ?? (await loadForCheck(path)), options);
  } catch (error) {
    if (!(error instanceof BaselineEngineError)) throw error;
    cli.io.stderr(lang === 'vi' ? `hatang: lỗi khi chạy quy tắc, không thể kết luận: ${error.message}\n` : `hatang: a rule failed, no verdict: ${error.message}\n`);
    cli.setExit(EXIT.invalid);
    return undefined;
  }
}

/**
 * What validate, build, report and dossier all start with: the baseline options of the command line, then
 * `checkOrFail`. Undefined when either failed; the message and the exit code have then been given.
 */
export async function checkForCommand(cli: CliContext, path: string, raw: Parameters<typeof runOptions>[0], lang: Lang) {
  // Loaded first: without --as-of, the inventory's own date (Province spec.asOf) chooses the rule-set.
  const loaded = await loadForCheck(path);
  const asOf = evaluationDate(raw.asOf, loaded);
  const parsed = await runOptions({ ...raw, ...(asOf !== undefined ? { asOf } : {}) });
  if ('error' in parsed) {
    cli.io.stderr(`hatang: ${parsed.error[lang]}\n`);
    cli.setExit(EXIT.invalid);
    return undefined;
  }
  const checked = await checkOrFail(cli, path, parsed.options, lang, loaded);
  return checked ? { ...checked, options: parsed.options, selection: parsed.selection } : undefined;
}
