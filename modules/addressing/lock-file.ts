// Reading the address lock file (an edge: the only file I/O of this module), checked against the province, its
// problems as located diagnostics.
import { parseLock } from './lock.js';
import type { AddressLock } from './types.js';
import { DEFAULT_LIMITS, readYamlFile, text, type Diagnostic, type Model } from '../model/index.js';

export { LOCK_FILE } from './lock-name.js';

/** Appended to the size refusal of a lock: its limit is its own, and unlike inventory files it cannot be split. */
const LOCK_ADVICE = text(
  ' (giới hạn riêng của tệp khóa địa chỉ, xem docs/addressing.md); tệp khóa không tách được thành nhiều tệp: hãy kiểm tra tệp có bị ghi thêm nội dung lạ không.',
  " (the address lock's own limit, see docs/addressing.md); a lock cannot be split into several files: check that nothing foreign was added to it.",
);

/** The lock at `lockPath` for `model`'s province; no lock and no diagnostic when the file does not exist. */
export async function readAddressLock(
  lockPath: string,
  model: Model,
  maxBytes: number = DEFAULT_LIMITS.maxLockBytes,
): Promise<{ lock?: AddressLock; text?: string; diagnostics: Diagnostic[] }> {
  // Read as the inventory files are: a regular file within its size limit (the lock's own, DEFAULT_LIMITS.maxLockBytes),
  // UTF-8, line endings made LF. A named pipe, a device or a folder in its place is a located read-error, never a wait.
  const read = await readYamlFile(lockPath, lockPath, maxBytes, LOCK_ADVICE);
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
            `Tệp khóa địa chỉ thuộc tỉnh "${parsed.lock.province}", không phải "${model.province.name}".`,
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
