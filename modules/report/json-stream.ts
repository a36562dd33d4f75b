// JSON as `JSON.stringify(value, null, 2) + '\n'` writes it, byte for byte, but in pieces: a report of hundreds of
// thousands of findings or diagnostics is longer than the longest string V8 can make, and building it whole costs
// several times its size in memory. The outer objects and arrays are written member by member, every member below
// `depth` with JSON.stringify itself (indented where it sits), and the pieces are gathered into chunks of about
// CHUNK characters.

/** About how many characters each piece handed out holds. */
const CHUNK = 64 * 1024;

/** Whether `value` is written member by member: a plain array or object without toJSON (JSON.stringify decides the rest). */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const skipped = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** `value` as JSON.stringify(value, null, 2) writes it at `indent`: its continuation lines indented as much. */
function leaf(value: unknown, indent: string): string {
  const json = JSON.stringify(value, null, 2);
  // Strings in JSON never hold a raw line break, so every "\n" is one the indentation follows.
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/** The pieces of `value` at `indent`, containers member by member down to `depth` levels. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth <= 0 || !isContainer(value)) {
    yield leaf(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const item: unknown = value[i];
      if (skipped(item)) yield 'null';
      else yield* pieces(item, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (skipped(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(member, inner, depth - 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * The text of `JSON.stringify(value, null, 2) + '\n'` in chunks of about 64 Ki characters, objects and arrays
 * written member by member down to `depth` levels (2: the report's fields and the items of its lists).
 */
export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
  let buffer = '';
  for (const piece of pieces(value, '', depth)) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}
