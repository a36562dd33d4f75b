// `hatang plan`: allocate the address requests, print the plan and what it changes in the lock file (written only with
// --write-lock), or the diff of two plans.
import { Option } from 'commander';
import type { PlanCliOptions } from '../actions/plan.js';
import type { CommandRegistration } from '../context.js';
import { commonOptions } from './common.js';
import { LOCK_FILE } from '../../addressing/lock-name.js';

export const registerPlan: CommandRegistration = (program, cli) => {
  commonOptions(program.command('plan'), ['table', 'json', 'csv'])
    .description('plan addresses: allocate size requests, print pools, utilisation, every prefix and what changes in the lock file (--write-lock writes it)')
    .option('--lock <file>', `lock file (default: <dir>/${LOCK_FILE})`)
    .option('--write-lock', 'write the lock file when the plan changes it (without this option plan writes nothing)')
    .addOption(new Option('--frozen', 'never write the lock; exit 1 when it would change (for CI)').conflicts('writeLock'))
    .option(
      '--release [key...]',
      'give up lock entries (with --write-lock to keep it): without a key, those whose request is gone or changed; with lock keys or object names (agencies/xa-an-phu), exactly those, also to renumber an object another one now overlaps',
    )
    // Before plan was read-only by default, --no-write asked for what is now the default; scripts that pass it still work.
    .addOption(new Option('--no-write', 'write nothing (the default)').hideHelp().conflicts('writeLock'))
    .addOption(
      new Option(
        '--force-lock-write',
        'write the lock file like --write-lock, even when it is read-only, not writable by you, or a symbolic link (keeps its mode; a link is replaced by a file)',
      )
        .implies({ writeLock: true })
        .conflicts('frozen'),
    )
    .option('--diff <git-ref|folder>', 'list prefixes and flows added, removed or changed since a git revision or another inventory folder')
    .addOption(new Option('--as-of <date>', 'date for age checks such as the yearly review of TSLCD pools (YYYY-MM-DD)'))
    .action(async (dir: string | undefined, options: PlanCliOptions) => {
      const { runPlan } = await import('../actions/plan.js');
      await runPlan(cli, dir, options);
    });
};
