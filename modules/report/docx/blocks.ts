// The document model the Word documents are built on: headings, paragraphs, lists and tables of plain text, in one
// language. Builders (the dossier, the annual report) make it from the evaluation; `renderDocx` (common.ts) and
// `renderBlocksMarkdown` here write it, so the .docx and the .md of a document always hold the same text.
import type { Lang } from '../../model/index.js';
import { md } from '../../runbook/markdown.js';

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly align?: 'center'; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** `widths`: relative column widths (any unit; they are scaled to the page). */
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly widths?: readonly number[] }
  | { readonly kind: 'pageBreak' };

export interface DocModel {
  readonly lang: Lang;
  /** Title of the document (also the file's title property). */
  readonly title: string;
  /** What the document is about, for the file's subject property. */
  readonly subject: string;
  /** YYYY-MM-DD: the as-of date of the evaluation, written as the file's creation and modification date. */
  readonly date: string;
  /** Short text repeated in the page footer next to the page number. */
  readonly footer: string;
  readonly blocks: readonly Block[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const para = (text: string, style: { align?: 'center'; bold?: boolean; italic?: boolean } = {}): Block => ({ kind: 'paragraph', text, ...style });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export const table = (head: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): Block => ({
  kind: 'table',
  head,
  rows,
  ...(widths ? { widths } : {}),
});
/** A two-column table of item and value. */
export const fields = (lang: Lang, rows: readonly (readonly [string, string])[]): Block =>
  table(lang === 'vi' ? ['Nội dung', 'Thông tin'] : ['Item', 'Value'], rows, [2, 5]);

/** A YYYY-MM-DD date as each language writes it in these documents: dd/mm/yyyy in Vietnamese, unchanged in English. */
export { dateText } from '../../model/index.js';

/** A translator for one language. */
export const say =
  (lang: Lang) =>
  (vi: string, en: string): string =>
    lang === 'vi' ? vi : en;

const cell = (s: string): string => md(s).trim() || '—';

/** The document as Markdown (GitHub tables); inventory text is neutralised as in the other Markdown outputs. */
export function renderBlocksMarkdown(doc: DocModel): string {
  const out: string[] = [`# ${cell(doc.title)}\n`];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${cell(b.text)}\n`);
    else if (b.kind === 'paragraph') out.push(`${b.bold ? `**${cell(b.text)}**` : b.italic ? `_${cell(b.text)}_` : md(b.text).trim()}\n`);
    else if (b.kind === 'list') out.push(b.items.map((i) => `- ${md(i).trim()}`).join('\n') + '\n');
    else if (b.kind === 'table')
      out.push(
        [`| ${b.head.map(cell).join(' | ')} |`, `|${b.head.map(() => '---').join('|')}|`, ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') +
          '\n',
      );
  }
  return out.join('\n');
}
