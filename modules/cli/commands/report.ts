import { Option } from 'commander';
// pdf.js itself is light (playwright-core loads only when a PDF is printed); the report barrel is not.
import { DEFAULT_CHROMIUM } from '../../report/pdf.js';
import type { ReportCliOptions } from '../actions/report.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';
import { baselineOptions } from './baseline-options.js';

export const registerReport: CommandRegistration = (program, cli) => {
  baselineOptions(
    program
      .command('report')
      .argument('[dir]', DIR_ARGUMENT)
      .addOption(new Option('--format <format>', 'what to print: the files written (table) or them as JSON').choices(['table', 'json']).default('table'))
      .addOption(new Option('--lang <lang>', 'language of messages and of report.md (report.html carries both)').choices(['vi', 'en']).default('vi')),
  )
    .description('write the auditor compliance report: report.html (self-contained, vi/en), report.md and, with --pdf, report.pdf')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .option('--pdf', 'also print report.pdf with headless Chromium')
    .option('--chromium <path>', `Chromium executable for --pdf (default: ${DEFAULT_CHROMIUM})`)
    .action(async (dir: string | undefined, options: ReportCliOptions) => {
      const { runReport } = await import('../actions/report.js');
      await runReport(cli, dir, options);
    });
};
