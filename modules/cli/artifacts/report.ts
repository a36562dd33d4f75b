import { chromiumAvailable, printPdf, renderComplianceReport } from '../../report/index.js';
import type { ArtifactProducer } from './types.js';

/** The HTML and Markdown report next to validation.json, and the PDF when Chromium is installed. */
export const reportArtifacts: ArtifactProducer = async ({ evaluation, findings, lang, pdf, version }) => {
  const { asOf } = evaluation.selection;
  const { html, markdown } = await renderComplianceReport(evaluation.model, findings, {
    asOf,
    version,
    lang,
    ruleset: evaluation.selection.ruleset.id,
    plan: evaluation.plan,
    allFindings: evaluation.findings,
  });
  // The PDF needs Chromium: printed when it is installed, skipped quietly when not (`hatang report --pdf` insists).
  const printed = pdf && (await chromiumAvailable()) ? [{ path: 'report.pdf', content: await printPdf(html, { lang, date: asOf }) }] : [];
  return [{ path: 'report.html', content: html }, { path: 'report.md', content: markdown }, ...printed];
};
