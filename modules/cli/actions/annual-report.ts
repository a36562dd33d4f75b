// `hatang annual-report`: the action, loaded only when the command runs (modules/cli/commands/annual-report.ts
// registers it). The report is built from the evaluation (modules/report/annual-report.ts); files are written here.
import { basename, join, resolve } from 'node:path';
import type { Lang } from '../../model/index.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { progressFor } from '../terminal.js';

export interface AnnualReportCliOptions extends CommonOptions, BaselineCliOptions {
  readonly year: string;
  readonly out?: string;
  readonly docx?: boolean;
}

export async function runAnnualReport(cli: CliContext, dir: string | undefined, options: AnnualReportCliOptions): Promise<void> {
  const lang: Lang = options.lang;
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  if (!/^\d{4}$/.test(options.year) || Number(options.year) < 2000 || Number(options.year) > 2999) {
    cli.io.stderr(
      say(
        `hatang: --year phải là một năm có bốn chữ số, ví dụ 2026 (nhận được "${options.year}").\n`,
        `hatang: --year must be a four-digit year such as 2026 (got "${options.year}").\n`,
      ),
    );
    cli.setExit(EXIT.invalid);
    return;
  }
  const path = inventoryFolder(cli, dir, options.lang, 'annual-report');
  if (path === undefined) return;
  const out = options.out ?? join('out', basename(resolve(path)));
  const judged = await judgeValid(cli, path, options, lang);
  if (!judged) return;
  const year = Number(options.year);
  const { annualReport, annualReportDocument } = await import('../../report/annual-report.js');
  const { renderBlocksMarkdown } = await import('../../report/docx/blocks.js');
  const doc = annualReportDocument(annualReport(judged.evaluation, year), lang);
  const written: string[] = [];
  const write = async (name: string, content: string | Uint8Array) => {
    await writeFileAtomic(join(out, name), content);
    written.push(join(out, name));
  };
  await write(`annual-report-${year}.md`, renderBlocksMarkdown(doc));
  if (options.docx) {
    const { renderDocx } = await import('../../report/docx/common.js');
    const display = progressFor(cli.io, lang, cli.progressForced());
    await write(`annual-report-${year}.docx`, await display.step({ vi: 'Đang tạo tệp Word', en: 'Writing the Word file' }, () => renderDocx(doc)));
  }
  if (options.format === 'json') cli.io.stdout(JSON.stringify({ outputs: written }, null, 2) + '\n');
  else for (const file of written) cli.io.stdout(`${say('Đã ghi', 'Wrote')} ${file}\n`);
  cli.setExit(EXIT.ok);
}
