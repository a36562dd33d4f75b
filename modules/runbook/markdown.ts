// Small Markdown helpers: table cells, GitHub-style heading anchors, and the table of contents built from headings.

/** A value safe inside a table cell: pipes escaped, line breaks flattened. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');
}

/** `code` span that survives backticks in the value. */
export function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
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
  return markdown.replace('<!-- toc -->', toc);
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
