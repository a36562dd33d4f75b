import { Option } from 'commander';
import type { AnnualReportCliOptions } from '../actions/annual-report.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';
import { baselineOptions } from './baseline-options.js';

export const registerAnnualReport: CommandRegistration = (program, cli) => {
  baselineOptions(
    program
      .command('annual-report')
      .argument('[dir]', DIR_ARGUMENT)
      .requiredOption('--year <year>', 'the reporting year: the period runs from 15/12 of the year before to 14/12 of this year')
      .addOption(new Option('--format <format>', 'what to print: the files written (table) or them as JSON').choices(['table', 'json']).default('table'))
      .addOption(new Option('--lang <lang>', 'language of messages and of the report').choices(['vi', 'en']).default('vi')),
  )
    .description(
      'write the annual report on security by level (TT 12/2022 Art. 13–14; NĐ 331/2026 Art. 35–36): annual-report-<year>.md and, with --docx, .docx',
    )
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .option('--docx', 'also write annual-report-<year>.docx')
    .action(async (dir: string | undefined, options: AnnualReportCliOptions) => {
      const { runAnnualReport } = await import('../actions/annual-report.js');
      await runAnnualReport(cli, dir, options);
    });
};
