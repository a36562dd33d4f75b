import { Option } from 'commander';
import type { DossierCliOptions } from '../actions/dossier.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';
import { baselineOptions } from './baseline-options.js';

export const registerDossier: CommandRegistration = (program, cli) => {
  baselineOptions(
    program
      .command('dossier')
      .argument('[dir]', DIR_ARGUMENT)
      .requiredOption('--system <name>', 'the information system (metadata.name of its System)')
      .addOption(new Option('--format <format>', 'printed when --out is not given: Markdown or self-contained HTML').choices(['md', 'html']).default('md'))
      .addOption(new Option('--lang <lang>', 'language of messages and of the Markdown (the HTML carries both)').choices(['vi', 'en']).default('vi')),
  )
    .description('the level proposal dossier (hồ sơ đề xuất cấp độ) of one system: its technical annex as Markdown and HTML, the dossier as Word and PDF')
    .option('--out <dir>', 'write dossier-<system>.md and dossier-<system>.html to this folder instead of printing')
    .option('--docx', 'also write the dossier as dossier-<system>.docx (to --out, default out/<inventory folder name>)')
    .option('--pdf', 'also write dossier-<system>.pdf, converted from the .docx with LibreOffice headless (soffice)')
    .option('--soffice <path>', 'LibreOffice executable for --pdf (default: soffice on PATH)')
    .action(async (dir: string | undefined, options: DossierCliOptions) => {
      const { runDossier } = await import('../actions/dossier.js');
      await runDossier(cli, dir, options);
    });
};
