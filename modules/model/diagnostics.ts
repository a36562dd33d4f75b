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
  | 'province-count';

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
  const raw = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const clean = (raw ?? String(value)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
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

/** One line per diagnostic, in the style of compilers: `file:line:column: error: message`. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : '';
  const severity = lang === 'vi' ? (d.severity === 'error' ? 'lỗi' : 'cảnh báo') : d.severity;
  const parts = [`${where ? `${where}: ` : ''}${severity} [${d.code}]`];
  if (d.pointer) parts.push(` ${d.pointer}`);
  parts.push(`: ${d.message[lang]}`);
  if (d.suggestion !== undefined) {
    parts.push(lang === 'vi' ? ` Có phải là "${d.suggestion}"?` : ` Did you mean "${d.suggestion}"?`);
  }
  return parts.join('');
}
