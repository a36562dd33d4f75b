import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { defaultInventory, type CommandRegistration, type CommonOptions } from '../context.js';
import { baselineInfo, judge } from '../pipeline.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerValidate: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('validate'), ['table', 'json', 'sarif', 'junit']))
    .description('check an inventory: schema, names, references, and the security-level baseline of every system')
    .action(async (dir: string | undefined, options: CommonOptions & BaselineCliOptions) => {
      const path = dir ?? defaultInventory();
      const judged = await judge(cli, path, options, options.lang);
      if (!judged) return;
      const load = judged.ok ? judged.evaluation.load : judged.opened.load;
      const findings = judged.ok ? judged.findings : [];
      const report = validationReport(path, load, findings, cli.version, baselineInfo(judged.ok ? judged : { ...judged, hidden: 0 }));
      const out =
        options.format === 'json'
          ? JSON.stringify(report, null, 2) + '\n'
          : options.format === 'sarif'
            ? renderSarif(report, { toolVersion: cli.version })
            : options.format === 'junit'
              ? renderJunit(report, options.lang)
              : renderValidationText(report, load, options.lang);
      cli.io.stdout(out);
      cli.setExit(judged.exit);
    });
};
