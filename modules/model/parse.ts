// YAML text → plain documents, refusing what YAML allows but an inventory must not contain.
import { constructFromEvents, EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { show, text, type Diagnostic } from './diagnostics.js';
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
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 32, maxAliasCount: 100 };

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses every document of a file. Well-formed files take a fast path (js-yaml's event parser, no syntax tree);
 * a file the fast path cannot vouch for (a syntax error, aliases, directives, deep nesting, reserved keys)
 * is parsed again by the thorough parser, whose diagnostics are the ones reported. Locating a value in a
 * fast-parsed document builds that file's syntax tree on first use.
 */
export function parseYamlFile(file: string, source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const scan = scanEvents(file, source, limits);
  if (scan.tooDeep) return { documents: [], diagnostics: [scan.tooDeep] };
  const documents = scan.events && parseFast(file, source, scan.events, limits);
  return documents ? { documents, diagnostics: [] } : parseWithSyntaxTree(file, source, limits);
}

/** The thorough parser alone (after the same nesting guard): a full syntax tree per document. */
export function parseYamlFileThoroughly(file: string, source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const scan = scanEvents(file, source, limits);
  return scan.tooDeep ? { documents: [], diagnostics: [scan.tooDeep] } : parseWithSyntaxTree(file, source, limits);
}

export interface ParsedFile {
  readonly documents: ParsedDocument[];
  readonly diagnostics: Diagnostic[];
}

/**
 * js-yaml's event parser, stopped well beyond the nesting limit. Its stop is the only depth check that runs before
 * a recursive parser, so hostile nesting is reported at the same place whatever the stack size. Its depth counts
 * differ from ours (scalars, block sequences), hence the margin; the exact limit is checked on the parsed data.
 */
function scanEvents(file: string, source: string, limits: ParseLimits): { events?: Event[]; tooDeep?: Diagnostic } {
  try {
    return { events: parseEvents(source, { maxDepth: 2 * limits.maxDepth + 2 }) };
  } catch (error) {
    if (error instanceof YAMLException && /maxDepth/.test(error.reason) && error.mark) {
      return { tooDeep: tooDeep({ file, line: error.mark.line + 1, column: error.mark.column + 1 }, limits.maxDepth) };
    }
    return {};
  }
}

function parseWithSyntaxTree(file: string, source: string, limits: ParseLimits): ParsedFile {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, source.length)));
    return { file, line: pos.line, column: pos.col };
  };
  const docs = parseAllDocuments(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const list: Document.Parsed[] = Array.from(docs);
  if ('empty' in docs && docs.empty) {
    for (const error of docs.errors) diagnostics.push(syntaxError(error.code, error.message, at(error.pos[0]), source, error.pos[0]));
  }
  list.forEach((doc, index) => {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length > 0) {
      for (const error of problems) diagnostics.push(syntaxError(error.code, error.message, at(error.pos[0]), source, error.pos[0]));
      return;
    }
    // only comments, or an empty document after a trailing `---`
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return;
    const structural = checkStructure(doc.contents, limits.maxDepth, at);
    if (structural) {
      diagnostics.push(structural);
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      const alias = firstAlias(doc.contents);
      diagnostics.push({
        code: 'yaml-alias-limit',
        severity: 'error',
        location: at(alias?.range?.[0] ?? doc.contents.range?.[0] ?? 0),
        message: text(
          `Tài liệu mở rộng quá nhiều alias YAML (giới hạn ${limits.maxAliasCount}); có thể là tấn công "billion laughs". Hãy viết giá trị trực tiếp.`,
          `The document expands too many YAML aliases (limit ${limits.maxAliasCount}); this looks like a "billion laughs" attack. Write the values out instead.`,
        ),
      });
      void error;
      return;
    }
    const contents = doc.contents;
    documents.push({
      file,
      index,
      data,
      start: at(contents.range?.[0] ?? 0),
      locate: (pointer, where = 'value') => at(offsetOf(contents, pointer, where)),
    });
  });
  return { documents, diagnostics };
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

/** Depth and reserved keys, checked without recursion so that hostile nesting cannot overflow the stack. */
function checkStructure(root: Node, maxDepth: number, at: (offset: number) => SourceLocation): Diagnostic | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > maxDepth) return tooDeep(at(node.range?.[0] ?? 0), maxDepth);
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        if (isScalar(key) && RESERVED_KEYS.has(String(key.value))) {
          return {
            code: 'reserved-key',
            severity: 'error',
            location: at(key.range?.[0] ?? 0),
            message: text(
              `Khóa ${show(key.value)} bị cấm (có thể dùng để thay đổi prototype của đối tượng).`,
              `Key ${show(key.value)} is not allowed (it could alter object prototypes).`,
            ),
            found: String(key.value),
          };
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

function tooDeep(location: SourceLocation, maxDepth: number): Diagnostic {
  return {
    code: 'too-deep',
    severity: 'error',
    location,
    message: text(
      `Cấu trúc lồng nhau quá sâu (hơn ${maxDepth} cấp); không trường nào của inventory sâu như vậy.`,
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

/** Offset of the node at `pointer`, or of its nearest existing ancestor; `key` points at a mapping key. */
function offsetOf(root: Node, pointer: readonly (string | number)[], where: 'key' | 'value'): number {
  let node: unknown = root;
  let offset = root.range?.[0] ?? 0;
  for (let i = 0; i < pointer.length; i++) {
    const segment = pointer[i];
    const last = i === pointer.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && where === 'key') return key.range?.[0] ?? offset;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isCollection(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return offset;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/**
 * Plain data straight from js-yaml's event stream, or undefined when the file needs the thorough parser. Both parsers
 * read YAML 1.2 with the core schema; what could make them disagree (directives such as `%YAML 1.1`, aliases and
 * their expansion limits) is left to the thorough one.
 */
function parseFast(file: string, source: string, events: Event[], limits: ParseLimits): ParsedDocument[] | undefined {
  let values: unknown[];
  try {
    values = constructFromEvents(events, { source, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const starts: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.type !== EVENT_ID.DOCUMENT) continue;
    if (event.directives.length > 0) return undefined;
    const content = events[i + 1];
    if (content === undefined) return undefined;
    if (content.type === EVENT_ID.MAPPING || content.type === EVENT_ID.SEQUENCE) {
      if (content.anchorStart >= 0 || content.tagStart >= 0) return undefined;
      starts.push(content.start);
    } else if (content.type === EVENT_ID.SCALAR) {
      if (content.anchorStart >= 0 || content.tagStart >= 0) return undefined;
      starts.push(content.valueStart);
    } else {
      return undefined;
    }
  }
  if (starts.length !== values.length) return undefined;

  const lineStarts = lineStartsOf(source);
  const at = (offset: number): SourceLocation => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  let thorough: Map<number, ParsedDocument> | undefined;
  const documents: ParsedDocument[] = [];
  for (let index = 0; index < values.length; index++) {
    const data = values[index];
    if (data === null || data === undefined) continue;
    if (!plainAndShallow(data, limits.maxDepth)) return undefined;
    const start = at(starts[index]!);
    documents.push({
      file,
      index,
      data,
      start,
      locate: (pointer, where) => {
        thorough ??= new Map(parseWithSyntaxTree(file, source, limits).documents.map((d) => [d.index, d]));
        return thorough.get(index)?.locate(pointer, where) ?? start;
      },
    });
  }
  return documents;
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
