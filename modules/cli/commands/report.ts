import { basename, join, resolve } from 'node:path';
import { Option } from 'commander';
import type { Lang } from '../../model/index.js';
import { ChromiumNotFoundError, DEFAULT_CHROMIUM, printPdf, renderComplianceReport } from '../../report/index.js';
import { defaultInventory, EXIT, type CommandRegistration, type CommonOptions } from '../context.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';

interface ReportCliOptions extends CommonOptions, BaselineCliOptions {
  readonly out?: string;
  readonly pdf?: boolean;
  readonly chromium?: string;
}

export const registerReport: CommandRegistration = (program, cli) => {
  baselineOptions(
    program
      .command('report')
      .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
      .addOption(new Option('--format <format>', 'what to print: the files written (table) or them as JSON').choices(['table', 'json']).default('table'))
      .addOption(new Option('--lang <lang>', 'language of messages and of report.md (report.html carries both)').choices(['vi', 'en']).default('vi')),
  )
    .description('write the auditor compliance report: report.html (self-contained, vi/en), report.md and, with --pdf, report.pdf')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .option('--pdf', 'also print report.pdf with headless Chromium')
    .option('--chromium <path>', `Chromium executable for --pdf (default: ${DEFAULT_CHROMIUM})`)
    .action(async (dir: string | undefined, options: ReportCliOptions) => {
      const lang: Lang = options.lang;
      const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
      const path = dir ?? defaultInventory();
      const out = options.out ?? join('out', basename(resolve(path)));
      const judged = await judgeValid(cli, path, options, lang);
      if (!judged) return;
      const { evaluation, findings, selection } = judged;
      const { html, markdown } = await renderComplianceReport(evaluation.model, findings, {
        asOf: selection.asOf,
        version: cli.version,
        lang,
        ruleset: selection.ruleset.id,
        plan: evaluation.plan,
      });
      const written: string[] = [];
      const write = async (name: string, content: string | Uint8Array) => {
        await writeFileAtomic(join(out, name), content);
        written.push(join(out, name));
      };
      await write('report.html', html);
      await write('report.md', markdown);
      if (options.pdf) {
        try {
          await write('report.pdf', await printPdf(html, { lang, date: selection.asOf, ...(options.chromium ? { executablePath: options.chromium } : {}) }));
        } catch (error) {
          if (!(error instanceof ChromiumNotFoundError)) throw error;
          cli.io.stderr(
            say(
              `hatang: không tìm thấy Chromium tại ${error.path}; cài gói Debian \`chromium\` hoặc chỉ đường dẫn bằng --chromium <đường dẫn>.\n`,
              `hatang: Chromium not found at ${error.path}; install the Debian package \`chromium\` or give its path with --chromium <path>.\n`,
            ),
          );
          cli.setExit(EXIT.invalid);
          return;
        }
      }
      if (options.format === 'json') cli.io.stdout(JSON.stringify({ outputs: written }, null, 2) + '\n');
      else for (const file of written) cli.io.stdout(`${say('Đã ghi', 'Wrote')} ${file}\n`);
      cli.setExit(judged.exit);
    });
};
