// `hatang dossier`: the action, loaded only when the command runs (modules/cli/commands/dossier.ts registers it).
import { basename, join, resolve } from 'node:path';
import type { Evaluation } from '../../evaluation/index.js';
import type { Lang } from '../../model/index.js';
import { renderDossier, UnknownSystemError } from '../../report/index.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { checkName, SYSTEM } from '../names.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { progressFor } from '../terminal.js';

export interface DossierCliOptions extends CommonOptions, BaselineCliOptions {
  readonly system: string;
  readonly out?: string;
  readonly docx?: boolean;
  readonly pdf?: boolean;
  readonly soffice?: string;
}

/** The .docx (and its PDF) of the dossier, written to `out`; false when LibreOffice was needed and failed (reported). */
async function writeWord(cli: CliContext, evaluation: Evaluation, options: DossierCliOptions, out: string, written: string[]): Promise<boolean> {
  const { dossierDocument } = await import('../../report/docx/dossier.js');
  const { renderDocx } = await import('../../report/docx/common.js');
  const docx = await renderDocx(dossierDocument(evaluation, options.system, { lang: options.lang, version: cli.version }));
  if (options.docx) {
    const target = join(out, `dossier-${options.system}.docx`);
    await writeFileAtomic(target, docx);
    written.push(target);
  }
  if (!options.pdf) return true;
  const { convertToPdf } = await import('./office.js');
  const pdf = await convertToPdf(cli, docx, options.lang, evaluation.selection.asOf, options.soffice);
  if (!pdf) return false;
  const target = join(out, `dossier-${options.system}.pdf`);
  await writeFileAtomic(target, pdf);
  written.push(target);
  return true;
}

export async function runDossier(cli: CliContext, dir: string | undefined, options: DossierCliOptions): Promise<void> {
  const lang: Lang = options.lang;
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const path = inventoryFolder(cli, dir, options.lang, 'dossier');
  if (path === undefined) return;
  const judged = await judgeValid(cli, path, options, lang);
  if (!judged) return;
  const { evaluation, findings, selection } = judged;
  if (
    !checkName(
      cli,
      SYSTEM,
      options.system,
      evaluation.model.systems.map((s) => s.name),
      judged.path,
      lang,
    )
  )
    return;
  let doc;
  try {
    doc = await renderDossier(evaluation.model, findings, options.system, {
      asOf: selection.asOf,
      version: cli.version,
      lang,
      ruleset: selection.ruleset.id,
      plan: evaluation.plan,
    });
  } catch (error) {
    if (!(error instanceof UnknownSystemError)) throw error;
    cli.io.stderr(
      say(
        `hatang: không có hệ thống "${error.system}" trong ${path}. Các hệ thống: ${error.known.join(', ')}.\n`,
        `hatang: there is no system "${error.system}" in ${path}. Systems: ${error.known.join(', ')}.\n`,
      ),
    );
    cli.setExit(EXIT.invalid);
    return;
  }
  const word = options.docx === true || options.pdf === true;
  if (options.out === undefined && !word) {
    cli.io.stdout(options.format === 'html' ? doc.html : doc.markdown);
    cli.setExit(EXIT.ok);
    return;
  }
  const written: string[] = [];
  if (options.out !== undefined) {
    for (const [ext, content] of [
      ['md', doc.markdown],
      ['html', doc.html],
    ] as const) {
      const target = join(options.out, `dossier-${options.system}.${ext}`);
      await writeFileAtomic(target, content);
      written.push(target);
    }
  }
  const display = progressFor(cli.io, lang, cli.progressForced());
  const wordOut = options.out ?? join('out', basename(resolve(path)));
  const label = { vi: 'Đang tạo hồ sơ dạng Word và PDF', en: 'Writing the dossier as Word and PDF' };
  if (word && !(await display.step(label, () => writeWord(cli, evaluation, options, wordOut, written)))) return;
  for (const file of written) cli.io.stdout(`${say('Đã ghi', 'Wrote')} ${file}\n`);
  cli.setExit(EXIT.ok);
}
