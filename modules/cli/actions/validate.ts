// `hatang validate`: the action, loaded only when the command runs (modules/cli/commands/validate.ts registers it).
import type { Lang, LoadResult } from '../../model/index.js';
import { renderJunit, renderSarif, renderValidationText, validationReport, type ValidationReport } from '../../report/index.js';
import { jsonChunks } from '../../report/json-stream.js';
import { renderSummary } from '../../report/summary.js';
import { PLAIN_STYLE, type TextStyle } from '../../report/validation.js';
import { styleFor } from '../terminal.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { baselineInfo, judge } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export type ValidateCliOptions = CommonOptions &
  BaselineCliOptions & {
    readonly sarifAll?: boolean;
    /** `--output <format>=<path>`, repeatable. */
    readonly output?: string[];
    /** Whether --format was given on the command line (with --output only, nothing goes to standard output). */
    readonly formatGiven?: boolean;
  };

/** The formats `--output` writes (docs/output.md). */
export const OUTPUT_FORMATS = ['json', 'sarif', 'junit', 'summary', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface OutputSpec {
  readonly format: OutputFormat;
  readonly path: string;
}

/** The `--output` values as specs, or the message of the first bad one (naming it and its position). */
export function parseOutputs(values: readonly string[], lang: Lang): { specs: OutputSpec[] } | { error: string } {
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const specs: OutputSpec[] = [];
  for (const [i, value] of values.entries()) {
    const at = say(`--output thứ ${i + 1} ("${value}")`, `--output #${i + 1} ("${value}")`);
    const eq = value.indexOf('=');
    const format = eq < 0 ? '' : value.slice(0, eq);
    const path = eq < 0 ? '' : value.slice(eq + 1);
    const known = OUTPUT_FORMATS.join(', ');
    if (eq < 0)
      return { error: say(`${at}: cần có dạng <định dạng>=<đường dẫn>, ví dụ json=out/v.json`, `${at}: expected <format>=<path>, e.g. json=out/v.json`) };
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
      return {
        error: say(`${at}: định dạng "${format}" không được hỗ trợ (chọn một trong: ${known})`, `${at}: unknown format "${format}" (one of: ${known})`),
      };
    }
    if (path === '') return { error: say(`${at}: thiếu đường dẫn sau dấu =`, `${at}: the path after = is missing`) };
    const twice = specs.findIndex((s) => s.path === path);
    if (twice >= 0)
      return { error: say(`${at}: tệp ${path} đã được chỉ cho --output thứ ${twice + 1}`, `${at}: ${path} is already the path of --output #${twice + 1}`) };
    specs.push({ format: format as OutputFormat, path });
  }
  return { specs };
}

/** The text of `report` in `format`, as pieces (JSON is never built as one string). */
function rendered(
  cli: CliContext,
  format: string,
  report: ValidationReport,
  load: LoadResult,
  options: ValidateCliOptions,
  style: TextStyle = PLAIN_STYLE,
): Iterable<string> {
  switch (format) {
    case 'json':
      // In pieces, never as one string: the report of a large inventory can be longer than a string may be.
      return jsonChunks(report);
    case 'sarif':
      return [renderSarif(report, { toolVersion: cli.version, all: options.sarifAll === true })];
    case 'junit':
      return [renderJunit(report, options.lang)];
    case 'summary':
      return [renderSummary(report, options.lang)];
    default:
      return [renderValidationText(report, load, options.lang, style)];
  }
}

export async function runValidate(cli: CliContext, dir: string | undefined, options: ValidateCliOptions): Promise<void> {
  const parsed = parseOutputs(options.output ?? [], options.lang);
  if ('error' in parsed) {
    cli.io.stderr(`hatang: ${parsed.error}\n`);
    cli.setExit(EXIT.invalid);
    return;
  }
  const path = inventoryFolder(cli, dir, options.lang, 'validate');
  if (path === undefined) return;
  const judged = await judge(cli, path, options, options.lang);
  if (!judged) return;
  const load = judged.ok ? judged.evaluation.load : judged.opened.load;
  const findings = judged.ok ? judged.findings : [];
  // The annex grid reads every finding of the evaluation, also those --baseline hides (docs/output.md).
  const annex = judged.ok ? judged.evaluation.annex() : null;
  const report = validationReport(judged.path, load, findings, cli.version, baselineInfo(judged.ok ? judged : { ...judged, hidden: 0 }), annex);
  // Every file, also for an invalid inventory (its SARIF and JUnit say so); one after the other, each atomically.
  for (const spec of parsed.specs) await writeFileAtomic(spec.path, rendered(cli, spec.format, report, load, options));
  // With --output only, standard output stays empty; an explicit --format still prints there (docs/output.md).
  if (parsed.specs.length === 0 || options.formatGiven === true) {
    // Colour only on a terminal (or FORCE_COLOR), and only in the table; files written with --output never get any.
    for (const chunk of rendered(cli, options.format, report, load, options, styleFor(cli.io, 'stdout'))) cli.io.stdout(chunk);
  }
  cli.setExit(judged.exit);
}
