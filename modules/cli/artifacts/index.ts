// The files `hatang build` writes besides validation.json and model.json, one producer per concern, each in its
// own file; every producer reads the one evaluation of the run.
import { k8sArtifacts } from './k8s.js';
import { planArtifacts } from './plan.js';
import { reportArtifacts } from './report.js';
import { runbookArtifacts } from './runbooks.js';
import type { ArtifactProducer } from './types.js';
import type { Text } from '../../model/index.js';

export type { Artifact, ArtifactProducer, BuildInput } from './types.js';

/** Producers run in this order; each writes under its own sub-folder or file names. */
export const ARTIFACT_PRODUCERS: readonly ArtifactProducer[] = [planArtifacts, reportArtifacts, k8sArtifacts, runbookArtifacts];

/** What each producer does, as the progress display of `hatang build` names it. */
export const ARTIFACT_LABELS: ReadonlyMap<ArtifactProducer, Text> = new Map([
  [planArtifacts, { vi: 'Đang ghi kế hoạch địa chỉ', en: 'Writing the address plan' }],
  [reportArtifacts, { vi: 'Đang dựng báo cáo (sơ đồ, PDF)', en: 'Writing the report (diagrams, PDF)' }],
  [k8sArtifacts, { vi: 'Đang tạo đối tượng Kubernetes và stack cdktf', en: 'Writing Kubernetes objects and cdktf stacks' }],
  [runbookArtifacts, { vi: 'Đang tạo tài liệu quy trình vận hành', en: 'Writing the runbooks' }],
]);
