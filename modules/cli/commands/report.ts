import { basename, join, resolve } from 'node:path';
import { Option } from 'commander';
import { planAddresses } from '../../addressing/index.js';
import { todayUtc, type Lang } from '../../model/index.js';
import { chromiumAvailable, ChromiumNotFoundError, DEFAULT_CHROMIUM, printPdf, renderComplianceReport } from '../../report/index.js';
import type { ArtifactProducer } from '../artifacts.js';
import { checkForCommand, defaultInventory, EXIT, type CommandRegistration, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../write.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';

/** `hatang build` writes the HTML and Markdown report next to validation.json, and the PDF when Chromium is installed. */
export const reportArtifacts: ArtifactProducer = async (input) => {
  const { html, markdown } = await renderComplianceReport(input.model, input.findings, {
    asOf: input.options.asOf ?? todayUtc(),
    version: input.version,
    lang: input.options.lang,
    ...(input.options.ruleset ? { ruleset: input.options.ruleset } : {}),
    plan: planAddresses(input.model, input.addressLock),
  });
  // The PDF needs Chromium: printed when it is installed, skipped quietly when not (`hatang report --pdf` insists).
  const pdf = input.options.pdf !== false && (await chromiumAvailable())
    ? [{ path: 'report.pdf', content: await printPdf(html, { lang: input.options.lang, date: input.options.asOf ?? todayUtc() }) }]
    : [];
  return [
    { path: 'report.html', content: html },
    { path: 'report.md', content: markdown },
    ...pdf,
  ];
};

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
      const parsed = await checkForCommand(cli, path, options, lang);
      if (!parsed) return;
      const { result, findings, exit, addressLock } = parsed;
      if (!result.model) {
        cli.io.stderr(say(`hatang: inventory ${path} không hợp lệ; chạy \`hatang validate ${path}\` để xem lỗi.\n`, `hatang: the inventory ${path} is not valid; run \`hatang validate ${path}\` to see the errors.\n`));
        cli.setExit(EXIT.invalid);
        return;
      }
      const { html, markdown } = await renderComplianceReport(result.model, findings, {
        asOf: parsed.selection.asOf,
        version: cli.version,
        lang,
        ruleset: parsed.selection.ruleset.id,
        plan: planAddresses(result.model, addressLock),
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
          await write('report.pdf', await printPdf(html, { lang, date: parsed.selection.asOf, ...(options.chromium ? { executablePath: options.chromium } : {}) }));
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
      cli.setExit(exit);
    });
};
