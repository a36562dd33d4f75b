// Declared text with code spans: a rule's remediation names inventory fields and values between backticks
// (`kind: ntp`, `evidence.restoreDrill`). The documents show those parts as code and the rest as prose, both escaped.
// Only a rule's declared remediation goes through here: it is static per rule and never holds inventory text.
import { code, md } from '../runbook/markdown.js';

/** One part of a declared text: prose, or a code span's content. */
export interface RichPart {
  readonly code: boolean;
  readonly text: string;
}

/**
 * The text split on pairs of backticks: `a \`b\` c` is prose `a `, code `b`, prose ` c`. A backtick without its pair
 * stays in the prose as it is written; an empty pair is dropped.
 */
export function richParts(text: string): RichPart[] {
  const parts: RichPart[] = [];
  const push = (part: RichPart) => {
    const last = parts[parts.length - 1];
    if (part.text === '') return;
    if (last && !last.code && !part.code) parts[parts.length - 1] = { code: false, text: last.text + part.text };
    else parts.push(part);
  };
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1);
    if (close < 0) {
      push({ code: false, text: rest });
      return parts;
    }
    push({ code: false, text: rest.slice(0, open) });
    push({ code: true, text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
}

/** Inline Markdown: prose escaped with `md`, code parts as code spans (one line, safe in a table cell). */
export function richMarkdown(text: string): string {
  return richParts(text)
    .map((p) => (p.code ? code(p.text) : md(p.text)))
    .join('')
    .trim();
}

/** The text without its backticks, for outputs that have no code spans (the Word documents). */
export function richPlain(text: string): string {
  return richParts(text)
    .map((p) => p.text)
    .join('');
}
