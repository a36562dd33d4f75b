// The files `hatang build` writes besides validation.json and model.json, one producer per concern, each in its
// own file; every producer reads the one evaluation of the run.
import { k8sArtifacts } from './k8s.js';
import { planArtifacts } from './plan.js';
import { reportArtifacts } from './report.js';
import { runbookArtifacts } from './runbooks.js';
import type { ArtifactProducer } from './types.js';

export type { Artifact, ArtifactProducer, BuildInput } from './types.js';

/** Producers run in this order; each writes under its own sub-folder or file names. */
export const ARTIFACT_PRODUCERS: readonly ArtifactProducer[] = [planArtifacts, reportArtifacts, k8sArtifacts, runbookArtifacts];
