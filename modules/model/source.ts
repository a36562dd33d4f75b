// Reading an inventory folder: the only part of the loader that touches the file system.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { text, type Diagnostic } from './diagnostics.js';
import { fileDiagnostic, readYamlFile, refusalDiagnostic, refusalOf } from './read-file.js';

export interface InventoryFile {
  /** Path shown to users: the folder as given, joined with the path inside it. */
  readonly path: string;
  readonly text: string;
}

export interface ReadLimits {
  /** Largest inventory file read, in bytes. */
  readonly maxFileBytes: number;
  /** Most YAML files read from one folder. */
  readonly maxFiles: number;
  /**
   * Largest address lock (`addressing.lock.yaml`) read, in bytes: a limit of its own, as one lock holds two entries
   * per agency of the whole province (about 20 MB for 100,000 agencies) where inventory files can be split.
   */
  readonly maxLockBytes: number;
}

/**
 * The limits of docs/inventory.md and docs/output.md (file-too-large) and docs/addressing.md (the lock). 1 MiB a file
 * keeps one check within 200 MiB + 4 × the file size of memory and well under 15 s, valid or error-dense, also when
 * every item of its lists is an error (figures in docs/performance.md, "Hostile input"); a province's inventory is
 * split into files (the national generator writes 2,000 agencies, about 0.8 MB, a file), its lock cannot be, so the
 * lock has a limit of its own.
 */
export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 1024 * 1024, maxFiles: 10_000, maxLockBytes: 64 * 1024 * 1024 };

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !/\.lock\.ya?ml$/i.test(name);

function folderError(code: Diagnostic['code'], path: string, vi: string, en: string): Diagnostic {
  return fileDiagnostic(code, path, text(vi, en));
}

/** A file or folder that could not be read (permission, a file where a folder is expected…): `read-error`. */
const readError = (path: string, error: unknown, what: 'file' | 'folder'): Diagnostic => refusalDiagnostic(path, refusalOf(error, what));

const SPLIT_ADVICE = text('; hãy tách thành nhiều tệp.', '; split it into several files.');

/** Reads every YAML file under `dir` (sorted, recursively), refusing what could hurt or mislead the loader. */
export async function readInventoryFolder(dir: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ files: InventoryFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files: InventoryFile[] = [];
  const opened = await openFolder(dir);
  if (typeof opened !== 'string') return { files, diagnostics: [opened] };
  const found = await findYamlFiles(dir, opened, diagnostics);

  if (found.length === 0 && diagnostics.length === 0) {
    diagnostics.push(
      folderError('empty-inventory', dir, `Thư mục "${dir}" không có tệp YAML nào (*.yaml, *.yml).`, `Folder "${dir}" holds no YAML file (*.yaml, *.yml).`),
    );
  }
  if (found.length > limits.maxFiles) {
    diagnostics.push(
      folderError(
        'file-too-large',
        dir,
        `Thư mục có ${found.length} tệp YAML, vượt giới hạn ${limits.maxFiles}.`,
        `The folder holds ${found.length} YAML files, more than the limit of ${limits.maxFiles}.`,
      ),
    );
    return { files, diagnostics };
  }
  for (const file of found) {
    // Only regular files are read (a named pipe would block the run): anything else is a located read-error.
    const read = await readYamlFile(file.real, file.shown, limits.maxFileBytes, SPLIT_ADVICE);
    if ('text' in read) files.push({ path: file.shown, text: read.text });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
}

/** A YAML file found in the folder: the path shown to users and its real path. */
interface Found {
  readonly shown: string;
  readonly real: string;
}

/** The real path of the folder, or why it cannot be read. */
async function openFolder(dir: string): Promise<string | Diagnostic> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return readError(dir, error, 'folder');
    return folderError('missing-folder', dir, `Không tìm thấy thư mục inventory "${dir}".`, `Inventory folder "${dir}" does not exist.`);
  }
  try {
    if (!info.isDirectory()) {
      return folderError(
        'not-a-folder',
        dir,
        `"${dir}" không phải là thư mục; cần thư mục inventory của một tỉnh.`,
        `"${dir}" is not a folder; expected the inventory folder of one province.`,
      );
    }
    return await realpath(dir);
  } catch (error) {
    return readError(dir, error, 'folder');
  }
}

/** The state of one walk through the folder. */
interface Walk {
  readonly dir: string;
  readonly root: string;
  /** Real paths of the folders already walked, so that a linked folder is read once. */
  readonly seen: Set<string>;
  readonly found: Found[];
  readonly diagnostics: Diagnostic[];
}

/** Every YAML file under the folder, in name order, following links that stay inside it; hidden entries and node_modules are skipped. */
async function findYamlFiles(dir: string, root: string, diagnostics: Diagnostic[]): Promise<Found[]> {
  const walk: Walk = { dir, root, seen: new Set<string>([root]), found: [], diagnostics };
  await walkFolder(walk, '');
  return walk.found;
}

async function walkFolder(walk: Walk, inside: string): Promise<void> {
  const { dir, root } = walk;
  let entries;
  try {
    entries = (await readdir(join(root, inside), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    walk.diagnostics.push(readError(inside ? join(dir, inside) : dir, error, 'folder'));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = inside ? join(inside, entry.name) : entry.name;
    const shown = join(dir, rel);
    const real = entry.isSymbolicLink() ? await followLink(walk, shown, join(root, rel)) : join(root, rel);
    if (real === undefined) continue;
    let info;
    try {
      info = await lstat(real);
    } catch (error) {
      walk.diagnostics.push(readError(shown, error, 'file'));
      continue;
    }
    if (info.isDirectory()) {
      if (walk.seen.has(real)) continue;
      walk.seen.add(real);
      await walkFolder(walk, relative(root, real));
    } else if (isYaml(entry.name)) {
      // Not only regular files: a named pipe or a device with a YAML name is refused when read, not skipped.
      walk.found.push({ shown, real });
    }
  }
}

/** Where a symbolic link leads, or undefined (reported) when it leads nowhere or outside the folder. */
async function followLink(walk: Walk, shown: string, link: string): Promise<string | undefined> {
  const { root } = walk;
  let real: string;
  try {
    real = await realpath(link);
  } catch {
    walk.diagnostics.push(folderError('read-error', shown, `Liên kết "${shown}" trỏ tới tệp không tồn tại.`, `Symbolic link "${shown}" points to nothing.`));
    return undefined;
  }
  if (real !== root && !real.startsWith(root + sep)) {
    walk.diagnostics.push(
      folderError(
        'symlink-outside',
        shown,
        `Liên kết "${shown}" trỏ ra ngoài thư mục inventory (${relative(root, real)}); chỉ đọc tệp bên trong thư mục.`,
        `Symbolic link "${shown}" leads outside the inventory folder (${relative(root, real)}); only files inside it are read.`,
      ),
    );
    return undefined;
  }
  return real;
}
