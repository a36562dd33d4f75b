// Reading one input file: a regular file only, within a size limit, then as YAML text with one form of line ending.
// Every file hatang reads as input goes through here (inventory files, the address lock, the --baseline report), so
// a named pipe, a device, a socket or a folder is refused with a reason instead of blocking or crashing the run.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { text, type Diagnostic, type Text } from './diagnostics.js';

/** Why a file was not read: it does not exist, cannot be read (permission, not a regular file…), or is too large. */
export type ReadRefusal =
  | { readonly reason: 'missing'; readonly message: Text }
  | { readonly reason: 'unreadable'; readonly message: Text }
  | { readonly reason: 'too-large'; readonly message: Text; readonly size: number; readonly limit: number };

// O_NONBLOCK: opening a named pipe without a writer returns at once instead of waiting for one (the check of the
// handle then refuses it); it changes nothing for a regular file. O_NOCTTY: a terminal never becomes ours.
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them, or why not. The file is opened without
 * blocking and checked through its handle (fstat), so what is checked is what is read.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<{ bytes: Buffer } | { refused: ReadRefusal }> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    return { refused: refusalOf(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { refused: { reason: 'unreadable', message: notRegular(info) } };
    if (info.size > maxBytes) return { refused: tooLarge(info.size, maxBytes) };
    const bytes = await readUpTo(handle, info.size, maxBytes);
    // A file that grew after the check is still cut at the limit.
    return bytes.length > maxBytes ? { refused: tooLarge(bytes.length, maxBytes) } : { bytes };
  } catch (error) {
    return { refused: refusalOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads until the end of the file or one byte past the limit, whichever comes first. */
async function readUpTo(handle: FileHandle, expected: number, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Math.max(64 * 1024, expected + 1);
  for (;;) {
    const room = maxBytes + 1 - total;
    if (room <= 0) break;
    const buffer = Buffer.allocUnsafe(Math.min(chunk, room));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, limit: number): ReadRefusal {
  return {
    reason: 'too-large',
    size,
    limit,
    message: text(`Tệp lớn ${size} byte, vượt giới hạn ${limit} byte`, `The file has ${size} bytes, more than the limit of ${limit}`),
  };
}

function notRegular(info: Stats): Text {
  const [vi, en] = info.isDirectory()
    ? ['một thư mục', 'a folder']
    : info.isFIFO()
      ? ['một ống có tên (FIFO)', 'a named pipe (FIFO)']
      : info.isSocket()
        ? ['một socket', 'a socket']
        : info.isCharacterDevice()
          ? ['một thiết bị ký tự', 'a character device']
          : info.isBlockDevice()
            ? ['một thiết bị khối', 'a block device']
            : ['một tệp đặc biệt', 'a special file'];
  return text(
    `Đường dẫn là ${vi}, không phải tệp thông thường; hatang chỉ đọc tệp thông thường.`,
    `The path is ${en}, not a regular file; hatang reads regular files only.`,
  );
}

/** The reason of a failed open or read of a file (or folder), in words; `missing` only when it does not exist. */
export function refusalOf(error: unknown, what: 'file' | 'folder' = 'file'): ReadRefusal {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const [viWhat, enWhat] = what === 'file' ? ['tệp', 'file'] : ['thư mục', 'folder'];
  if (code === 'ENOENT')
    return { reason: 'missing', message: text(`${viWhat[0]!.toUpperCase()}${viWhat.slice(1)} không tồn tại.`, `The ${enWhat} does not exist.`) };
  const known: Record<string, readonly [string, string]> = {
    EACCES: ['không có quyền đọc (người dùng chạy hatang không được phép đọc nó)', 'permission denied (the user running hatang may not read it)'],
    EPERM: ['không được phép đọc', 'operation not permitted'],
    EISDIR: ['đường dẫn là một thư mục, không phải tệp', 'the path is a folder, not a file'],
    ENOTDIR: ['một phần của đường dẫn là tệp, không phải thư mục', 'a part of the path is a file, not a folder'],
    ENXIO: ['đường dẫn là socket hoặc thiết bị, không phải tệp thông thường', 'the path is a socket or a device, not a regular file'],
    ELOOP: ['vòng lặp liên kết tượng trưng', 'a loop of symbolic links'],
    ENAMETOOLONG: ['tên quá dài', 'the name is too long'],
    EIO: ['lỗi vào/ra của thiết bị', 'an input/output error of the device'],
  };
  const words = code !== undefined ? known[code] : undefined;
  const raw = error instanceof Error ? error.message : String(error);
  const [vi, en] = words ?? [raw, raw];
  return { reason: 'unreadable', message: text(`Không đọc được ${viWhat}: ${vi}.`, `The ${enWhat} cannot be read: ${en}.`) };
}

/** A diagnostic at line 1, column 1 of `file`. */
export function fileDiagnostic(code: Diagnostic['code'], file: string, message: Text): Diagnostic {
  return { code, severity: 'error', location: { file, line: 1, column: 1 }, message };
}

/** A refusal as a located diagnostic: `read-error`, or `file-too-large` with `advice` appended. */
export function refusalDiagnostic(file: string, refused: ReadRefusal, advice: Text = text('.', '.')): Diagnostic {
  if (refused.reason !== 'too-large') return fileDiagnostic('read-error', file, refused.message);
  return fileDiagnostic('file-too-large', file, text(refused.message.vi + advice.vi, refused.message.en + advice.en));
}

/**
 * YAML text from a file's bytes: UTF-8 only (else a located `binary-file` diagnostic), without a byte order mark,
 * and with every line ending (CRLF, CR alone) made LF. The YAML parsers of the loader and of the lock disagree on a
 * CR alone, and YAML says line breaks are normalised anyway: both get the same text from here.
 */
export function yamlText(shown: string, bytes: Buffer): string | Diagnostic {
  const nul = bytes.indexOf(0);
  let content: string | undefined;
  if (nul < 0) {
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      content = undefined;
    }
  }
  if (content === undefined) return binaryFile(shown, bytes, nul >= 0 ? nul : firstInvalidUtf8(bytes));
  return normaliseLineEndings(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
}

/** CRLF and CR alone → LF. */
export function normaliseLineEndings(source: string): string {
  return source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
}

/**
 * A regular YAML text file at `path` (shown to users as `shown`) within `maxBytes`: its text, or a located
 * diagnostic (`read-error`, `file-too-large`, `binary-file`); `missing` tells a file that does not exist.
 */
export async function readYamlFile(
  path: string,
  shown: string,
  maxBytes: number,
  tooLargeAdvice?: Text,
): Promise<{ text: string } | { diagnostic: Diagnostic; missing: boolean }> {
  const read = await readRegularFile(path, maxBytes);
  if ('refused' in read) return { diagnostic: refusalDiagnostic(shown, read.refused, tooLargeAdvice), missing: read.refused.reason === 'missing' };
  const content = yamlText(shown, read.bytes);
  return typeof content === 'string' ? { text: content } : { diagnostic: content, missing: false };
}

/** Locates the first byte that is not text (offset `at`) by line and column. */
function binaryFile(shown: string, bytes: Buffer, at: number): Diagnostic {
  // Lines end as the parsers see them: LF, CRLF or CR alone.
  const lines = bytes
    .subarray(0, at)
    .toString('latin1')
    .split(/\r\n?|\n/);
  const line = lines.length;
  const column = lines[lines.length - 1]!.length + 1;
  return {
    code: 'binary-file',
    severity: 'error',
    location: { file: shown, line, column },
    message: text(
      `Tệp không phải văn bản UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} tại vị trí ${at}); inventory phải là YAML dạng văn bản.`,
      `The file is not UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); an inventory must be YAML text.`,
    ),
  };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // overlong forms and surrogates are refused by TextDecoder too
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
