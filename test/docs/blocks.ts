// The fenced ```yaml blocks of the documentation, with the markers written just before them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Words of a marker `<!-- example: word ... -->` on the last non-blank line before a fence:
 * - `invalid`: a counter-example; it must fail (a loader error or an error of an address-plan rule);
 * - `fragment`: a snippet of a field or a file, not a document; only parsed as YAML;
 * - `alternatives`: a fragment whose parts, separated by blank lines, are alternatives, each parsed on its own;
 * - `base=inventory/<folder>`: an inventory fragment of another inventory than the page's sample (e.g. a three-tier
 *   one), added to that bundled folder.
 */
export const MARKER_WORDS = new Set(['invalid', 'fragment', 'alternatives']);
const BASE_MARKER = /^base=(inventory\/[a-z0-9-]+)$/;

export const isMarkerWord = (word: string): boolean => MARKER_WORDS.has(word) || BASE_MARKER.test(word);

/** The bundled inventory folder a block's marker names as its base, if any. */
export function baseFolderOf(block: YamlBlock): string | undefined {
  for (const word of block.markers) {
    const named = BASE_MARKER.exec(word);
    if (named) return named[1];
  }
  return undefined;
}

export interface YamlBlock {
  /** The Markdown file, relative to the project root. */
  readonly md: string;
  /** Line in the Markdown file of the block's first line (the line after the fence). */
  readonly line: number;
  readonly text: string;
  readonly markers: readonly string[];
}

/** One YAML document of a block: its kind and name when it is an inventory document. */
export interface BlockDocument {
  readonly apiVersion?: unknown;
  readonly kind?: string;
  readonly name?: string;
  /** Top-level keys, to tell a document that lacks `apiVersion` from a configuration file. */
  readonly keys: readonly string[];
}

/** Every Markdown file under docs/ (recursively) and the README, sorted. */
export function markdownFiles(root = '.'): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return [...found.sort(), 'README.md'];
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([A-Za-z0-9_+-]*)/;
const MARKER = /^<!--\s*example:\s*([^>]*?)\s*-->$/;

/** The marker words on the last non-blank line before line `at`, or none. */
function markersBefore(lines: readonly string[], at: number): string[] {
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const marker = MARKER.exec(line);
    return marker ? marker[1]!.split(/[\s,]+/).filter((w) => w !== '') : [];
  }
  return [];
}

/** The ```yaml (or ```yml) blocks of one Markdown text; other fences are skipped whole. */
export function yamlBlocks(md: string, source: string): YamlBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: YamlBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]!);
    if (!open) {
      i++;
      continue;
    }
    const [, indent = '', fence = '', lang = ''] = open;
    const closes = (line: string) => line.trim().startsWith(fence[0]!.repeat(fence.length)) && /^[`~]+$/.test(line.trim());
    let end = i + 1;
    while (end < lines.length && !closes(lines[end]!)) end++;
    if (lang === 'yaml' || lang === 'yml') {
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      blocks.push({ md, line: i + 2, text: body.join('\n') + '\n', markers: markersBefore(lines, i) });
    }
    i = end + 1;
  }
  return blocks;
}

export function allBlocks(root = '.'): YamlBlock[] {
  return markdownFiles(root).flatMap((md) => yamlBlocks(md, readFileSync(join(root, md), 'utf8')));
}

/** The documents of a YAML text, or the parser's errors (with lines counted from the text's first line). */
export function parseDocuments(text: string): { documents: BlockDocument[]; errors: string[] } {
  const documents: BlockDocument[] = [];
  const errors: string[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true })) {
    for (const error of doc.errors) errors.push(`line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`);
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) continue;
    if (typeof data !== 'object' || Array.isArray(data)) {
      documents.push({ keys: [] });
      continue;
    }
    const record = data as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
    documents.push({
      keys: Object.keys(record),
      ...(record.apiVersion !== undefined ? { apiVersion: record.apiVersion } : {}),
      ...(typeof record.kind === 'string' ? { kind: record.kind } : {}),
      ...(typeof record.metadata?.name === 'string' ? { name: record.metadata.name } : {}),
    });
  }
  return { documents, errors };
}

/** The parts of an `alternatives` block: runs of lines separated by blank lines, each with its first line in the block. */
export function alternativesOf(text: string): { line: number; text: string }[] {
  const parts: { line: number; text: string }[] = [];
  let current: string[] = [];
  let start = 1;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length > 0) parts.push({ line: start, text: current.join('\n') + '\n' });
      current = [];
      start = i + 2;
    } else current.push(line);
  });
  if (current.length > 0) parts.push({ line: start, text: current.join('\n') + '\n' });
  return parts;
}

/**
 * The sample-inventory folder a block belongs to, from a leading comment naming its file
 * (`# inventory/quang-ngai/zones.yaml`): blocks naming files of one folder form one inventory.
 */
export function sampleFolderOf(block: YamlBlock): string | undefined {
  for (const line of block.text.split('\n')) {
    if (!line.startsWith('#')) return undefined;
    const named = /^#\s*(inventory\/[a-z0-9-]+)\/[A-Za-z0-9_./-]+\.ya?ml\s*$/.exec(line);
    if (named) return named[1];
  }
  return undefined;
}
