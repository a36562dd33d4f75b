import { join } from 'node:path';
import { renderManifests } from '../../k8s/index.js';
import { k8sProblems, synthFiles } from '../k8s.js';
import type { ArtifactProducer } from './types.js';

/** Manifests under k8s/ and the synthesized stacks under cdktf.out/ (k8s/problems.json when invalid). */
export const k8sArtifacts: ArtifactProducer = async ({ evaluation, ports }) => {
  if (evaluation.model.clusters.length === 0) return [];
  const plan = evaluation.k8s();
  const problems = k8sProblems(plan);
  // Objects the API server would reject are not written; the reasons are.
  if (problems.length > 0) return [{ path: join('k8s', 'problems.json'), content: JSON.stringify({ problems }, null, 2) + '\n' }];
  return [
    ...renderManifests(plan).map((f) => ({ path: join('k8s', f.path), content: f.content })),
    ...(await synthFiles(ports, evaluation.model, plan)).map((f) => ({ path: join('cdktf.out', f.path), content: f.content })),
  ];
};
