import type { BuildCliOptions } from '../actions/build.js';
import type { CommandRegistration } from '../context.js';
import { baselineOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerBuild: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('build')))
    .description('the main job: validate an inventory and write the resolved model, the validation result and every artefact')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .option('--no-pdf', 'do not print report.pdf even when Chromium is installed')
    .action(async (dir: string | undefined, options: BuildCliOptions) => {
      const { runBuild } = await import('../actions/build.js');
      await runBuild(cli, dir, options);
    });
};
