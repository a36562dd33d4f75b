import type { RunbooksCliOptions } from '../actions/runbooks.js';
import type { CommandRegistration } from '../context.js';
import { commonOptions } from './common.js';

export const registerRunbooks: CommandRegistration = (program, cli) => {
  commonOptions(program.command('runbooks'), ['table', 'json'])
    .description(
      'write the runbooks generated from an inventory (DR failover/failback, restore drills, IPv6, TSLCD, incident response), or check the committed ones',
    )
    .option('--out <dir>', 'output folder (default: runbooks/<inventory folder name>)')
    .option('--check', 'write nothing; exit 1 when the files in --out differ from what the inventory generates')
    .option('--ruleset <id>', 'rule-set printed in the runbooks and used for the assessment checklists (default: the one in force at --as-of)')
    .option('--as-of <date>', "date the checks behind the assessment checklists are evaluated at, YYYY-MM-DD (default: the inventory's asOf, else today)")
    .action(async (dir: string | undefined, options: RunbooksCliOptions) => {
      const { runRunbooks } = await import('../actions/runbooks.js');
      await runRunbooks(cli, dir, options);
    });
};
