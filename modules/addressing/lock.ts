// The lock file (inventory/<province>/addressing.lock.yaml): allocations the allocator made, kept across runs like a
// package lock. One line per allocation so that adding or removing one request changes only its own line.
import { parse } from 'yaml';
import { normaliseLineEndings } from '../model/index.js';
import { parsePrefixStrict } from '../net/index.js';
import type { AddressLock, LockEntry } from './types.js';

const HEADER = [
  '# Address allocations made by `hatang plan` (docs/addressing.md). Commit this file: later runs keep every',
  '# prefix below, so adding or removing a request never renumbers another. Do not edit by hand; release an',
  '# allocation with `hatang plan --write-lock --release`.',
];

const KEY = /^[a-z]+\/[a-z0-9-]+(\/[A-Za-z0-9-]+)+$/;
const quoteIfNeeded = (s: string) => (/^[A-Za-z0-9./_-]+$/.test(s) && !/^[0-9.]+$/.test(s) ? s : JSON.stringify(s));

/** Serialises the lock: fixed header, sorted keys, one flow mapping per allocation. */
export function serializeLock(lock: AddressLock): string {
  const lines = [...HEADER, 'version: 1', `province: ${quoteIfNeeded(lock.province)}`];
  const keys = Object.keys(lock.allocations).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) {
    lines.push('allocations: {}');
  } else {
    lines.push('allocations:');
    for (const key of keys) {
      const e = lock.allocations[key]!;
      lines.push(`  ${key}: { pool: ${quoteIfNeeded(e.pool)}, size: ${e.size}, prefix: ${JSON.stringify(e.prefix)} }`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A problem with a lock file, with the line it is on (1-based). */
export interface LockProblem {
  readonly line: number;
  readonly column: number;
  readonly message: { readonly vi: string; readonly en: string };
}

/**
 * Reads a lock file's text; problems make the caller refuse it (exit 2) rather than guess. Line endings are read as
 * the inventory loader reads them (LF, CRLF or CR alone): the `yaml` parser alone would take a CR-only file for one
 * comment line.
 */
export function parseLock(text: string): { lock?: AddressLock; problems: LockProblem[] } {
  const source = normaliseLineEndings(text);
  const problems: LockProblem[] = [];
  let data: unknown;
  try {
    data = parse(source, { uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    problems.push({
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      message: {
        vi: `Tệp khóa địa chỉ không phải YAML hợp lệ: ${(error as Error).message.split('\n')[0]}`,
        en: `The lock file is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      },
    });
    return { problems };
  }
  const lineOf = (needle: string) => {
    const at = source.split('\n').findIndex((l) => l.includes(needle));
    return at < 0 ? 1 : at + 1;
  };
  const obj = data as { version?: unknown; province?: unknown; allocations?: unknown } | null;
  if (
    !obj ||
    typeof obj !== 'object' ||
    obj.version !== 1 ||
    typeof obj.province !== 'string' ||
    typeof obj.allocations !== 'object' ||
    obj.allocations === null
  ) {
    problems.push({
      line: 1,
      column: 1,
      message: {
        vi: 'Tệp khóa địa chỉ cần các trường version: 1, province và allocations.',
        en: 'The lock file needs the keys version: 1, province and allocations.',
      },
    });
    return { problems };
  }
  const allocations: Record<string, LockEntry> = {};
  for (const [key, value] of Object.entries(obj.allocations as Record<string, unknown>)) {
    const e = value as { pool?: unknown; size?: unknown; prefix?: unknown } | null;
    const ok =
      KEY.test(key) &&
      e &&
      typeof e === 'object' &&
      typeof e.pool === 'string' &&
      Number.isInteger(e.size) &&
      typeof e.prefix === 'string' &&
      parsePrefixStrict(e.prefix).ok &&
      Number(e.prefix.split('/')[1]) === e.size;
    if (!ok) {
      problems.push({
        line: lineOf(key),
        column: 3,
        message: {
          vi: `Mục khóa "${key}" không hợp lệ: cần { pool, size, prefix }, trong đó prefix là dải địa chỉ viết ở dạng chuẩn, có độ dài đúng bằng size.`,
          en: `Lock entry "${key}" is not valid: expected { pool, size, prefix } with a canonical prefix of that size.`,
        },
      });
      continue;
    }
    allocations[key] = { pool: e.pool as string, size: e.size as number, prefix: parsePrefixStrict(e.prefix as string).ok ? (e.prefix as string) : '' };
  }
  if (problems.length > 0) return { problems };
  return { lock: { version: 1, province: obj.province, allocations, positions: entryPositions(source, allocations) }, problems };
}

/**
 * The line and column of each allocation's key: the first line (not a comment) that starts, after indentation,
 * with the key (bare or quoted) followed by a colon. Keys are unique (the parser refuses duplicates).
 */
function entryPositions(source: string, allocations: Readonly<Record<string, LockEntry>>): Record<string, { line: number; column: number }> {
  const positions: Record<string, { line: number; column: number }> = {};
  const lines = source.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([ \t]+)(?:"([^"]*)"|'([^']*)'|([^\s"'#:][^:#]*?))[ \t]*:/.exec(lines[i]!);
    const key = m ? (m[2] ?? m[3] ?? m[4])! : undefined;
    if (key !== undefined && Object.hasOwn(allocations, key) && !positions[key]) positions[key] = { line: i + 1, column: m![1]!.length + 1 };
  }
  return positions;
}
