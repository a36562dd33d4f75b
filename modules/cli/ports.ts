// What the command line needs from parts it must not import: the cdktf stacks live in stacks/ and are handed
// in by the program's entry point (bin/hatang.js), loaded only by the commands that synthesize.
import type { K8sPlan } from '../k8s/index.js';
import type { Model } from '../model/index.js';

/** Writes the cdktf app of a model's object plan (manifest.json, stacks/<cluster>/cdk.tf.json) under `outdir`. */
export interface StackSynthesizer {
  readonly synthesizeApp: (model: Model, outdir: string, options: { readonly prebuilt: K8sPlan }) => unknown;
}

export interface CliPorts {
  /** Loads the stack synthesizer on demand (it costs about a second); absent where stacks are not installed. */
  readonly stacks?: () => Promise<StackSynthesizer>;
}
