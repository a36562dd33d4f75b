import type { Command } from 'commander';
import type { ValidateCliOptions } from '../actions/validate.js';
import type { CommandRegistration } from '../context.js';
import { baselineOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerValidate: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('validate'), ['table', 'json', 'sarif', 'junit']))
    .description('check an inventory: schema, names, references, and the security-level baseline of every system')
    .option('--sarif-all', 'SARIF: also list manual, waived (suppressed) and due findings; by default only failing ones, which code scanning can close')
    .option(
      '--output <format=path>',
      'also write the report in a format (json, sarif, junit, summary, table) to a file, e.g. sarif=out/v.sarif; repeatable; with --output and no --format, nothing is printed',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .action(async (dir: string | undefined, options: ValidateCliOptions, command: Command) => {
      const { runValidate } = await import('../actions/validate.js');
      await runValidate(cli, dir, { ...options, formatGiven: command.getOptionValueSource('format') === 'cli' });
    });
};
