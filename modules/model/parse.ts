// YAML text → plain documents, refusing what YAML allows but an inventory must not contain.
import { constructFromEvents, EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import { Composer, isAlias, isCollection, isPair, isScalar, LineCounter, Parser, parseAllDocuments, type Document, type Node } from 'yaml';
import { show, text, type Diagnostic } from './diagnostics.js';
import { EventRecorder, PositionPool, recordTree, UNCERTAIN } from './positions.js';
import type { SourceLocation } from './types.js';

/** One YAML document of a file, as plain data, with what is needed to locate values in it. */
export interface ParsedDocument {
  readonly file: string;
  readonly index: number;
  readonly data: unknown;
  readonly start: SourceLocation;
  readonly locate: (pointer: readonly (string | number)[], at?: 'key' | 'value') => SourceLocation;
}

export interface ParseLimits {
  /** Deepest nesting of mappings and sequences accepted. */
  readonly maxDepth: number;
  /** Most alias expansions per document (guards against "billion laughs"). */
  readonly maxAliasCount: number;
  /** Longest document, in characters from its marker line to the next (`document-too-large`). */
  readonly maxDocumentChars: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 32, maxAliasCount: 100, maxDocumentChars: 256 * 1024 };

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedFile {
  readonly documents: ParsedDocument[];
  readonly diagnostics: Diagnostic[];
  /** Locates values of the file's documents after the documents themselves are dropped. */
  readonly locator: FileLocator;
}

/**
 * What the parsers did, for tests and benchmarks: how often and how much text was read into a `yaml` syntax tree
 * (whole files the fast path could not vouch for, single documents whose positions it could not derive).
 */
export const parseCounters = { treeFiles: 0, treeDocuments: 0, treeChars: 0 };

/**
 * Parses every document of a file. Well-formed files take a fast path (js-yaml's event parser, one document at a
 * time, no syntax tree); a file the fast path cannot vouch for (a syntax error, aliases, directives, deep nesting,
 * reserved keys) is parsed again by the thorough parser, one document at a time, whose diagnostics are the ones
 * reported. Either way the positions of every document's values are recorded as it is read (see FileLocator), so that
 * locating a value never parses the file again.
 */
export function parseYamlFile(file: string, source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const large = largeDocument(source, limits.maxDocumentChars);
  if (large !== undefined) return { documents: [], diagnostics: [documentTooLarge(file, source, large, limits)], locator: new FileLocator(file, source) };
  const fast = parseFast(file, source, limits);
  if ('tooDeep' in fast) return { documents: [], diagnostics: [fast.tooDeep], locator: new FileLocator(file, source) };
  return fast.documents ? { documents: fast.documents, diagnostics: [], locator: fast.locator } : parseWithSyntaxTree(file, source, limits);
}

/** The thorough parser alone (after the same nesting guard): a full syntax tree per document. */
export function parseYamlFileThoroughly(file: string, source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const tooDeep = scanForDepth(source, limits);
  if (tooDeep !== undefined) return { documents: [], diagnostics: [tooDeepAt(file, source, tooDeep, limits)], locator: new FileLocator(file, source) };
  return parseWithSyntaxTree(file, source, limits);
}

// ---------------------------------------------------------------------------------------------------------------
// Locating values

/**
 * Characters js-yaml and the `yaml` package read differently (js-yaml ends lines at a lone CR and skips a byte order
 * mark before any document): documents whose text holds one are located by the thorough parser, as they were before
 * positions were recorded, so that both parsers' disagreement shows the same way.
 */
const odd = /\r(?!\n)|\uFEFF/;

/** A file's documents as the locator knows them: index in the file, root node, and (fast path) root offset. */
interface Places {
  readonly index: Int32Array;
  /** Root node in the pool, or -1 when the document is located by the thorough parser. */
  readonly root: Int32Array;
  /** Offset of the root node in the file (fast path), which finds the document's own text again. */
  readonly offset?: Int32Array;
}

/**
 * Locates values in the documents of one file from the positions recorded while it was parsed (see PositionPool):
 * no parsing again, whatever the number of lookups. A fast-path document whose positions could not all be derived
 * (rare layouts of block scalars and empty values, odd characters) is read alone by the thorough parser on its first
 * lookup, and that tree's positions are kept for the next lookups.
 */
export class FileLocator {
  private places: Places = { index: new Int32Array(0), root: new Int32Array(0) };
  /** Documents located from the thorough parser's tree of their own text: their root node in `trees`, or -1 (errors). */
  private thorough?: { readonly trees: PositionPool; readonly roots: Map<number, number> };

  constructor(
    readonly file: string,
    private readonly source: string,
    private readonly pool = new PositionPool(),
    private lineStarts?: Int32Array,
  ) {}

  /** The file, line and column of an offset, as the `yaml` package's LineCounter gives them. */
  at(offset: number): SourceLocation {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    const target = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < target) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === target) return { file: this.file, line: low + 1, column: 1 };
    if (low === 0) return { file: this.file, line: 0, column: target };
    return { file: this.file, line: low, column: target - starts[low - 1]! + 1 };
  }

  /** Location of the value at `pointer` in document `document`; undefined when the file has no such document. */
  locate(document: number, pointer: readonly (string | number)[], where: 'key' | 'value' = 'value'): SourceLocation | undefined {
    const place = indexOf(this.places.index, document);
    if (place < 0) return undefined;
    const root = this.places.root[place]!;
    const offset = root < 0 ? UNCERTAIN : this.pool.offsetOf(root, pointer, where);
    if (offset !== UNCERTAIN) return this.at(offset);
    const tree = this.thoroughly(place);
    return tree < 0 ? undefined : this.at(this.thorough!.trees.offsetOf(tree, pointer, where));
  }

  /** @internal Records where the documents are, once the file is read. */
  settle(places: Places, lineStarts?: Int32Array): void {
    this.places = places;
    if (lineStarts) this.lineStarts = lineStarts;
    this.pool.trim();
  }

  /**
   * The root node of one fast-path document read again, alone, by the thorough parser (the text from the marker line
   * before it to the next), once: its positions are recorded and the tree dropped. -1 when the thorough parser finds
   * errors in it.
   */
  private thoroughly(place: number): number {
    const thorough = (this.thorough ??= { trees: new PositionPool(), roots: new Map() });
    const known = thorough.roots.get(place);
    if (known !== undefined) return known;
    const offset = this.places.offset?.[place];
    let root = -1;
    if (offset !== undefined) {
      const { start, end } = chunkAround(this.source, offset);
      const chunk = this.source.slice(start, end);
      parseCounters.treeDocuments++;
      parseCounters.treeChars += chunk.length;
      const doc = parseAllDocuments(chunk, { prettyErrors: false, uniqueKeys: true, strict: true })[ordinalAt(chunk, offset - start)];
      if (doc && doc.errors.length === 0 && doc.warnings.length === 0 && doc.contents !== null) {
        root = recordTree(thorough.trees, doc.contents, start);
      }
    }
    thorough.roots.set(place, root);
    return root;
  }
}

/** Place, among the documents of `text` as js-yaml reads them, of the one whose root node is at `offset`; -1 if none. */
function ordinalAt(text: string, offset: number): number {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: Number.MAX_SAFE_INTEGER }); // read before with the nesting guard
  } catch {
    return -1;
  }
  let ordinal = 0;
  for (let i = 0; i < events.length; i++) {
    if (events[i]!.type !== EVENT_ID.DOCUMENT) continue;
    const content = events[i + 1];
    const start = content?.type === EVENT_ID.SCALAR ? content.valueStart : content && 'start' in content ? content.start : -1;
    if (start === offset) return ordinal;
    ordinal++;
  }
  return -1;
}

/** Position of `value` in the ascending `sorted`, or -1. */
function indexOf(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function lineStartsOf(source: string): Int32Array {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}

// ---------------------------------------------------------------------------------------------------------------
// The fast path

/** Whether a document marker line (`---` and a blank or the end) starts at `at`, the start of a line. */
function isMarker(source: string, at: number): boolean {
  const c = source.charCodeAt(at + 3);
  return source.startsWith('---', at) && (Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
}

/** Characters of the file parsed at once: enough documents to spread the cost of a call, few enough to bound its events. */
const BATCH_CHARS = 64 * 1024;

/**
 * Where the fast path cuts the file: at lines that start with `---` and a blank, about every BATCH_CHARS characters.
 * A document marker at the start of a line ends whatever came before it, so each batch of documents parses on its
 * own as it does inside the file, and js-yaml's events (some 15 times the text) are never held for the whole file.
 */
function batchStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n---', BATCH_CHARS - 1); i >= 0; i = source.indexOf('\n---', i + 1)) {
    if (!isMarker(source, i + 1)) continue;
    starts.push(i + 1);
    if (i + BATCH_CHARS >= source.length) break;
    i += BATCH_CHARS - 1;
  }
  return starts;
}

/** The text of the documents around `offset`: from the marker line at or before it to the next one after it. */
function chunkAround(source: string, offset: number): { start: number; end: number } {
  let start = 0;
  for (let i = source.lastIndexOf('\n---', offset - 1); i >= 0; i = source.lastIndexOf('\n---', i - 1)) {
    if (i + 1 <= offset && isMarker(source, i + 1)) {
      start = i + 1;
      break;
    }
  }
  let end = source.length;
  for (let i = source.indexOf('\n---', offset); i >= 0; i = source.indexOf('\n---', i + 1)) {
    if (isMarker(source, i + 1)) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

/** The parser's nesting guard, well beyond the limit (see scanForDepth). */
const eventOptions = (limits: ParseLimits) => ({ maxDepth: 2 * limits.maxDepth + 2 });

/** Where js-yaml stopped for depth, in the text it parsed; undefined for any other error. */
function depthStop(error: unknown): number | undefined {
  return error instanceof YAMLException && /maxDepth/.test(error.reason) ? error.mark?.position : undefined;
}

/**
 * js-yaml's event parser over the file, batch by batch, stopped well beyond the nesting limit; returns the offset
 * where it stopped for depth, or undefined. It stops at the first error of any kind, as over the whole file. Its stop
 * is the only depth check that runs before a recursive parser, so hostile nesting is reported at the same place
 * whatever the stack size. Its depth counts differ from ours (scalars, block sequences), hence the margin; the exact
 * limit is checked on the parsed data.
 */
function scanForDepth(source: string, limits: ParseLimits, from = 0, starts = batchStarts(source)): number | undefined {
  if (source.includes('\0')) return undefined; // refused before anything is parsed, as over the whole file
  for (let c = from; c < starts.length; c++) {
    try {
      parseEvents(source.slice(starts[c]!, starts[c + 1] ?? source.length), eventOptions(limits));
    } catch (error) {
      const stop = depthStop(error);
      return stop === undefined ? undefined : starts[c]! + stop;
    }
  }
  return undefined;
}

/** The too-deep diagnostic at `offset`, with js-yaml's line and column (which also end lines at a lone CR). */
function tooDeepAt(file: string, source: string, offset: number, limits: ParseLimits): Diagnostic {
  return tooDeep(locationAt(file, source, offset), limits.maxDepth);
}

/** The file, line and column of an offset, counted without a locator (CR, LF and CRLF end a line). */
function locationAt(file: string, source: string, offset: number): SourceLocation {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      line++;
      if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
    }
  }
  return { file, line: line + 1, column: offset - lineStart + 1 };
}

/** What the fast path gives: documents and their locator, or none (the thorough parser decides), or a depth error. */
type FastResult = { documents?: ParsedDocument[]; locator: FileLocator } | { tooDeep: Diagnostic };

/**
 * Plain data straight from js-yaml's event stream, one chunk of the file at a time, or no documents when the file
 * needs the thorough parser. Both parsers read YAML 1.2 with the core schema; what could make them disagree
 * (directives such as `%YAML 1.1`, aliases and their expansion limits) is left to the thorough one. The positions
 * of every document's nodes are recorded from the same events.
 */
function parseFast(file: string, source: string, limits: ParseLimits): FastResult {
  if (source.includes('\0')) return { locator: new FileLocator(file, source) };
  const read = new FastFile(file, source);
  const starts = batchStarts(source);
  for (let b = 0; b < starts.length; b++) {
    const batchStart = starts[b]!;
    const batch = source.slice(batchStart, starts[b + 1] ?? source.length);
    let events: Event[];
    try {
      events = parseEvents(batch, eventOptions(limits));
    } catch (error) {
      const stop = depthStop(error);
      return stop === undefined ? { locator: read.locator } : { tooDeep: tooDeepAt(file, source, batchStart + stop, limits) };
    }
    const docs = fastDocuments(batch, events, batchStart, limits);
    if (!docs) {
      const deep = scanForDepth(source, limits, b + 1, starts);
      return deep === undefined ? { locator: read.locator } : { tooDeep: tooDeepAt(file, source, deep, limits) };
    }
    read.add(docs, events, batch, batchStart);
  }
  return read.finish();
}

/** The documents the fast path has read from a file so far, and where they are. */
class FastFile {
  private readonly documents: ParsedDocument[] = [];
  private readonly pool = new PositionPool();
  private readonly recorder = new EventRecorder(this.pool);
  private readonly lineStarts: Int32Array;
  readonly locator: FileLocator;
  private readonly places = { index: [] as number[], root: [] as number[], offset: [] as number[] };
  private count = 0;

  constructor(
    private readonly file: string,
    source: string,
  ) {
    this.lineStarts = lineStartsOf(source);
    this.locator = new FileLocator(file, source, this.pool, this.lineStarts);
  }

  /** Adds the documents of one batch (null ones only count), recording their positions from the batch's events. */
  add(docs: FastDocument[], events: readonly Event[], batch: string, batchStart: number): void {
    const recordable = !odd.test(batch);
    const { file, locator, places } = this;
    for (const [ordinal, doc] of docs.entries()) {
      const index = this.count + ordinal;
      if (doc.data === null || doc.data === undefined) continue;
      let root = -1;
      if (recordable) {
        const recorded = this.recorder.record(events, doc.event, batch, batchStart);
        if (recorded.exact) root = recorded.root;
        else this.pool.truncate(recorded.root);
      }
      const start = locator.at(doc.start);
      this.documents.push({ file, index, data: doc.data, start, locate: (pointer, where) => locator.locate(index, pointer, where) ?? start });
      places.index.push(index);
      places.root.push(root);
      places.offset.push(doc.start);
    }
    this.count += docs.length;
  }

  finish(): FastResult {
    const { index, root, offset } = this.places;
    this.locator.settle({ index: Int32Array.from(index), root: Int32Array.from(root), offset: Int32Array.from(offset) }, this.lineStarts);
    return { documents: this.documents, locator: this.locator };
  }
}

/** A document of a batch: its data, the offset of its root node in the file, and the index of its DOCUMENT event. */
interface FastDocument {
  readonly data: unknown;
  readonly start: number;
  readonly event: number;
}

/** The documents of one batch, or undefined when the batch needs the thorough parser. */
function fastDocuments(batch: string, events: Event[], base: number, limits: ParseLimits): FastDocument[] | undefined {
  let values: unknown[];
  try {
    values = constructFromEvents(events, { source: batch, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const docs: FastDocument[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.type !== EVENT_ID.DOCUMENT) continue;
    if (event.directives.length > 0) return undefined;
    const content = events[i + 1];
    if (content === undefined) return undefined;
    let start: number;
    if (content.type === EVENT_ID.MAPPING || content.type === EVENT_ID.SEQUENCE) {
      if (content.anchorStart >= 0 || content.tagStart >= 0) return undefined;
      start = content.start;
    } else if (content.type === EVENT_ID.SCALAR) {
      if (content.anchorStart >= 0 || content.tagStart >= 0) return undefined;
      start = content.valueStart;
    } else {
      return undefined;
    }
    const data = values[docs.length];
    if (data !== null && data !== undefined && !plainAndShallow(data, limits.maxDepth)) return undefined;
    docs.push({ data, start: base + start, event: i });
  }
  return docs.length === values.length ? docs : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The thorough path

/**
 * The `yaml` package's parser, one document at a time: each document's syntax tree is checked, turned into data and
 * a position index, and dropped before the next is composed. Diagnostics and positions are those of parsing the whole
 * file with parseAllDocuments (the same parser and composer, read as they go).
 */
function parseWithSyntaxTree(file: string, source: string, limits: ParseLimits): ParsedFile {
  parseCounters.treeFiles++;
  parseCounters.treeChars += source.length;
  const lineCounter = new LineCounter();
  const pool = new PositionPool();
  const locator = new FileLocator(file, source, pool);
  const places = { index: [] as number[], root: [] as number[] };
  // Locations are resolved once the whole file is read, when the line counter has seen every line.
  const pending: ((at: (offset: number) => SourceLocation) => void)[] = [];
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  const options = { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true };
  const composer = new Composer(options);
  const syntax = (error: { code: string; message: string; pos: [number, number] }) =>
    pending.push((at) => diagnostics.push(syntaxError(error.code, error.message, at(error.pos[0]), source, error.pos[0])));
  let index = 0;
  for (const doc of composer.compose(new Parser(lineCounter.addNewLine).parse(source))) {
    composeDocument(doc, index++, { file, limits, locator, pool, places, pending, diagnostics, documents, syntax });
  }
  if (index === 0) for (const error of composer.streamInfo().errors) syntax(error);
  locator.settle({ index: Int32Array.from(places.index), root: Int32Array.from(places.root) }, Int32Array.from(lineCounter.lineStarts));
  const at = (offset: number) => locator.at(offset);
  for (const resolve of pending) resolve(at);
  return { documents, diagnostics, locator };
}

interface Composing {
  readonly file: string;
  readonly limits: ParseLimits;
  readonly locator: FileLocator;
  readonly pool: PositionPool;
  readonly places: { index: number[]; root: number[] };
  readonly pending: ((at: (offset: number) => SourceLocation) => void)[];
  readonly diagnostics: Diagnostic[];
  readonly documents: ParsedDocument[];
  readonly syntax: (error: { code: string; message: string; pos: [number, number] }) => void;
}

/** One composed document: its errors, or its data and position index (the tree is not kept). */
function composeDocument(doc: Document.Parsed, index: number, c: Composing): void {
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    for (const error of problems) c.syntax(error);
    return;
  }
  // only comments, or an empty document after a trailing `---`
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return;
  const contents = doc.contents;
  const structural = checkStructure(contents, c.limits.maxDepth);
  if (structural) {
    c.pending.push((at) => c.diagnostics.push(structural(at)));
    return;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: c.limits.maxAliasCount });
  } catch {
    const offset = firstAlias(contents)?.range?.[0] ?? contents.range?.[0] ?? 0;
    const maxAliasCount = c.limits.maxAliasCount;
    c.pending.push((at) =>
      c.diagnostics.push({
        code: 'yaml-alias-limit',
        severity: 'error',
        location: at(offset),
        message: text(
          `Tài liệu mở rộng quá nhiều alias YAML (giới hạn ${maxAliasCount}); có thể là tấn công "billion laughs". Hãy viết giá trị trực tiếp.`,
          `The document expands too many YAML aliases (limit ${maxAliasCount}); this looks like a "billion laughs" attack. Write the values out instead.`,
        ),
      }),
    );
    return;
  }
  c.places.index.push(index);
  c.places.root.push(recordTree(c.pool, contents, 0));
  const { file, locator } = c;
  const offset = contents.range?.[0] ?? 0;
  c.pending.push((at) => {
    const start = at(offset);
    c.documents.push({ file, index, data, start, locate: (pointer, where) => locator.locate(index, pointer, where) ?? start });
  });
}

// Vietnamese glosses of the YAML parser's error codes; the parser's own English detail follows them.
const SYNTAX_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề sai',
  TAB_AS_INDENT: 'dùng ký tự tab để thụt lề',
  MISSING_CHAR: 'thiếu ký tự đóng',
  DUPLICATE_KEY: 'khóa bị lặp lại',
  UNEXPECTED_TOKEN: 'ký hiệu không mong đợi',
  BLOCK_AS_IMPLICIT_KEY: 'khối dùng làm khóa',
  MULTILINE_IMPLICIT_KEY: 'khóa trải trên nhiều dòng',
  BAD_ALIAS: 'alias không hợp lệ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự không hợp lệ',
  TAG_RESOLVE_FAILED: 'tag YAML không được hỗ trợ',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  BAD_DIRECTIVE: 'chỉ thị YAML không hợp lệ',
};

function syntaxError(code: string, message: string, location: SourceLocation, source: string, offset: number): Diagnostic {
  if (/Maximum call stack/i.test(message)) return tooDeep(location, DEFAULT_PARSE_LIMITS.maxDepth);
  if (code === 'DUPLICATE_KEY') {
    // The parser's message does not say which key; the source at the error does.
    const raw = /^[^:\n]*/.exec(source.slice(offset, offset + 200))![0].trim();
    const key = /^["']/.test(raw) ? raw : `"${raw}"`;
    if (raw) {
      return {
        code: 'yaml-syntax',
        severity: 'error',
        location,
        found: key,
        message: text(
          `Lỗi cú pháp YAML (khóa bị lặp lại): khóa ${key} xuất hiện hai lần trong cùng một mapping.`,
          `YAML syntax error: key ${key} appears twice in the same mapping.`,
        ),
      };
    }
  }
  const first = message.split('\n')[0] ?? message;
  const detail = first.replace(/ at line \d+, column \d+:?$/, '');
  const gloss = SYNTAX_VI[code];
  return {
    code: 'yaml-syntax',
    severity: 'error',
    location,
    message: text(`Lỗi cú pháp YAML${gloss ? ` (${gloss})` : ''}: ${detail}`, `YAML syntax error: ${detail}`),
  };
}

/**
 * Depth and reserved keys, checked without recursion so that hostile nesting cannot overflow the stack; the problem
 * found is returned as a diagnostic waiting for its location.
 */
function checkStructure(root: Node, maxDepth: number): ((at: (offset: number) => SourceLocation) => Diagnostic) | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > maxDepth) {
      const offset = node.range?.[0] ?? 0;
      return (at) => tooDeep(at(offset), maxDepth);
    }
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        if (isScalar(key) && RESERVED_KEYS.has(String(key.value))) {
          const [offset, value] = [key.range?.[0] ?? 0, key.value];
          return (at) => ({
            code: 'reserved-key',
            severity: 'error',
            location: at(offset),
            message: text(
              `Khóa ${show(value)} bị cấm (có thể dùng để thay đổi prototype của đối tượng).`,
              `Key ${show(value)} is not allowed (it could alter object prototypes).`,
            ),
            found: String(value),
          });
        }
        if (isCollection(key)) stack.push({ node: key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Where the first document longer than `max` characters starts (from its marker line to the next), if any. Parsing
 * one document costs memory in proportion to its nodes (js-yaml's events, the data, the positions), and a document
 * of hundreds of thousands of one-character items would cost hundreds of MiB: no real inventory document comes near
 * the limit (the bundled ones are under 10 KiB), so a longer one is refused before it is parsed.
 */
function largeDocument(source: string, max: number): number | undefined {
  if (source.length <= max) return undefined;
  let start = 0;
  for (let i = source.indexOf('\n---'); i >= 0; i = source.indexOf('\n---', i + 1)) {
    if (!isMarker(source, i + 1)) continue;
    if (i + 1 - start > max) return start;
    start = i + 1;
  }
  return source.length - start > max ? start : undefined;
}

function documentTooLarge(file: string, source: string, offset: number, limits: ParseLimits): Diagnostic {
  const kib = Math.round(limits.maxDocumentChars / 1024);
  return {
    code: 'document-too-large',
    severity: 'error',
    location: locationAt(file, source, offset),
    message: text(
      `Tài liệu YAML bắt đầu tại đây dài hơn ${kib} KiB (${limits.maxDocumentChars} ký tự), giới hạn cho một tài liệu; tệp không được đọc. Tách các đối tượng thành các tài liệu riêng, phân cách bằng dòng ---.`,
      `The YAML document starting here is longer than ${kib} KiB (${limits.maxDocumentChars} characters), the limit for one document; the file was not read. Put the entities in documents of their own, separated by --- lines.`,
    ),
  };
}

function tooDeep(location: SourceLocation, maxDepth: number): Diagnostic {
  return {
    code: 'too-deep',
    severity: 'error',
    location,
    message: text(
      `Cấu trúc lồng nhau quá sâu (hơn ${maxDepth} cấp); không trường nào của tệp mô tả hạ tầng sâu như vậy.`,
      `Nesting is too deep (more than ${maxDepth} levels); no inventory field is nested that deeply.`,
    ),
  };
}

function firstAlias(root: Node): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isCollection(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
  return undefined;
}

/** No collection deeper than `maxDepth` and no reserved key, walked without recursion. */
function plainAndShallow(root: unknown, maxDepth: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return false;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) return false;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return true;
}
