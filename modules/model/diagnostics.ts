import type { SourceLocation } from './types.js';

/** Bilingual user-facing text. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof Text;

export type DiagnosticCode =
  | 'missing-folder'
  | 'not-a-folder'
  | 'empty-inventory'
  | 'symlink-outside'
  | 'file-too-large'
  | 'document-too-large'
  | 'binary-file'
  | 'read-error'
  | 'lock-file'
  | 'yaml-syntax'
  | 'yaml-alias-limit'
  | 'too-deep'
  | 'reserved-key'
  | 'not-a-mapping'
  | 'api-version'
  | 'unknown-kind'
  | 'unknown-field'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-prefix'
  | 'duplicate-name'
  | 'dangling-reference'
  | 'inconsistent-reference'
  | 'province-count'
  | 'too-many-diagnostics';

/** A problem with the input itself (as opposed to a finding about a valid inventory). */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: 'error' | 'warning';
  /** Where it is; absent only for problems with the folder as a whole. */
  readonly location?: SourceLocation;
  /** JSON Pointer of the value inside its document, e.g. `/spec/site`. */
  readonly pointer?: string;
  readonly message: Text;
  readonly found?: string;
  readonly expected?: string;
  /** The nearest valid value, when a misspelling is likely. */
  readonly suggestion?: string;
}

export function text(vi: string, en: string): Text {
  return { vi, en };
}

/** Renders a value found in the input for a message: short, quoted, without control characters. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const raw = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? stringifyObject(value) : String(value);
  const clean = (raw ?? String(value)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  if (clean.length <= 80) return clean;
  // Cut on a code point, never inside a surrogate pair.
  const cut = clean.slice(0, 77);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}...`;
}

/** JSON of a value from YAML; a value that contains itself (a recursive alias) shows `[circular]` there. */
function stringifyObject(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    const ancestors: object[] = [];
    return JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
      if (typeof v !== 'object' || v === null) return v;
      while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
      if (ancestors.includes(v)) return '[circular]';
      ancestors.push(v);
      return v;
    });
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
}

/** What a terminal would act on rather than print: C0 controls but tab, DEL, C1, bidirectional controls, line separators. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

/**
 * Text for a terminal or a CI log, one line: every control character is written as a visible escape (`\x1b`,
 * `\n`, `\u202e`), so that an ESC sequence, a bell, a NUL or a line break in a name from the inventory shows as
 * text and can neither recolour, retitle or clear the terminal nor forge another line of output.
 */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROL, (ch) => {
    const n = ch.charCodeAt(0);
    return NAMED[ch] ?? (n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`);
  });
}

/**
 * One line per diagnostic, in the style of compilers: `file:line:column: error: message`. The whole line goes
 * through `forTerminal`: file names, pointers, messages and suggestions may carry text from the inventory.
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : '';
  const severity = lang === 'vi' ? (d.severity === 'error' ? 'lỗi' : 'cảnh báo') : d.severity;
  const parts = [`${where ? `${where}: ` : ''}${severity} [${d.code}]`];
  if (d.pointer) parts.push(` ${d.pointer}`);
  parts.push(`: ${d.message[lang]}`);
  if (d.suggestion !== undefined) {
    parts.push(lang === 'vi' ? ` Có phải là "${d.suggestion}"?` : ` Did you mean "${d.suggestion}"?`);
  }
  return forTerminal(parts.join(''));
}
