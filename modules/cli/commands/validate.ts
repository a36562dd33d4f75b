import type { ValidateCliOptions } from '../actions/validate.js';
import type { CommandRegistration } from '../context.js';
import { baselineOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerValidate: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('validate'), ['table', 'json', 'sarif', 'junit']))
    .description('check an inventory: schema, names, references, and the security-level baseline of every system')
    .option('--sarif-all', 'SARIF: also list manual, waived (suppressed) and due findings; by default only failing ones, which code scanning can close')
    .action(async (dir: string | undefined, options: ValidateCliOptions) => {
      const { runValidate } = await import('../actions/validate.js');
      await runValidate(cli, dir, options);
    });
};
