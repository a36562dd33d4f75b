// The files `hatang build` writes besides validation.json and model.json, one producer per concern.
import type { AddressLock } from '../addressing/index.js';
import type { CheckOptions } from '../checks/index.js';
import type { Finding, Lang, LoadResult, Model } from '../model/index.js';
import { planArtifacts } from './commands/plan.js';
import { k8sArtifacts } from './commands/manifests.js';
import { reportArtifacts } from './commands/report.js';
import { runbookArtifacts } from './commands/runbooks.js';

export interface BuildInput {
  readonly path: string;
  readonly model: Model;
  readonly result: LoadResult;
  readonly findings: readonly Finding[];
  /** The committed address lock `check` read and used (absent when the inventory has none). */
  readonly addressLock?: AddressLock;
  /** `pdf: false` when the user asked for no PDF. */
  readonly options: CheckOptions & { readonly lang: Lang; readonly pdf?: boolean };
  readonly version: string;
}

/** A file to write, relative to the output folder. */
export interface Artifact {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export type ArtifactProducer = (input: BuildInput) => readonly Artifact[] | Promise<readonly Artifact[]>;

/** Producers run in this order; each writes under its own sub-folder or file names. */
export const ARTIFACT_PRODUCERS: readonly ArtifactProducer[] = [planArtifacts, reportArtifacts, k8sArtifacts, runbookArtifacts];
