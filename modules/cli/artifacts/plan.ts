import { renderPlan } from '../../addressing/index.js';
import type { ArtifactProducer } from './types.js';

/** `addressing/plan.json` and `addressing/plan.csv`: the evaluation's plan with its rules' findings. */
export const planArtifacts: ArtifactProducer = ({ evaluation, lang }) => {
  const judged = { plan: evaluation.plan, findings: evaluation.planFindings };
  return [
    { path: 'addressing/plan.json', content: renderPlan(judged, 'json', lang, evaluation.path) },
    { path: 'addressing/plan.csv', content: renderPlan(judged, 'csv', lang, evaluation.path) },
  ];
};
