import { Option } from 'commander';
import { select, SelectionError } from '../../evaluation/index.js';
import { collectMetrics, renderMetrics, type ExpositionFormat } from '../../metrics/index.js';
import { formatDiagnostic, todayUtc, type Lang } from '../../model/index.js';
import { defaultInventory, EXIT, type CommandRegistration } from '../context.js';
import { judge } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export const registerMetrics: CommandRegistration = (program, cli) => {
  program
    .command('metrics')
    .description('write the inventory metrics once: to stdout, or atomically to a file for node_exporter\'s textfile collector')
    .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
    .option('--textfile <path>', 'write to this file (e.g. /var/lib/prometheus/node-exporter/hatang.prom) instead of stdout')
    .option('--as-of <date>', 'evaluate evidence ages and expiries at this date (YYYY-MM-DD; default: today, UTC)')
    .option('--ruleset <id>', 'rule-set of the checks (default: the one in force at the date)')
    .addOption(new Option('--format <format>', 'exposition format').choices(['prometheus', 'openmetrics']).default('prometheus'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (dir: string | undefined, options: { textfile?: string; asOf?: string; ruleset?: string; format: ExpositionFormat; lang: Lang }) => {
      const { io } = cli;
      const vi = options.lang === 'vi';
      const path = dir ?? defaultInventory();
      // Metrics follow today unless --as-of says otherwise (not the inventory's own date).
      const judged = await judge(cli, path, { ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.ruleset ? { ruleset: options.ruleset } : {}) }, options.lang, { defaultAsOf: 'today' });
      if (!judged) return;
      const load = judged.ok ? judged.evaluation.load : judged.opened.load;
      for (const d of load.diagnostics) io.stderr(formatDiagnostic(d, options.lang) + '\n');
      if (!judged.ok) {
        // The textfile keeps its last good content: node_exporter goes on exporting it.
        if (options.textfile) io.stderr(vi ? `Không ghi ${options.textfile}: kho dữ liệu có lỗi.\n` : `Did not write ${options.textfile}: the inventory has errors.\n`);
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
    });
};

/** The message for a malformed --as-of or an unknown --ruleset (the baseline's own checks), or undefined. */
export function dateOrRulesetProblem(asOf: string | undefined, ruleset: string | undefined, lang: Lang): string | undefined {
  if (asOf === undefined && ruleset === undefined) return undefined;
  try {
    select({ ...(asOf !== undefined ? { asOf } : {}), ...(ruleset !== undefined ? { ruleset } : {}) }, { today: todayUtc() });
    return undefined;
  } catch (error) {
    if (error instanceof SelectionError) return error.text[lang];
    throw error;
  }
}

/** `host:port` or `[v6]:port`; port 0 asks the system for a free one. */
export function parseListen(s: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(s);
  if (!m) return undefined;
  const port = Number(m[3]);
  if (port > 65535) return undefined;
  return { host: (m[1] ?? m[2])!, port };
}
