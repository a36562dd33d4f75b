// `hatang metrics`: the action, loaded only when the command runs (modules/cli/commands/metrics.ts registers it).
import { collectMetrics, renderMetrics, type ExpositionFormat } from '../../metrics/index.js';
import { formatDiagnostic, type Lang } from '../../model/index.js';
import { EXIT, type CliContext } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { judge } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export interface MetricsCliOptions {
  textfile?: string;
  asOf?: string;
  ruleset?: string;
  format: ExpositionFormat;
  lang: Lang;
}

export async function runMetrics(cli: CliContext, dir: string | undefined, options: MetricsCliOptions): Promise<void> {
  const { io } = cli;
  const vi = options.lang === 'vi';
  const path = inventoryFolder(cli, dir, options.lang, 'metrics');
  if (path === undefined) return;
  // Metrics follow today unless --as-of says otherwise (not the inventory's own date).
  const judged = await judge(
    cli,
    path,
    { ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.ruleset ? { ruleset: options.ruleset } : {}) },
    options.lang,
    { defaultAsOf: 'today' },
  );
  if (!judged) return;
  const load = judged.ok ? judged.evaluation.load : judged.opened.load;
  for (const d of load.diagnostics) io.stderr(formatDiagnostic(d, options.lang) + '\n');
  if (!judged.ok) {
    // The textfile keeps its last good content: node_exporter goes on exporting it.
    if (options.textfile)
      io.stderr(vi ? `Không ghi ${options.textfile}: kho dữ liệu có lỗi.\n` : `Did not write ${options.textfile}: the inventory has errors.\n`);
    return cli.setExit(EXIT.invalid);
  }
  const samples = collectMetrics({ evaluation: judged.evaluation, version: cli.version });
  const content = await renderMetrics(samples, options.format);
  if (options.textfile) {
    await writeFileAtomic(options.textfile, content);
    io.stderr(`${vi ? 'Đã ghi' : 'Wrote'} ${options.textfile}\n`);
  } else {
    io.stdout(content);
  }
  cli.setExit(EXIT.ok);
}
