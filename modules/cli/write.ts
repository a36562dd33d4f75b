// Writing outputs: atomically (a temporary file renamed into place), without leaving temporary files behind, and
// with one kind of error for everything that can go wrong on the way (`WriteError`, exit 2 in main.ts).
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { access, constants, lstat, mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readRegularFile, text, type Text } from '../model/index.js';
import { WriteError } from './write-error.js';

export { WriteError } from './write-error.js';

/** Every temporary file hatang makes starts with this; a folder's leftovers (after kill -9) are swept by it. */
export const TEMP_PREFIX = '.hatang-tmp-';
/** A temporary file older than this is an orphan of a killed run and is removed by the next write into its folder. */
export const ORPHAN_AGE_MS = 10 * 60 * 1000;

/**
 * Writes a file so that readers see either the old content or the new, never a part; keeps an existing file's mode.
 * `content` may come in pieces (an iterable of strings, written one after the other as UTF-8), for a text too long
 * to hold as one string.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw await writeError(path, error);
  }
  await sweepOrphans(dir);
  await sweepLegacyOrphans(dir, basename(path));
  const keep = await existingFile(path);
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  track(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o666);
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else for (const piece of content) await handle.writeFile(piece); // each from where the last ended
    if (keep) await keepModeAndOwner(handle, keep);
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw await writeError(path, error);
  } finally {
    untrack(temp);
  }
}

/** Removes a file of an earlier run; a failure is a `WriteError`. */
export async function removeFile(path: string): Promise<void> {
  try {
    await rm(path, { force: true });
  } catch (error) {
    throw await writeError(path, error);
  }
}

/** The text of an existing output file, or undefined when there is none or it is not a regular file (never waits on a pipe). */
export async function readExistingOutput(path: string, maxBytes = 64 * 1024 * 1024): Promise<string | undefined> {
  const read = await readRegularFile(path, maxBytes);
  return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
}

/**
 * Why an existing file should not be replaced without being asked to: it is a symbolic link, not a regular file,
 * read-only (no write permission bit, which also holds for root) or not writable by this user. Undefined when it
 * may be replaced or does not exist.
 */
export async function replaceProblem(path: string): Promise<Text | undefined> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return undefined;
  }
  if (info.isSymbolicLink()) return text('đây là một liên kết tượng trưng', 'it is a symbolic link');
  if (!info.isFile()) return text('đây không phải tệp thông thường', 'it is not a regular file');
  const mode = (info.mode & 0o7777).toString(8).padStart(4, '0');
  if ((info.mode & 0o222) === 0) return text(`tệp chỉ đọc (quyền ${mode})`, `it is read-only (mode ${mode})`);
  const writable = await access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? undefined : text(`người dùng này không có quyền ghi (quyền ${mode})`, `this user may not write it (mode ${mode})`);
}

// ---- temporary files: tracked while they exist, removed on SIGINT/SIGTERM ---------------------------------------

const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let armed = false;

/** Removes the temporary files in flight, then lets the signal do what it would have done without us. */
function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already gone
    }
  }
  pending.clear();
  disarm();
  // Other listeners (e.g. `hatang serve`) decide themselves; alone, re-raise so that the process ends by the signal
  // (exit status 130 or 143 in a shell).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

// The handlers are installed only while a temporary file exists, so a run of `main` in-process leaves none behind.
function track(temp: string): void {
  pending.add(temp);
  if (armed) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  armed = true;
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) disarm();
}

function disarm(): void {
  if (!armed) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  armed = false;
}

/** Folder → when it was last swept, so that a build writing hundreds of files reads each folder once. */
const swept = new Map<string, number>();

/**
 * Temporary names of hatang's first releases (`.<output name>.<process id>.tmp`), by output name, found in each
 * folder when it was last swept.
 */
const legacy = new Map<string, Map<string, string[]>>();
const LEGACY_TEMP = /^\.(.+)\.(\d+)\.tmp$/;

/**
 * Removes `.hatang-tmp-*` files older than ORPHAN_AGE_MS in `dir` (left by a killed run); never fails the write. Also
 * notes the temporary files of the former naming there, for sweepLegacyOrphans.
 */
export async function sweepOrphans(dir: string, now = Date.now()): Promise<void> {
  const last = swept.get(dir);
  if (last !== undefined && now - last < 60_000) return;
  swept.set(dir, now);
  const names = await readdir(dir).catch(() => [] as string[]);
  const byOutput = new Map<string, string[]>();
  legacy.set(dir, byOutput);
  for (const name of names) {
    const old = LEGACY_TEMP.exec(name);
    if (old) {
      const list = byOutput.get(old[1]!);
      if (list) list.push(name);
      else byOutput.set(old[1]!, [name]);
    }
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const full = join(dir, name);
    if (pending.has(full)) continue;
    const info = await lstat(full).catch(() => undefined);
    if (info?.isFile() && now - info.mtimeMs > ORPHAN_AGE_MS) await unlink(full).catch(() => undefined);
  }
}

/**
 * Removes the orphans of the former temporary naming for the output `name` in `dir`: `.<name>.<pid>.tmp`, a regular
 * file older than ORPHAN_AGE_MS. Only those of the very file being written are hatang's own beyond doubt (another
 * program's `.x.123.tmp` next to an output is left alone); never fails the write.
 */
export async function sweepLegacyOrphans(dir: string, name: string, now = Date.now()): Promise<void> {
  const byOutput = legacy.get(dir);
  const names = byOutput?.get(name);
  if (!byOutput || !names) return;
  byOutput.delete(name);
  for (const orphan of names) {
    const full = join(dir, orphan);
    const info = await lstat(full).catch(() => undefined);
    if (info?.isFile() && now - info.mtimeMs > ORPHAN_AGE_MS) await unlink(full).catch(() => undefined);
  }
}

// ---- mode and owner ----------------------------------------------------------------------------------------------

interface Kept {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** Mode and owner of the regular file at `path` (following a link), to give the replacement; undefined otherwise. */
async function existingFile(path: string): Promise<Kept | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid } : undefined;
}

/** Best effort: a file system without modes, or an owner only root may give, leaves the defaults. */
async function keepModeAndOwner(handle: FileHandle, keep: Kept): Promise<void> {
  await handle.chmod(keep.mode).catch(() => undefined);
  // Only root may give a file away; a user may still keep a group it belongs to.
  if (keep.uid !== process.getuid?.() || keep.gid !== process.getgid?.()) await handle.chown(keep.uid, keep.gid).catch(() => undefined);
}

// ---- the reason of a failed write, in words -------------------------------------------------------------------------

const REASONS: Record<string, readonly [string, string]> = {
  EACCES: ['không có quyền ghi (thư mục hoặc tệp không cho người dùng này ghi)', 'permission denied (the folder or file is not writable by this user)'],
  EPERM: ['không được phép', 'operation not permitted'],
  EROFS: ['hệ thống tệp chỉ đọc', 'the file system is read-only'],
  ENOSPC: ['hết chỗ trống trên thiết bị', 'no space left on the device'],
  EDQUOT: ['vượt hạn mức đĩa', 'the disk quota is exceeded'],
  EISDIR: ['ở đó đã có một thư mục', 'a folder is in the way'],
  ENAMETOOLONG: ['tên quá dài', 'the name is too long'],
  EMFILE: ['mở quá nhiều tệp', 'too many open files'],
  ENFILE: ['mở quá nhiều tệp', 'too many open files'],
  EIO: ['lỗi vào/ra của thiết bị', 'an input/output error of the device'],
  EBUSY: ['tệp hoặc thư mục đang bận', 'the file or folder is busy'],
};

async function writeError(path: string, error: unknown): Promise<WriteError> {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    const blocker = await fileInTheWay(dirname(path));
    if (blocker !== undefined) return new WriteError(path, code, text(`${blocker} là một tệp, không phải thư mục`, `${blocker} is a file, not a folder`));
  }
  const words = code !== undefined ? REASONS[code] : undefined;
  const raw = error instanceof Error ? error.message : String(error);
  return new WriteError(path, code, words ? text(words[0], words[1]) : text(raw, raw));
}

/** The nearest existing ancestor of `dir` (itself included) when it is not a folder: what stops the write. */
async function fileInTheWay(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOTDIR' ? 'not-a-dir' : undefined));
    if (info === 'not-a-dir') {
      if (at === dirname(at)) return undefined;
      continue;
    }
    if (info !== undefined) return info.isDirectory() ? undefined : at;
    if (at === dirname(at)) return undefined;
  }
}
