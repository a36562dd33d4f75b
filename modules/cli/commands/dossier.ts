import { Option } from 'commander';
import type { DossierCliOptions } from '../actions/dossier.js';
import type { CommandRegistration } from '../context.js';
import { baselineOptions } from './baseline-options.js';

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
      const { runDossier } = await import('../actions/dossier.js');
      await runDossier(cli, dir, options);
    });
};
