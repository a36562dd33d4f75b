// Reading the address lock file (an edge: the only file I/O of this module), checked against the province, its
// problems as located diagnostics.
import { parseLock } from './lock.js';
import type { AddressLock } from './types.js';
import { DEFAULT_LIMITS, readYamlFile, text, type Diagnostic, type Model } from '../model/index.js';

export { LOCK_FILE } from './lock-name.js';

/** The lock at `lockPath` for `model`'s province; no lock and no diagnostic when the file does not exist. */
export async function readAddressLock(lockPath: string, model: Model): Promise<{ lock?: AddressLock; text?: string; diagnostics: Diagnostic[] }> {
  // Read as the inventory files are: a regular file within the size limit, UTF-8, line endings made LF. A named
  // pipe, a device or a folder in its place is a located read-error, never a wait.
  const read = await readYamlFile(lockPath, lockPath, DEFAULT_LIMITS.maxFileBytes);
  if ('diagnostic' in read) return read.missing ? { diagnostics: [] } : { diagnostics: [read.diagnostic] };
  const source = read.text;
  const parsed = parseLock(source);
  if (!parsed.lock) return { text: source, diagnostics: parsed.problems.map((p) => lockDiagnostic(lockPath, p.line, p.column, p.message)) };
  if (parsed.lock.province !== model.province.name) {
    return {
      text: source,
      diagnostics: [
        lockDiagnostic(
          lockPath,
          1,
          1,
          text(
            `Tệp khóa thuộc tỉnh "${parsed.lock.province}", không phải "${model.province.name}".`,
            `The lock file belongs to province "${parsed.lock.province}", not "${model.province.name}".`,
          ),
        ),
      ],
    };
  }
  return { lock: parsed.lock, text: source, diagnostics: [] };
}

function lockDiagnostic(file: string, line: number, column: number, message: { readonly vi: string; readonly en: string }): Diagnostic {
  return { code: 'lock-file', severity: 'error', location: { file, line, column }, message };
}
