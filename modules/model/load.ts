import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { compareDiagnostics, type Diagnostic } from './diagnostics.js';
import { DEFAULT_PARSE_LIMITS, parseYamlFile, parseYamlFileThoroughly, type ParsedDocument, type ParseLimits } from './parse.js';
import { resolveModel, type Locate, type RawEntity } from './resolve.js';
import { validateDocument } from './schema.js';
import { DEFAULT_LIMITS, readInventoryFolder, type InventoryFile, type ReadLimits } from './source.js';
import type { Model, SourceLocation, SourceRef } from './types.js';

export interface LoadOptions {
  readonly read?: ReadLimits;
  readonly parse?: ParseLimits;
  /** Called after each file is parsed and validated, for progress displays. */
  readonly onFile?: (done: number, total: number, file: string) => void;
}

export interface LoadResult {
  /** Present when the inventory has no error diagnostic. */
  readonly model?: Model;
  /** Problems with the input, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** Finds the file, line and column of any value of a loaded document, e.g. for findings. */
  readonly locate: Locate;
}

/** Reads, validates and resolves the inventory in `dir`. Never throws for bad input: it reports diagnostics. */
export async function loadInventory(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, diagnostics } = await readInventoryFolder(dir, options.read ?? DEFAULT_LIMITS);
  return loadFiles(dir, files, options.parse ?? DEFAULT_PARSE_LIMITS, diagnostics, options.onFile);
}

/** The pure part of loading: files already read → model and diagnostics. */
export function loadFiles(
  root: string,
  files: readonly InventoryFile[],
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  initial: readonly Diagnostic[] = [],
  onFile?: (done: number, total: number, file: string) => void,
): LoadResult {
  const diagnostics: Diagnostic[] = [...initial];
  const raws: RawEntity[] = [];
  // Names of documents rejected by the schema: references to them are not reported again as dangling.
  const rejected = new Map<string, Set<string>>();
  let unreadable = false;
  const hash = createHash('sha256');
  const texts = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    onFile?.(i, files.length, file.path);
    texts.set(file.path, file.text);
    hash.update(relative(root, file.path)).update('\0').update(file.text).update('\0');
    const parsed = parseYamlFile(file.path, file.text, limits);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) unreadable = true;
    for (const doc of parsed.documents) {
      const result = validateDocument(doc);
      if (result.diagnostics.length > 0) {
        diagnostics.push(...result.diagnostics);
        const name = (doc.data as { metadata?: { name?: unknown } } | null)?.metadata?.name;
        if (result.kind && typeof name === 'string') {
          let names = rejected.get(result.kind);
          if (!names) rejected.set(result.kind, (names = new Set()));
          names.add(name);
        } else {
          unreadable = true;
        }
        continue;
      }
      raws.push({ kind: result.kind!, data: doc.data, source: { ...doc.start, document: doc.index } });
    }
  }

  // Parsed files are dropped after validation to keep memory flat; locating a value parses its file again, once.
  const reparsed = new Map<string, Map<number, ParsedDocument>>();
  const locate: Locate = (source: SourceRef, path, at = 'value'): SourceLocation => {
    let docs = reparsed.get(source.file);
    if (!docs) {
      const text = texts.get(source.file);
      docs = new Map((text === undefined ? [] : parseYamlFileThoroughly(source.file, text, limits).documents).map((d) => [d.index, d]));
      reparsed.set(source.file, docs);
    }
    return docs.get(source.document)?.locate(path, at) ?? { file: source.file, line: source.line, column: source.column };
  };

  const hasInputErrors = diagnostics.some((d) => d.severity === 'error');
  if (files.length === 0) return { diagnostics: diagnostics.sort(compareDiagnostics), locate };
  const resolved = resolveModel(
    raws,
    locate,
    {
      root,
      hash: `sha256:${hash.digest('hex')}`,
      files: files.map((f) => f.path),
    },
    { rejected, incomplete: unreadable },
  );
  for (const d of resolved.diagnostics) diagnostics.push(d);
  diagnostics.sort(compareDiagnostics);
  reparsed.clear();
  return {
    diagnostics,
    locate,
    ...(resolved.model && !hasInputErrors ? { model: resolved.model } : {}),
  };
}
