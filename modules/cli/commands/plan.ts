// `hatang plan`: allocate the address requests, keep and write the lock file, print the plan or the diff of two plans.
import { Option } from 'commander';
import type { PlanCliOptions } from '../actions/plan.js';
import type { CommandRegistration } from '../context.js';
import { commonOptions } from './common.js';
import { LOCK_FILE } from '../../addressing/lock-name.js';

export const registerPlan: CommandRegistration = (program, cli) => {
  commonOptions(program.command('plan'), ['table', 'json', 'csv'])
    .description('plan addresses: allocate size requests, keep the lock file, print pools, utilisation and every prefix')
    .option('--lock <file>', `lock file (default: <dir>/${LOCK_FILE})`)
    .option('--frozen', 'never write the lock; exit 1 when it would change (for CI)')
    .option('--release', 'drop lock entries whose request is gone or changed, so that their prefixes can be reused')
    .option('--no-write', 'plan without writing the lock file')
    .option(
      '--force-lock-write',
      'rewrite the lock file even when it is read-only, not writable by you, or a symbolic link (keeps its mode; a link is replaced by a file)',
    )
    .option('--diff <git-ref|folder>', 'list prefixes and flows added, removed or changed since a git revision or another inventory folder')
    .addOption(new Option('--as-of <date>', 'date for age checks such as the yearly review of TSLCD pools (YYYY-MM-DD)'))
    .action(async (dir: string | undefined, options: PlanCliOptions) => {
      const { runPlan } = await import('../actions/plan.js');
      await runPlan(cli, dir, options);
    });
};
