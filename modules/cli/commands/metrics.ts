import { Option } from 'commander';
import type { MetricsCliOptions } from '../actions/metrics.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';

export const registerMetrics: CommandRegistration = (program, cli) => {
  program
    .command('metrics')
    .description("write the inventory metrics once: to stdout, or atomically to a file for node_exporter's textfile collector")
    .argument('[dir]', DIR_ARGUMENT)
    .option('--textfile <path>', 'write to this file (e.g. /var/lib/prometheus/node-exporter/hatang.prom) instead of stdout')
    .option('--as-of <date>', 'evaluate evidence ages and expiries at this date (YYYY-MM-DD; default: today, UTC)')
    .option('--ruleset <id>', 'rule-set of the checks (default: the one in force at the date)')
    .addOption(new Option('--format <format>', 'exposition format').choices(['prometheus', 'openmetrics']).default('prometheus'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (dir: string | undefined, options: MetricsCliOptions) => {
      const { runMetrics } = await import('../actions/metrics.js');
      await runMetrics(cli, dir, options);
    });
};
