// What a producer of `hatang build` outputs gets and gives.
import type { Evaluation } from '../../evaluation/index.js';
import type { Finding, Lang } from '../../model/index.js';
import type { CliPorts } from '../ports.js';

export interface BuildInput {
  readonly evaluation: Evaluation;
  /** The findings to show (without those hidden by --baseline). */
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  /** False when the user asked for no PDF. */
  readonly pdf: boolean;
  readonly version: string;
  readonly ports: CliPorts;
}

/** A file to write, relative to the output folder. */
export interface Artifact {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export type ArtifactProducer = (input: BuildInput) => readonly Artifact[] | Promise<readonly Artifact[]>;
