// Reading an inventory folder: the only part of the loader that touches the file system.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { text, type Diagnostic } from './diagnostics.js';

export interface InventoryFile {
  /** Path shown to users: the folder as given, joined with the path inside it. */
  readonly path: string;
  readonly text: string;
}

export interface ReadLimits {
  /** Largest file read, in bytes. */
  readonly maxFileBytes: number;
  /** Most YAML files read from one folder. */
  readonly maxFiles: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 64 * 1024 * 1024, maxFiles: 10_000 };

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !/\.lock\.ya?ml$/i.test(name);

function folderError(code: Diagnostic['code'], path: string, vi: string, en: string): Diagnostic {
  return { code, severity: 'error', location: { file: path, line: 1, column: 1 }, message: text(vi, en) };
}

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
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of found) {
    const read = await readYamlFile(file, limits, decoder);
    if (typeof read === 'string') files.push({ path: file.shown, text: read });
    else diagnostics.push(read);
  }
  return { files, diagnostics };
}

/** A YAML file found in the folder: the path shown to users, its real path, and its size in bytes. */
interface Found {
  readonly shown: string;
  readonly real: string;
  readonly size: number;
}

/** The real path of the folder, or why it cannot be read. */
async function openFolder(dir: string): Promise<string | Diagnostic> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      return folderError(
        'not-a-folder',
        dir,
        `"${dir}" không phải là thư mục; cần thư mục inventory của một tỉnh.`,
        `"${dir}" is not a folder; expected the inventory folder of one province.`,
      );
    }
    return await realpath(dir);
  } catch {
    return folderError('missing-folder', dir, `Không tìm thấy thư mục inventory "${dir}".`, `Inventory folder "${dir}" does not exist.`);
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
  const entries = (await readdir(join(root, inside), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = inside ? join(inside, entry.name) : entry.name;
    const shown = join(dir, rel);
    const real = entry.isSymbolicLink() ? await followLink(walk, shown, join(root, rel)) : join(root, rel);
    if (real === undefined) continue;
    const info = await lstat(real);
    if (info.isDirectory()) {
      if (walk.seen.has(real)) continue;
      walk.seen.add(real);
      await walkFolder(walk, relative(root, real));
    } else if (info.isFile() && isYaml(entry.name)) {
      walk.found.push({ shown, real, size: info.size });
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

/** The text of a file without its byte order mark, or why it is refused: too large, or not UTF-8 text. */
async function readYamlFile(file: Found, limits: ReadLimits, decoder: InstanceType<typeof TextDecoder>): Promise<string | Diagnostic> {
  if (file.size > limits.maxFileBytes) {
    return folderError(
      'file-too-large',
      file.shown,
      `Tệp lớn ${file.size} byte, vượt giới hạn ${limits.maxFileBytes} byte; hãy tách thành nhiều tệp.`,
      `The file has ${file.size} bytes, more than the limit of ${limits.maxFileBytes}; split it into several files.`,
    );
  }
  const bytes = await readFile(file.real);
  const nul = bytes.indexOf(0);
  let content: string | undefined;
  if (nul < 0) {
    try {
      content = decoder.decode(bytes);
    } catch {
      content = undefined;
    }
  }
  if (content === undefined) return binaryFile(file.shown, bytes, nul >= 0 ? nul : firstInvalidUtf8(bytes));
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

/** Locates the first byte that is not text (offset `at`) by line and column. */
function binaryFile(shown: string, bytes: Buffer, at: number): Diagnostic {
  const before = bytes.subarray(0, at).toString('latin1');
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
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
