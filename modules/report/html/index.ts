// Self-contained HTML documents (inline CSS, SVG and script; no external request), Vietnamese by default with an
// English switch. Both languages are in the file; the switch only changes which one is shown.
import { Eta } from 'eta';
import { thousands, viDate, type FindingConfidence, type FindingSeverity, type FindingStatus, type Text } from '../../model/index.js';
import { CONFIDENCE_LABELS } from '../../rules/index.js';
import {
  DOMAIN_LABELS,
  RISK_ACCEPTANCE_NOTE,
  SEVERITY_LABELS,
  STATUSES,
  STATUS_LABELS,
  statusCount,
  type ComplianceReport,
  type StatusCounts,
} from '../compliance.js';
import type { RenderedDiagram } from '../diagrams.js';
import type { Dossier } from '../dossier.js';
import { SCRIPT, stylesheet } from './style.js';
import { DOSSIER, FAILING, FINDINGS, LAYOUT, REPORT } from './templates.js';
import { ESTATE } from './estate.js';
import { ANNEX_TEMPLATE, annexView } from '../annex.js';
import { richParts } from '../rich.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and drops C0 control characters other than tab and newline. */
export function escapeHtml(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function tx(vi: string, en: string): string {
  if (vi === en) return escapeHtml(vi);
  return `<span class="l-vi" lang="vi">${escapeHtml(vi)}</span><span class="l-en" lang="en">${escapeHtml(en)}</span>`;
}

/** Declared text with code spans (a rule's remediation, modules/report/rich.ts): prose and code both escaped. */
export function richHtml(text: string): string {
  return richParts(text)
    .map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text)))
    .join('');
}

function rich(text: Text): string {
  if (text.vi === text.en) return richHtml(text.vi);
  return `<span class="l-vi" lang="vi">${richHtml(text.vi)}</span><span class="l-en" lang="en">${richHtml(text.en)}</span>`;
}

const percent = (n: number, lang: 'vi' | 'en'): string => {
  const text = (Math.round(n * 1000) / 10).toFixed(1);
  return lang === 'vi' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
};

/** Helpers the templates call; each returns markup whose inventory text is escaped. */
const helpers = {
  t: (text: Text): string => tx(text.vi, text.en),
  /** A rule's declared remediation: its code spans as code. Never for inventory text. */
  rich,
  tx,
  status: (s: FindingStatus): string => `<span class="badge s-${s}">${tx(STATUS_LABELS[s].vi, STATUS_LABELS[s].en)}</span>`,
  severity: (s: FindingSeverity): string => tx(SEVERITY_LABELS[s].vi, SEVERITY_LABELS[s].en),
  confidence: (c: FindingConfidence): string => `<span class="confidence c-${c}">${tx(CONFIDENCE_LABELS[c].vi, CONFIDENCE_LABELS[c].en)}</span>`,
  /** A number with its thousands grouped as each language writes them. */
  num: (n: number): string => tx(thousands(n, 'vi'), thousands(n, 'en')),
  /** A YYYY-MM-DD date: dd/mm/yyyy in Vietnamese, as written in English; never wrapped. */
  date: (iso: string): string => `<span class="date">${tx(viDate(iso), iso)}</span>`,
  counts: (counts: StatusCounts): string =>
    STATUSES.filter((s) => counts[s] > 0)
      .map((s) => statusCount(s, counts[s]))
      .map((c) => tx(c.vi, c.en))
      .join(' · ') || tx('không có kết quả', 'no results'),
  bar: (ratio: number): string => {
    const width = Math.min(100, Math.max(0, Math.round(ratio * 1000) / 10));
    return `<span class="nowrap"><span class="bar" aria-hidden="true"><span style="width:${width}%"></span></span>${tx(percent(ratio, 'vi'), percent(ratio, 'en'))}</span>`;
  },
};

let eta: Eta | undefined;
function engine(): Eta {
  if (eta) return eta;
  eta = new Eta({ autoEscape: true, cache: true, useWith: false, escapeFunction: (value: unknown) => escapeHtml(String(value)) });
  eta.loadTemplate('@layout', LAYOUT);
  eta.loadTemplate('@findings', FINDINGS);
  eta.loadTemplate('@failing', FAILING);
  eta.loadTemplate('@annex', ANNEX_TEMPLATE);
  eta.loadTemplate('@estate', ESTATE);
  eta.loadTemplate('@report', REPORT);
  eta.loadTemplate('@dossier', DOSSIER);
  return eta;
}

function page(title: Text, runningHeader: string, body: string, version: string): string {
  return engine().render('@layout', {
    titleVi: title.vi,
    titleEn: title.en,
    version,
    css: stylesheet(runningHeader),
    script: SCRIPT,
    body,
    h: helpers,
  });
}

/** The province compliance report as one HTML file. */
export function renderReportHtml(report: ComplianceReport, diagrams: readonly RenderedDiagram[]): string {
  const body = engine().render('@report', {
    r: report,
    diagrams,
    h: helpers,
    statuses: STATUSES,
    statusLabels: STATUS_LABELS,
    domainLabels: DOMAIN_LABELS,
    waiverNote: RISK_ACCEPTANCE_NOTE,
    annexView,
  });
  const title = {
    vi: `Báo cáo tuân thủ ATTT theo cấp độ — ${report.province.title}`,
    en: `Security-level compliance report — ${report.province.title}`,
  };
  return page(title, `hatang · ${report.province.title} · ${viDate(report.asOf)}`, body, report.version);
}

/** The technical annex of one system's level dossier as one HTML file. */
export function renderDossierHtml(dossier: Dossier, diagrams: readonly RenderedDiagram[]): string {
  const body = engine().render('@dossier', { d: dossier, diagrams, h: helpers });
  const title = {
    vi: `Hồ sơ đề xuất cấp độ — thuyết minh kỹ thuật — ${dossier.system.title.vi}`,
    en: `Level dossier — technical annex — ${dossier.system.title.en}`,
  };
  return page(title, `hatang · ${dossier.province.title} · ${dossier.system.name}`, body, dossier.version);
}
