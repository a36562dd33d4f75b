// The report and dossier files, from the model and the findings: data, diagrams, then each format. The HTML
// templates (eta) load with the first document rendered, not with the report module that `validate` uses too.
import type { AddressPlan } from '../addressing/index.js';
import type { Finding, Lang, Model } from '../model/index.js';
import { complianceReport, type ComplianceReport } from './compliance.js';
import { provinceDiagrams, renderDiagrams } from './diagrams.js';
import { dossier, type Dossier } from './dossier.js';
import { renderDossierMarkdown, renderReportMarkdown } from './markdown.js';

export interface DocumentOptions {
  /** Date ages and expiry are computed at (YYYY-MM-DD); shown on the cover. */
  readonly asOf: string;
  /** hatang version, shown on the cover. */
  readonly version: string;
  /** Language of the Markdown file (the HTML carries both). */
  readonly lang: Lang;
  /** Rule-set the checks ran under, shown on the cover. */
  readonly ruleset?: string;
  /** The address plan of the evaluation (made with the inventory's lock file). */
  readonly plan: AddressPlan;
  /** Every finding of the evaluation, also those --baseline hides: the annex grid of the report reads them. */
  readonly allFindings?: readonly Finding[];
}

export interface RenderedDocument<T> {
  readonly data: T;
  readonly html: string;
  readonly markdown: string;
}

export async function renderComplianceReport(
  model: Model,
  findings: readonly Finding[],
  options: DocumentOptions,
): Promise<RenderedDocument<ComplianceReport>> {
  const data = complianceReport(model, findings, options);
  const diagrams = await renderDiagrams(provinceDiagrams(model));
  const { renderReportHtml } = await import('./html/index.js');
  return { data, html: renderReportHtml(data, diagrams), markdown: renderReportMarkdown(data, options.lang) };
}

export async function renderDossier(model: Model, findings: readonly Finding[], system: string, options: DocumentOptions): Promise<RenderedDocument<Dossier>> {
  const data = dossier(model, findings, system, options);
  const diagrams = await renderDiagrams(data.diagrams);
  const { renderDossierHtml } = await import('./html/index.js');
  return { data, html: renderDossierHtml(data, diagrams), markdown: renderDossierMarkdown(data, options.lang) };
}

/** Today's date in UTC (YYYY-MM-DD): the as-of date when none is given. */
