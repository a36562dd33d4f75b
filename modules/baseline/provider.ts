// The baseline as a check provider of modules/checks, and the step every provider's findings go through last.
import type { Finding, Locate, Model } from '../model/index.js';
import { runBaseline, selectRuleset, type BaselineOptions } from './engine.js';
import type { ParameterOverrides } from './parameters.js';
import { applyWaivers } from './waivers.js';

interface Input {
  readonly model: Model;
  readonly locate: Locate;
}

type Options = BaselineOptions & { readonly parameters?: ParameterOverrides };

export function baselineProvider(input: Input, options: Options): Finding[] {
  return runBaseline(input, selectRuleset(options), options.parameters ?? {});
}

/** Applies waivers to every provider's findings and gives each a fingerprint. */
export function finishFindings(findings: readonly Finding[], input: Input, options: Options): Finding[] {
  return applyWaivers(findings, input, selectRuleset(options));
}
