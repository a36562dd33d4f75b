// The table of built-in external endpoints in docs/inventory.md §2.8 says what the catalogue says
// (BUILTIN_EXTERNALS, modules/model/externals.ts): the same names in the same order, with the same Vietnamese and
// English names, category, operator, usual path and basis. When the catalogue changes, the failure prints the table to
// paste between the marker and the end of the table.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_EXTERNALS, type ExternalEndpoint } from '../../modules/model/index.js';

const DOC = 'docs/inventory.md';
const MARKER = '<!-- builtin-externals: checked against BUILTIN_EXTERNALS by test/docs/externals-table.test.ts -->';
const HEADER = ['| Value | Vietnamese name | English name | Category | Operator | Usual path | Basis |', '|---|---|---|---|---|---|---|'];

const NONE = '—';
const CONFIDENCE: Record<ExternalEndpoint['pathConfidence'], string> = { verified: '', practice: ' (practice default)', unverified: ' (unverified)' };

/** One row of the table as the catalogue gives it. */
function rowOf(name: string, e: Omit<ExternalEndpoint, 'name' | 'builtin' | 'source'>): string {
  const cells = [
    `\`${name}\``,
    e.title.vi,
    e.title.en,
    `\`${e.category}\``,
    e.operator?.vi ?? NONE,
    `\`${e.path}\`${CONFIDENCE[e.pathConfidence]}`,
    e.basis ?? NONE,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The table the catalogue gives, header included. */
export function expectedTable(): string[] {
  return [...HEADER, ...Object.entries(BUILTIN_EXTERNALS).map(([name, e]) => rowOf(name, e))];
}

/** The table of the page: the lines from the marker's next non-blank line up to the first line that is not a table row. */
function documentedTable(md: string): string[] | undefined {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((l) => l.trim() === MARKER);
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const table: string[] = [];
  while (i < lines.length && lines[i]!.startsWith('|')) table.push(lines[i++]!.trimEnd());
  return table;
}

describe('the built-in external endpoints in docs/inventory.md', () => {
  const md = readFileSync(DOC, 'utf8');

  test('the page has the marked table once', () => {
    expect(md.split(MARKER).length - 1, `${DOC} holds the marker line once`).toBe(1);
  });

  test('the table says what BUILTIN_EXTERNALS says', () => {
    const documented = documentedTable(md);
    expect(documented, `paste this after the marker in ${DOC}:\n${expectedTable().join('\n')}\n`).toEqual(expectedTable());
  });

  test('every built-in name appears once as a row, and no other row', () => {
    const names = (documentedTable(md) ?? []).slice(HEADER.length).map((row) => /^\| `([a-z0-9-]+)` \|/.exec(row)?.[1]);
    expect(names).toEqual(Object.keys(BUILTIN_EXTERNALS));
  });
});
