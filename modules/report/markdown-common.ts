// What the Markdown renderers of the report share: inventory text made safe for a table cell, names in code spans,
// tables, and the words of one language (statuses, dates, confidence).
import { viDate, type FindingConfidence, type Lang, type Text } from '../model/index.js';
import { CONFIDENCE_LABELS } from '../rules/index.js';
import { SEVERITY_LABELS, STATUSES, STATUS_LABELS, statusCount, type FindingRow, type StatusCounts } from './compliance.js';
import { code as codeSpan, md, plain } from '../runbook/markdown.js';

/** Inventory text in a table cell or a heading: one line, HTML, pipes, backticks and links neutralised (modules/runbook/markdown.ts). */
export const cell = (s: string): string => md(s).trim();

/** A name or a value in a code span, safe in a table cell; a dash when empty. */
export const code = (s: string): string => (plain(s) ? codeSpan(s) : '—');

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

export function translator(lang: Lang) {
  const t = (text: Text): string => text[lang];
  const tx = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  const counts = (c: StatusCounts): string =>
    STATUSES.filter((s) => c[s] > 0)
      .map((s) => t(statusCount(s, c[s])))
      .join(' · ') || tx('không có kết quả', 'no results');
  /** A YYYY-MM-DD date: dd/mm/yyyy in Vietnamese. */
  const date = (iso: string): string => (lang === 'vi' ? viDate(iso) : iso);
  const confidence = (c: FindingConfidence | undefined): string => (c ? t(CONFIDENCE_LABELS[c]) : '—');
  /** "Không đạt (cảnh báo)", "Chưa đến hạn (đến hạn ngày 01/07/2027)". */
  const result = (f: Pick<FindingRow, 'status' | 'severity' | 'dueDate'>): string =>
    t(STATUS_LABELS[f.status]) +
    (f.status === 'fail' ? ` (${t(SEVERITY_LABELS[f.severity])})` : '') +
    (f.dueDate ? ` (${tx('đến hạn ngày', 'due on')} ${date(f.dueDate)})` : '');
  return { t, tx, counts, date, confidence, result };
}
