// Which inventory folder a command reads when none is given: the folder a `hatang.yaml` names (in the working
// directory or a parent up to the git root), else — only inside hatang's own repository — the bundled sample,
// else none: the command stops with exit 2 and says how to name one. Never a silent default elsewhere.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { nearest } from '../model/suggest.js';
import type { Lang, Text } from '../model/index.js';
import { EXIT, type CliContext } from './context.js';

/** The project file that names the inventory of a repository. */
export const CONFIG_FILE = 'hatang.yaml';
/** The keys a `hatang.yaml` may hold. */
const CONFIG_KEYS = ['inventory'] as const;
/** A `hatang.yaml` is one line or a few; anything larger is not one. */
const MAX_CONFIG_BYTES = 64 * 1024;
/** The sample a checkout of hatang itself checks when no folder is given. */
const BUNDLED = join('inventory', 'quang-ngai');

export type FolderChoice =
  | { readonly path: string; readonly from: 'argument' | 'bundled' }
  | { readonly path: string; readonly from: 'config'; readonly config: string }
  | { readonly error: Text };

const say = (vi: string, en: string): Text => ({ vi, en });

/** A path as outputs show it: relative to `cwd` when it lies below it, else absolute. */
function shown(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? abs : rel;
}

/** The working directory and its parents up to the git root; the working directory alone outside a git repository. */
export function searchedFolders(cwd: string): string[] {
  const folders: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    folders.push(dir);
    if (existsSync(join(dir, '.git'))) return folders;
    if (dirname(dir) === dir) return [resolve(cwd)];
  }
}

function isHatangRepository(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return pkg.name === 'hatang';
  } catch {
    return false;
  }
}

/** The folder to read, and where it came from; or why there is none (exit 2). */
export function chooseInventoryFolder(given: string | undefined, command: string, cwd: string = process.cwd()): FolderChoice {
  if (given !== undefined) return { path: given, from: 'argument' };
  const folders = searchedFolders(cwd);
  for (const dir of folders) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file)) {
      const read = readConfig(file, shown(file, cwd));
      if ('error' in read) return read;
      return { path: shown(resolve(dir, read.inventory), cwd), from: 'config', config: shown(file, cwd) };
    }
  }
  const repo = folders.find(isHatangRepository);
  if (repo !== undefined && existsSync(join(repo, BUNDLED))) return { path: shown(join(repo, BUNDLED), cwd), from: 'bundled' };
  return {
    error: say(
      `chưa chỉ thư mục inventory. Truyền thư mục khi gọi lệnh, ví dụ "hatang ${command} inventory/<tỉnh>", hoặc tạo tệp ${CONFIG_FILE} ở thư mục gốc của kho mã nguồn với dòng "inventory: inventory/<tỉnh>".`,
      `no inventory folder given. Pass one, e.g. "hatang ${command} inventory/<province>", or create ${CONFIG_FILE} at the root of the repository with the line "inventory: inventory/<province>".`,
    ),
  };
}

/** The folder a command reads, or undefined when there is none (the message is printed and the exit code is 2). */
export function inventoryFolder(cli: CliContext, given: string | undefined, lang: Lang, command: string): string | undefined {
  const choice = chooseInventoryFolder(given, command);
  if (!('error' in choice)) return choice.path;
  cli.io.stderr(`hatang: ${choice.error[lang]}\n`);
  cli.setExit(EXIT.invalid);
  return undefined;
}

/** Reads and checks a `hatang.yaml` strictly: a mapping with known keys only, `inventory` naming an existing folder. */
export function readConfig(file: string, shownFile: string): { inventory: string } | { error: Text } {
  const at = (line: number, col: number, text: Text): { error: Text } => ({
    error: say(`${shownFile}:${line}:${col}: ${text.vi}`, `${shownFile}:${line}:${col}: ${text.en}`),
  });
  let source: string;
  try {
    if (!statSync(file).isFile()) return at(1, 1, say('không phải tệp thông thường.', 'is not a regular file.'));
    if (statSync(file).size > MAX_CONFIG_BYTES) return at(1, 1, say(`lớn hơn ${MAX_CONFIG_BYTES} byte.`, `is larger than ${MAX_CONFIG_BYTES} bytes.`));
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return at(1, 1, say(`không đọc được tệp: ${(error as Error).message}`, `cannot be read: ${(error as Error).message}`));
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const where = (node: Node | null | undefined) => lines.linePos(node?.range?.[0] ?? 0);
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lines.linePos(firstError.pos[0]);
    return at(pos.line, pos.col, say(`YAML không hợp lệ: ${firstError.message.split('\n')[0]}`, `not valid YAML: ${firstError.message.split('\n')[0]}`));
  }
  if (!isMap(doc.contents)) {
    const pos = where(doc.contents);
    return at(pos.line, pos.col, say('cần một ánh xạ, ví dụ "inventory: inventory/<tỉnh>".', 'expected a mapping, e.g. "inventory: inventory/<province>".'));
  }
  let inventory: string | undefined;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPos = where(pair.key as Node);
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      const guess = nearest(key, CONFIG_KEYS);
      return at(
        keyPos.line,
        keyPos.col,
        say(
          `trường "${key}" không được hỗ trợ (chỉ có: ${CONFIG_KEYS.join(', ')}).${guess ? ` Có phải là "${guess}"?` : ''}`,
          `unknown key "${key}" (allowed: ${CONFIG_KEYS.join(', ')}).${guess ? ` Did you mean "${guess}"?` : ''}`,
        ),
      );
    }
    const value = pair.value as Node | null;
    const pos = where(value ?? (pair.key as Node));
    if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') {
      return at(pos.line, pos.col, say('"inventory" cần là đường dẫn thư mục (chuỗi không rỗng).', '"inventory" must be a folder path (a non-empty string).'));
    }
    const target = resolve(dirname(file), value.value);
    if (!existsSync(target) || !statSync(target).isDirectory()) {
      return at(
        pos.line,
        pos.col,
        say(
          `"inventory" chỉ tới "${value.value}" (tính từ thư mục chứa ${CONFIG_FILE}), không phải thư mục có sẵn.`,
          `"inventory" names "${value.value}" (relative to the folder of ${CONFIG_FILE}), which is not an existing folder.`,
        ),
      );
    }
    inventory = value.value;
  }
  if (inventory === undefined) return at(1, 1, say('thiếu trường "inventory".', 'the key "inventory" is missing.'));
  return { inventory };
}
