import { join } from 'node:path';
import { Option } from 'commander';
import type { Lang } from '../../model/index.js';
import { renderDossier, UnknownSystemError } from '../../report/index.js';
import { defaultInventory, EXIT, type CommandRegistration, type CommonOptions } from '../context.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';

interface DossierCliOptions extends CommonOptions, BaselineCliOptions {
  readonly system: string;
  readonly out?: string;
}

export const registerDossier: CommandRegistration = (program, cli) => {
  baselineOptions(
    program
      .command('dossier')
      .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
      .requiredOption('--system <name>', 'the information system (metadata.name of its System)')
      .addOption(new Option('--format <format>', 'printed when --out is not given: Markdown or self-contained HTML').choices(['md', 'html']).default('md'))
      .addOption(new Option('--lang <lang>', 'language of messages and of the Markdown (the HTML carries both)').choices(['vi', 'en']).default('vi')),
  )
    .description('the technical annex of a level dossier (hồ sơ đề xuất cấp độ) for one system, as Markdown and HTML')
    .option('--out <dir>', 'write dossier-<system>.md and dossier-<system>.html to this folder instead of printing')
    .action(async (dir: string | undefined, options: DossierCliOptions) => {
      const lang: Lang = options.lang;
      const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
      const path = dir ?? defaultInventory();
      const judged = await judgeValid(cli, path, options, lang);
      if (!judged) return;
      const { evaluation, findings, selection } = judged;
      let doc;
      try {
        doc = await renderDossier(evaluation.model, findings, options.system, { asOf: selection.asOf, version: cli.version, lang, ruleset: selection.ruleset.id, plan: evaluation.plan });
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
        for (const [ext, content] of [['md', doc.markdown], ['html', doc.html]] as const) {
          const target = join(options.out, `dossier-${options.system}.${ext}`);
          await writeFileAtomic(target, content);
          cli.io.stdout(`${say('Đã ghi', 'Wrote')} ${target}\n`);
        }
      }
      cli.setExit(EXIT.ok);
    });
};
