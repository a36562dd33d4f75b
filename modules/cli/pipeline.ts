// The path every judging command takes: read the options, open the inventory, select the rule-set once, evaluate,
// then hide what the --baseline report already had and decide the exit code. Errors end here, each one way:
// a bad option or a rule that throws is reported and exits 2; an invalid inventory is handed back to the command
// (it decides how to show the diagnostics). Paths enter here: an absolute inventory or lock path inside the working
// directory is made relative to it first, so that no output carries the absolute path (docs/output.md, paths).
import { isAbsolute, relative, sep } from 'node:path';
import type { Release } from '../addressing/index.js';
import { evaluate, isValid, openInventory, select, SelectionError, type Evaluation, type OpenedInventory, type Selection } from '../evaluation/index.js';
import { todayUtc, type Finding, type Lang } from '../model/index.js';
import type { BaselineInfo } from '../report/index.js';
import { groupSharedCauses, RuleError, SEVERITY_RANK } from '../rules/index.js';
import { EXIT, type CliContext } from './context.js';
import { readRunOptions, type RawRunOptions, type RunOptions } from './options.js';
import { progressFor } from './terminal.js';

/** A valid inventory, judged. `findings` are the ones to show (without those hidden by --baseline). */
export interface Judged {
  readonly ok: true;
  /** The inventory path as outputs show it (see shownPath). */
  readonly path: string;
  readonly evaluation: Evaluation;
  readonly findings: readonly Finding[];
  readonly hidden: number;
  readonly exit: number;
  readonly options: RunOptions;
  readonly selection: Selection;
}

/** An inventory (or lock) with errors: nothing was judged; exit 2. */
export interface Refused {
  readonly ok: false;
  /** The inventory path as outputs show it (see shownPath). */
  readonly path: string;
  readonly opened: OpenedInventory;
  readonly exit: typeof EXIT.invalid;
  readonly options: RunOptions;
  readonly selection: Selection;
}

export interface PipelineOptions {
  /** `hatang plan --release [key...]`. */
  readonly release?: Release;
  /** `hatang plan --lock`. */
  readonly lockPath?: string;
  /** The date when none is given (metrics follow today rather than the inventory's own date). */
  readonly defaultAsOf?: 'inventory' | 'today';
}

function fail(cli: CliContext, message: string): undefined {
  cli.io.stderr(`hatang: ${message}\n`);
  cli.setExit(EXIT.invalid);
  return undefined;
}

/**
 * A path as outputs show it: an absolute path inside the working directory becomes relative to it (`.` for the
 * directory itself); a relative path, or an absolute one outside the working directory, stays as given.
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

/** Opens, selects and evaluates; undefined when an option or a rule failed (the message and exit code are given). */
export async function judge(
  cli: CliContext,
  given: string,
  raw: RawRunOptions,
  lang: Lang,
  extra: PipelineOptions = {},
): Promise<Judged | Refused | undefined> {
  const read = await readRunOptions(raw);
  if ('error' in read) return fail(cli, read.error[lang]);
  const { options } = read;
  const path = shownPath(given);
  const display = progressFor(cli.io, lang, cli.progressForced());
  const lockPath = extra.lockPath !== undefined ? shownPath(extra.lockPath) : undefined;
  const opened = await display.step({ vi: `Đang đọc ${path}`, en: `Reading ${path}` }, () =>
    openInventory(path, { ...(lockPath ? { lockPath } : {}), ...(display.onFile ? { onFile: display.onFile } : {}) }),
  );
  display.end();
  let selection: Selection;
  try {
    const inventoryAsOf = extra.defaultAsOf === 'today' ? undefined : opened.model?.province.asOf;
    selection = select(options.request, { inventoryAsOf, today: todayUtc() });
  } catch (error) {
    if (error instanceof SelectionError) return fail(cli, error.text[lang]);
    throw error;
  }
  if (!isValid(opened)) return { ok: false, path, opened, exit: EXIT.invalid, options, selection };
  let evaluation: Evaluation;
  try {
    evaluation = await display.step({ vi: 'Đang đánh giá theo bộ quy tắc', en: 'Evaluating the rules' }, () =>
      evaluate(opened, selection, extra.release ? { release: extra.release } : {}),
    );
  } catch (error) {
    // Fail closed: a rule that throws makes the run invalid, never a pass.
    if (error instanceof RuleError)
      return fail(cli, lang === 'vi' ? `lỗi khi chạy quy tắc, không thể kết luận: ${error.message}` : `a rule failed, no verdict: ${error.message}`);
    throw error;
  }
  return { ok: true, path, evaluation, selection, options, ...verdict(evaluation, options) };
}

/** Findings to show and the exit code (docs/output.md). */
function verdict(evaluation: Evaluation, options: RunOptions): { findings: Finding[]; hidden: number; exit: number } {
  let findings = [...evaluation.findings];
  let hidden = 0;
  if (options.baseline) {
    const known = options.baseline.known;
    const kept = findings.filter((f) => !(f.fingerprint && known.get(f.fingerprint) === f.status));
    // Counted as the outputs list them: a cause shared by several systems is one finding (modules/rules/group.ts).
    hidden = groupSharedCauses(findings).length - groupSharedCauses(kept).length;
    findings = kept;
  }
  const threshold = SEVERITY_RANK[options.failOn];
  const counts = (f: Finding) => f.status === 'fail' || (options.failOnDue && f.status === 'due');
  const failing = findings.some((f) => counts(f) && SEVERITY_RANK[f.severity] >= threshold);
  return { findings, hidden, exit: failing ? EXIT.findings : EXIT.ok };
}

/** `judge`, for commands that need a valid inventory: an invalid one is reported in one line, exit 2. */
export async function judgeValid(cli: CliContext, path: string, raw: RawRunOptions, lang: Lang, extra: PipelineOptions = {}): Promise<Judged | undefined> {
  const judged = await judge(cli, path, raw, lang, extra);
  if (!judged || judged.ok) return judged;
  return fail(
    cli,
    lang === 'vi'
      ? `inventory ${path} không hợp lệ; chạy \`hatang validate ${path}\` để xem lỗi.`
      : `the inventory ${path} is not valid; run \`hatang validate ${path}\` to see the errors.`,
  );
}

/** What the reports say about the rule-set, date, threshold and baseline used. */
export function baselineInfo(judged: Pick<Judged, 'selection' | 'options'> & { readonly hidden?: number }): BaselineInfo {
  const { selection, options } = judged;
  return {
    ruleset: selection.ruleset.id,
    title: selection.ruleset.title,
    asOf: selection.asOf,
    chosenBy: selection.chosenBy,
    failOn: options.failOn,
    failOnDue: options.failOnDue,
    warnings: selection.warnings,
    baselineFile: options.baseline?.file ?? null,
    hiddenByBaseline: judged.hidden ?? 0,
    parameters: { ...selection.parameters },
  };
}
