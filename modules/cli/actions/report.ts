// `hatang report`: the action, loaded only when the command runs (modules/cli/commands/report.ts registers it).
import { basename, join, resolve } from 'node:path';
import type { Lang } from '../../model/index.js';
import { ChromiumNotFoundError, printPdf, renderComplianceReport } from '../../report/index.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { progressFor } from '../terminal.js';

export interface ReportCliOptions extends CommonOptions, BaselineCliOptions {
  readonly out?: string;
  readonly pdf?: boolean;
  readonly chromium?: string;
}

export async function runReport(cli: CliContext, dir: string | undefined, options: ReportCliOptions): Promise<void> {
  const lang: Lang = options.lang;
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const path = inventoryFolder(cli, dir, options.lang, 'report');
  if (path === undefined) return;
  const out = options.out ?? join('out', basename(resolve(path)));
  const judged = await judgeValid(cli, path, options, lang);
  if (!judged) return;
  const { evaluation, findings, selection } = judged;
  const display = progressFor(cli.io, lang, cli.progressForced());
  const { html, markdown } = await display.step({ vi: 'Đang dựng báo cáo và sơ đồ', en: 'Rendering the report and its diagrams' }, () =>
    renderComplianceReport(evaluation.model, findings, {
      asOf: selection.asOf,
      version: cli.version,
      lang,
      ruleset: selection.ruleset.id,
      plan: evaluation.plan,
      allFindings: evaluation.findings,
    }),
  );
  const written: string[] = [];
  const write = async (name: string, content: string | Uint8Array) => {
    await writeFileAtomic(join(out, name), content);
    written.push(join(out, name));
  };
  await write('report.html', html);
  await write('report.md', markdown);
  if (options.pdf) {
    try {
      const print = () => printPdf(html, { lang, date: selection.asOf, ...(options.chromium ? { executablePath: options.chromium } : {}) });
      await write('report.pdf', await display.step({ vi: 'Đang in report.pdf bằng Chromium', en: 'Printing report.pdf with Chromium' }, print));
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
}
