import { generateRunbooks } from '../../runbook/index.js';
import type { ArtifactProducer } from './types.js';

/** The runbooks under runbooks/ of the output folder. */
export const runbookArtifacts: ArtifactProducer = ({ evaluation, findings, lang }) =>
  generateRunbooks(evaluation.model, { lang, ruleset: evaluation.selection.ruleset.id, findings, plan: evaluation.plan }).map((f) => ({
    path: `runbooks/${f.path}`,
    content: f.content,
  }));
