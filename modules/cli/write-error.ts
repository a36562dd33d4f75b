// The one error of writing outputs, kept apart from write.ts so that main.ts can recognise it without loading the
// model at start-up.
import type { Text } from '../model/diagnostics.js';

/** A file or folder of the output could not be written (or removed): the path and the reason, in both languages. */
export class WriteError extends Error {
  /** The one-line message, e.g. `cannot write out/x/report.html: the file system is read-only.` */
  readonly text: Text;
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    reason: Text,
  ) {
    super(`cannot write ${path}: ${reason.en}`);
    this.name = 'WriteError';
    this.text = { vi: `không ghi được ${path}: ${reason.vi}.`, en: `cannot write ${path}: ${reason.en}.` };
  }
}
