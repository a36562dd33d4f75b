import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { baselineInfo, checkForCommand, defaultInventory, type CommandRegistration, type CommonOptions } from '../context.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerValidate: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('validate'), ['table', 'json', 'sarif', 'junit']))
    .description('check an inventory: schema, names, references, and the security-level baseline of every system')
    .action(async (dir: string | undefined, options: CommonOptions & BaselineCliOptions) => {
      const path = dir ?? defaultInventory();
      const checked = await checkForCommand(cli, path, options, options.lang);
      if (!checked) return;
      const { result, findings, exit, hidden } = checked;
      const report = validationReport(path, result, findings, cli.version, baselineInfo(checked.selection, checked.options, hidden));
      const out =
        options.format === 'json'
          ? JSON.stringify(report, null, 2) + '\n'
          : options.format === 'sarif'
            ? renderSarif(report, { toolVersion: cli.version })
            : options.format === 'junit'
              ? renderJunit(report, options.lang)
              : renderValidationText(report, result, options.lang);
      cli.io.stdout(out);
      cli.setExit(exit);
    });
};
