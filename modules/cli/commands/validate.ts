import { renderValidationText, validationReport } from '../../report/index.js';
import { check, defaultInventory, type CommandRegistration, type CommonOptions } from '../context.js';
import { commonOptions } from './common.js';

export const registerValidate: CommandRegistration = (program, cli) => {
  commonOptions(program.command('validate'))
    .description('check an inventory: schema, names and references between objects')
    .action(async (dir: string | undefined, options: CommonOptions) => {
      const path = dir ?? defaultInventory();
      const { result, findings, exit } = await check(path);
      const report = validationReport(path, result, findings, cli.version);
      cli.io.stdout(options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderValidationText(report, result, options.lang));
      cli.setExit(exit);
    });
};
