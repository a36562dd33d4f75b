// Small Markdown helpers: inventory text made safe for Markdown (one helper for inline text and table cells, one for
// code spans, one for YAML snippets), GitHub-style heading anchors, and the table of contents built from headings.
// The runbooks and report.md (modules/report/markdown.ts) escape every inventory string with these.

/** Line breaks and tabs become spaces, other control characters (C0, DEL, C1) are dropped: text on one line. */
export function plain(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n|[\t\n\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const MARKUP: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '|': '\\|',
  '[': '\\[',
  ']': '\\]',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Inventory text as inline Markdown, for a table cell, a heading or a sentence: on one line; HTML as entities (`<`
 * and `>`, so also `<!--`; `&` where it would start an entity, so `KH&CN` stays as it is); pipes, backticks,
 * brackets and backslashes escaped, so that the text neither splits a table row, nor opens a code span, a link or
 * an image.
 */
export function md(value: unknown): string {
  return plain(value).replace(/[\\`|[\]<>]|&(?=#?[A-Za-z0-9]+;)/g, (ch) => MARKUP[ch]!);
}

/** A code span holding `value` as it is, on one line: fenced with more backticks than it holds, pipes escaped for tables. */
export function code(value: unknown): string {
  const text = plain(value).replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return fence + pad + text + pad + fence;
}

/** A name as a code span, or a plain dash for a missing one: a placeholder never looks like a value to copy. */
export function codeOrDash(value: unknown): string {
  const text = plain(value).trim();
  return text === '' || text === '—' ? '—' : code(value);
}

/** A double-quoted YAML (and JSON) string of `value`, with `<`, `>` and invisible characters as `\u` escapes. */
export function yamlString(value: unknown): string {
  return JSON.stringify(String(value ?? '')).replace(/[<>\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The anchor GitHub (and markdownlint's MD051) gives a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Inserts a table of contents of the `##` headings (and `###` below them) where the body has the line
 * `<!-- toc -->`. Anchors are made unique the way GitHub does (`-1`, `-2` suffixes).
 */
export function withToc(markdown: string, title: string): string {
  const seen = new Map<string, number>();
  const entries: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6}) (.*)$/.exec(line);
    if (!m) continue;
    const base = slug(m[2]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const anchor = n === 0 ? base : `${base}-${n}`;
    const depth = m[1]!.length;
    if (depth === 2 || depth === 3) entries.push(`${'  '.repeat(depth - 2)}- [${m[2]}](#${anchor})`);
  }
  const toc = [`## ${title}`, '', ...entries].join('\n');
  // The marker line only (a value in the text cannot stand for it), and the contents as they are (no `$&` patterns).
  return markdown.replace(/^<!-- toc -->$/m, () => toc);
}

/** Collapses runs of blank lines and ends the file with exactly one newline (markdownlint MD012, MD047). */
export function tidy(markdown: string): string {
  const lines = markdown.split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
