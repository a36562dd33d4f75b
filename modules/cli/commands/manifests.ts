// `hatang manifests` and `hatang synth`: the Kubernetes object plan as YAML manifests, and as cdktf stacks
// (Terraform JSON for `cdktf deploy`) without the cdktf CLI. Both go into `hatang build`'s output too.
import type { ManifestsCliOptions } from '../actions/manifests.js';
import type { CommandRegistration } from '../context.js';
import { commonOptions } from './common.js';

export const registerManifests: CommandRegistration = (program, cli) => {
  commonOptions(program.command('manifests'))
    .description('write the Kubernetes objects of every cluster as YAML, one file per namespace (kubectl, Argo CD, Flux)')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>/k8s)')
    .action(async (dir: string | undefined, options: ManifestsCliOptions) => {
      const { runManifests } = await import('../actions/manifests.js');
      await runManifests(cli, dir, options);
    });
};

export const registerSynth: CommandRegistration = (program, cli) => {
  commonOptions(program.command('synth'))
    .description('synthesize the cdktf stacks (one per cluster) as Terraform JSON, like `cdktf synth`, offline')
    .option('--out <dir>', 'output folder (default: cdktf.out)')
    .action(async (dir: string | undefined, options: ManifestsCliOptions) => {
      const { runSynth } = await import('../actions/manifests.js');
      await runSynth(cli, dir, options);
    });
};
