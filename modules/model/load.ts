import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { DEFAULT_DIAGNOSTIC_LIMITS, DiagnosticCollector, type DiagnosticLimits } from './cap.js';
import type { Diagnostic } from './diagnostics.js';
import { DEFAULT_PARSE_LIMITS, parseYamlFile, type FileLocator, type ParseLimits } from './parse.js';
import { resolveModel, type Locate, type RawEntity } from './resolve.js';
import { validateDocument } from './schema.js';
import { DEFAULT_LIMITS, readInventoryFolder, type InventoryFile, type ReadLimits } from './source.js';
import type { Model, SourceLocation, SourceRef } from './types.js';

export interface LoadOptions {
  readonly read?: ReadLimits;
  readonly parse?: ParseLimits;
  /** How many diagnostics are reported, per document and in all (the rest are counted, see cap.ts). */
  readonly diagnostics?: DiagnosticLimits;
  /** Called after each file is parsed and validated, for progress displays. */
  readonly onFile?: (done: number, total: number, file: string) => void;
}

export interface LoadResult {
  /** Present when the inventory has no error diagnostic. */
  readonly model?: Model;
  /**
   * Problems with the input, sorted by file, line and column: at most DiagnosticLimits.total of them, then one
   * `too-many-diagnostics` saying how many more were left out.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Finds the file, line and column of any value of a loaded document, e.g. for findings. */
  readonly locate: Locate;
}

/** Reads, validates and resolves the inventory in `dir`. Never throws for bad input: it reports diagnostics. */
export async function loadInventory(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, diagnostics } = await readInventoryFolder(dir, options.read ?? DEFAULT_LIMITS);
  return loadFiles(dir, files, options.parse ?? DEFAULT_PARSE_LIMITS, diagnostics, options.onFile, options.diagnostics);
}

/** The pure part of loading: files already read → model and diagnostics. */
export function loadFiles(
  root: string,
  files: readonly InventoryFile[],
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  initial: readonly Diagnostic[] = [],
  onFile?: (done: number, total: number, file: string) => void,
  caps: DiagnosticLimits = DEFAULT_DIAGNOSTIC_LIMITS,
): LoadResult {
  const diagnostics = new DiagnosticCollector(caps.total);
  for (const d of initial) diagnostics.add(d);
  const raws: RawEntity[] = [];
  // Names of documents rejected by the schema: references to them are not reported again as dangling.
  const rejected = new Map<string, Set<string>>();
  let unreadable = false;
  const hash = createHash('sha256');
  // Each file's locator keeps its text and what locating needs, not its parsed documents (see FileLocator).
  const locators = new Map<string, FileLocator>();
  for (const [i, file] of files.entries()) {
    onFile?.(i, files.length, file.path);
    hash.update(relative(root, file.path)).update('\0').update(file.text).update('\0');
    const parsed = parseYamlFile(file.path, file.text, limits);
    locators.set(file.path, parsed.locator);
    for (const d of parsed.diagnostics) diagnostics.add(d);
    if (parsed.diagnostics.length > 0) unreadable = true;
    for (const doc of parsed.documents) {
      const result = validateDocument(doc, caps.perDocument);
      if (result.diagnostics.length > 0) {
        for (const d of result.diagnostics) diagnostics.add(d);
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

  // Parsed documents are dropped after validation to keep memory flat; a value is located from the positions recorded
  // while its file was parsed, without parsing it again (see FileLocator).
  const locate: Locate = (source: SourceRef, path, at = 'value'): SourceLocation =>
    locators.get(source.file)?.locate(source.document, path, at) ?? { file: source.file, line: source.line, column: source.column };

  const hasInputErrors = diagnostics.hasErrors;
  if (files.length === 0) return { diagnostics: diagnostics.result(), locate };
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
  for (const d of resolved.diagnostics) diagnostics.add(d);
  return {
    diagnostics: diagnostics.result(),
    locate,
    ...(resolved.model && !hasInputErrors ? { model: resolved.model } : {}),
  };
}
