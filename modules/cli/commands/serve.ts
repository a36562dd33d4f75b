import { Option } from 'commander';
import type { ServeCliOptions } from '../actions/serve.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';

export const registerServe: CommandRegistration = (program, cli) => {
  program
    .command('serve')
    .description('serve the inventory as Prometheus metrics on HTTP (/metrics, /healthz); reload on file change or SIGHUP')
    .argument('[dir]', DIR_ARGUMENT)
    .option('--listen <host:port>', 'address to listen on; loopback unless told otherwise', '127.0.0.1:9464')
    .option('--as-of <date>', 'evaluate evidence ages and expiries at this date (YYYY-MM-DD; default: today, UTC)')
    .option('--ruleset <id>', 'rule-set of the checks (default: the one in force at the date)')
    .option('--no-watch', 'do not watch the folder; reload only on SIGHUP')
    .option('--reload-timeout <seconds>', 'a reload whose reading of the folder takes longer fails (a FIFO, a hung mount)', '30')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (dir: string | undefined, options: ServeCliOptions) => {
      const { runServe } = await import('../actions/serve.js');
      await runServe(cli, dir, options);
    });
};
