// `hatang dossier`: the action, loaded only when the command runs (modules/cli/commands/dossier.ts registers it).
import { join } from 'node:path';
import type { Lang } from '../../model/index.js';
import { renderDossier, UnknownSystemError } from '../../report/index.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { defaultInventory, EXIT, type CliContext, type CommonOptions } from '../context.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export interface DossierCliOptions extends CommonOptions, BaselineCliOptions {
  readonly system: string;
  readonly out?: string;
}

export async function runDossier(cli: CliContext, dir: string | undefined, options: DossierCliOptions): Promise<void> {
  const lang: Lang = options.lang;
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const path = dir ?? defaultInventory();
  const judged = await judgeValid(cli, path, options, lang);
  if (!judged) return;
  const { evaluation, findings, selection } = judged;
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
  if (options.out === undefined) {
    cli.io.stdout(options.format === 'html' ? doc.html : doc.markdown);
  } else {
    for (const [ext, content] of [
      ['md', doc.markdown],
      ['html', doc.html],
    ] as const) {
      const target = join(options.out, `dossier-${options.system}.${ext}`);
      await writeFileAtomic(target, content);
      cli.io.stdout(`${say('Đã ghi', 'Wrote')} ${target}\n`);
    }
  }
  cli.setExit(EXIT.ok);
}
