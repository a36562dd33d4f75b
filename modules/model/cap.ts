// Bounds on how many diagnostics one run reports: a document with hundreds of thousands of errors (a long list of
// bad values) must not exhaust memory or the stack, and nobody reads past the first few thousand anyway. What is
// left out is counted and said, by one located diagnostic after those shown.
import { compareDiagnostics, text, type Diagnostic } from './diagnostics.js';
import type { SourceLocation } from './types.js';

export interface DiagnosticLimits {
  /** Most schema diagnostics reported for one document; the rest are counted in one `too-many-diagnostics`. */
  readonly perDocument: number;
  /** Most diagnostics reported for the whole inventory (the first ones by file, line and column). */
  readonly total: number;
}

export const DEFAULT_DIAGNOSTIC_LIMITS: DiagnosticLimits = { perDocument: 1_000, total: 20_000 };

/**
 * The diagnostic that follows the `shown` diagnostics of one document when `omitted` more were left out; `atLeast`
 * when validation stopped early, so that there may be more than `omitted`.
 */
export function moreInDocument(location: SourceLocation, shown: number, omitted: number, atLeast = false): Diagnostic {
  const vi = atLeast ? `ít nhất ${omitted}` : `${omitted}`;
  const en = atLeast ? `At least ${omitted}` : `${omitted}`;
  return {
    code: 'too-many-diagnostics',
    severity: 'error',
    location,
    message: text(
      `Tài liệu này còn ${vi} lỗi khác không được liệt kê; chỉ liệt kê ${shown} lỗi đầu tiên, lỗi đầu tiên bị lược bỏ nằm tại đây. Sửa các lỗi đã liệt kê rồi kiểm tra lại.`,
      `${en} more errors in this document are not listed; only the first ${shown} are, and the first one left out is here. Fix those listed and check again.`,
    ),
  };
}

/** The diagnostic that follows the first `shown` diagnostics of the inventory when `omitted` more were left out. */
export function moreInInventory(first: Diagnostic, shown: number, omitted: number, errors: boolean): Diagnostic {
  return {
    code: 'too-many-diagnostics',
    severity: errors ? 'error' : 'warning',
    ...(first.location ? { location: first.location } : {}),
    message: text(
      `Dữ liệu đầu vào còn ${omitted} lỗi và cảnh báo khác không được liệt kê; chỉ liệt kê ${shown} mục đầu tiên theo tệp, dòng và cột, mục đầu tiên bị lược bỏ nằm tại đây. Sửa các lỗi đã liệt kê rồi kiểm tra lại.`,
      `${omitted} more errors and warnings about the input are not listed; only the first ${shown} by file, line and column are, and the first one left out is here. Fix those listed and check again.`,
    ),
  };
}

/** A diagnostic and when it was added: equal diagnostics keep the order they came in, as a stable sort keeps them. */
interface Entry {
  readonly d: Diagnostic;
  readonly seq: number;
}

const before = (a: Entry, b: Entry): number => compareDiagnostics(a.d, b.d) || a.seq - b.seq;

/**
 * Keeps the first `limit` diagnostics in the order of `compareDiagnostics` among all those added, in memory bounded
 * by the limit (a max-heap of those kept), and counts the others.
 */
export class DiagnosticCollector {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private omitted = 0;
  private firstOmitted: Entry | undefined;
  private omittedErrors = false;
  private errors = false;

  constructor(private readonly limit: number = DEFAULT_DIAGNOSTIC_LIMITS.total) {}

  add(d: Diagnostic): void {
    if (d.severity === 'error') this.errors = true;
    const entry = { d, seq: this.seq++ };
    if (this.heap.length < this.limit) {
      this.heap.push(entry);
      this.up(this.heap.length - 1);
      return;
    }
    let out = entry;
    if (this.limit > 0 && before(entry, this.heap[0]!) < 0) {
      out = this.heap[0]!;
      this.heap[0] = entry;
      this.down(0);
    }
    this.omitted++;
    if (out.d.severity === 'error') this.omittedErrors = true;
    if (this.firstOmitted === undefined || before(out, this.firstOmitted) < 0) this.firstOmitted = out;
  }

  /** Whether any diagnostic added, kept or not, is an error. */
  get hasErrors(): boolean {
    return this.errors;
  }

  /** Those kept, sorted, then the one saying how many were left out (located at the first of them). */
  result(): Diagnostic[] {
    const sorted = this.heap.sort(before).map((e) => e.d);
    if (this.firstOmitted) sorted.push(moreInInventory(this.firstOmitted.d, sorted.length, this.omitted, this.omittedErrors));
    return sorted;
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(h[i]!, h[parent]!) <= 0) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let largest = i;
      if (l < h.length && before(h[l]!, h[largest]!) > 0) largest = l;
      if (r < h.length && before(h[r]!, h[largest]!) > 0) largest = r;
      if (largest === i) return;
      [h[i], h[largest]] = [h[largest]!, h[i]!];
      i = largest;
    }
  }
}
