// Where the values of a file's YAML documents are: a compact index from JSON pointer to source offset, recorded
// while the file is parsed (from js-yaml's events, or from the `yaml` syntax tree for files the thorough parser read)
// and looked up without parsing again. Offsets are those of the `yaml` package's nodes (`range[0]`), so that a value is
// located at the same place whichever parser read its file.
import { constructFromEvents, EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { isCollection, isMap, isScalar, type Node } from 'yaml';

/** A position the index could not derive from the events: the caller asks the thorough parser instead. */
export const UNCERTAIN = -1;
/** A node without a position of its own: the lookup keeps the offset it had (what `range?.[0] ?? offset` does). */
const INHERIT = -2;

const SCALAR = 0;
const MAP = 1;
const SEQ = 2;

/** Key ids of nodes that are not readable keys: not a key or not a scalar key (never matched), or unreadable. */
const NOT_A_KEY = -1;
const UNREADABLE = -2;

/** Collections with more children than this get a lookup table on their first lookup. */
const TABLE_FROM = 16;

/** A mapping's keys and their first key node; `unreadable` when a key the index cannot read cut the table short. */
interface MapTable {
  readonly keys: Map<number, number>;
  unreadable: boolean;
}

/**
 * The nodes of every document of one file, in document order, in typed arrays (13 bytes a node). A mapping's children
 * alternate key and value; a key is a leaf whose id names its text (what `String(key.value)` gives) in `keyIds`.
 */
export class PositionPool {
  private kind = new Uint8Array(64);
  private start = new Int32Array(64);
  /** The node after each node's subtree. */
  private next = new Int32Array(64);
  private key = new Int32Array(64);
  private size = 0;
  private readonly keyIds = new Map<string, number>();
  private tables?: Map<number, Int32Array | MapTable>;

  /** Number of nodes recorded. */
  get nodes(): number {
    return this.size;
  }

  /**
   * Adds a node at `start` (UNCERTAIN, INHERIT or an offset); `key` is the text of a mapping key (null: a key that is
   * not a scalar; undefined: a key the index cannot read, or not a key, whose id is never read).
   */
  add(kind: number, start: number, key?: string | null): number {
    if (this.size === this.kind.length) this.resize(Math.max(64, this.size * 2));
    const node = this.size++;
    this.kind[node] = kind;
    this.start[node] = start;
    this.next[node] = node + 1;
    this.key[node] = key === undefined ? UNREADABLE : key === null ? NOT_A_KEY : this.idOf(key, true);
    return node;
  }

  /** Marks the end of a collection's subtree: the nodes added since `node`. */
  close(node: number): void {
    this.next[node] = this.size;
  }

  /** Drops the nodes from `node` on (a document the fast path gave up on). */
  truncate(node: number): void {
    this.size = Math.min(this.size, node);
  }

  /** Releases the room reserved for growth once the file is read. */
  trim(): void {
    this.resize(this.size);
  }

  /**
   * Offset of the node at `pointer` below `root`, or of its nearest existing ancestor; `key` points at a mapping key.
   * UNCERTAIN when the answer rests on a position the index could not derive. Mirrors a walk of the `yaml` syntax tree.
   */
  offsetOf(root: number, pointer: readonly (string | number)[], where: 'key' | 'value'): number {
    let node = root;
    let offset = this.at(root, 0);
    for (let i = 0; i < pointer.length; i++) {
      const kind = this.kind[node];
      if (kind === MAP) {
        const key = this.findKey(node, String(pointer[i]));
        if (key < 0) return key === UNREADABLE ? UNCERTAIN : offset;
        if (i === pointer.length - 1 && where === 'key') return this.at(key, offset);
        node = key + 1;
        offset = this.at(node, offset);
      } else if (kind === SEQ) {
        const item = this.item(node, Number(pointer[i]));
        if (item < 0) return offset;
        node = item;
        offset = this.at(node, offset);
      } else {
        return offset;
      }
    }
    return offset;
  }

  private resize(length: number): void {
    const grow = <T extends Uint8Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old.subarray(0, Math.min(this.size, length)));
      return fresh;
    };
    this.kind = grow(this.kind, new Uint8Array(length));
    this.start = grow(this.start, new Int32Array(length));
    this.next = grow(this.next, new Int32Array(length));
    this.key = grow(this.key, new Int32Array(length));
  }

  private idOf(text: string, add: boolean): number {
    let id = this.keyIds.get(text);
    if (id === undefined && add) this.keyIds.set(text, (id = this.keyIds.size));
    return id ?? NOT_A_KEY;
  }

  private at(node: number, offset: number): number {
    const start = this.start[node]!;
    return start === INHERIT ? offset : start;
  }

  /** The key node of the first pair whose key is `text`; NOT_A_KEY when none, UNREADABLE when a key the index cannot read comes first. */
  private findKey(map: number, text: string): number {
    const id = this.idOf(text, false);
    const table = this.tables?.get(map);
    if (table && !(table instanceof Int32Array)) return table.keys.get(id) ?? (table.unreadable ? UNREADABLE : NOT_A_KEY);
    let count = 0;
    for (let key = map + 1; key < this.next[map]!; key = this.next[key + 1]!) {
      const k = this.key[key];
      if (k === UNREADABLE) return UNREADABLE;
      if (k === id && id >= 0) return key;
      if (++count > TABLE_FROM) return this.findKey(this.mapTable(map), text);
    }
    return NOT_A_KEY;
  }

  private item(seq: number, index: number): number {
    if (!(Number.isInteger(index) && index >= 0)) return -1;
    let table = this.tables?.get(seq) as Int32Array | undefined;
    if (!table && index > TABLE_FROM) table = this.seqTable(seq);
    if (table) return index < table.length ? table[index]! : -1;
    let node = seq + 1;
    for (let i = 0; i < index && node < this.next[seq]!; i++) node = this.next[node]!;
    return node < this.next[seq]! ? node : -1;
  }

  /** Builds the lookup table of a mapping; returns the mapping. Keys after one the index cannot read are left out. */
  private mapTable(map: number): number {
    const table: MapTable = { keys: new Map(), unreadable: false };
    for (let key = map + 1; key < this.next[map]! && !table.unreadable; key = this.next[key + 1]!) {
      const k = this.key[key]!;
      if (k === UNREADABLE) table.unreadable = true;
      else if (k >= 0 && !table.keys.has(k)) table.keys.set(k, key);
    }
    (this.tables ??= new Map()).set(map, table);
    return map;
  }

  private seqTable(seq: number): Int32Array {
    const items: number[] = [];
    for (let node = seq + 1; node < this.next[seq]!; node = this.next[node]!) items.push(node);
    const table = Int32Array.from(items);
    (this.tables ??= new Map()).set(seq, table);
    return table;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// From the `yaml` syntax tree: the same walk as a lookup in the tree, recorded once.

/** Work left while walking a syntax tree: a node to add, a key leaf, or the end of a collection's subtree. */
type TreeStep = { node: unknown; start: number } | { key: string | null; start: number } | { close: number };

/**
 * Records a document the thorough parser read, from its syntax tree (which can then be dropped); `base` is added
 * to the tree's offsets (the offset of the text it was parsed from). Returns the document's root node.
 */
export function recordTree(pool: PositionPool, root: Node, base: number): number {
  const shift = (start: number) => (start < 0 ? start : start + base);
  const first = pool.nodes;
  // Depth is bounded by the nesting limit checked before; an explicit stack keeps hostile input off the call stack.
  const stack: TreeStep[] = [{ node: root, start: root.range?.[0] ?? 0 }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) pool.close(step.close);
    else if ('key' in step) pool.add(SCALAR, shift(step.start), step.key);
    else addTreeNode(pool, stack, step.node, shift(step.start));
  }
  return first;
}

/** Adds one node; its children (in a mapping, key leaf then value, as a walk of the tree reads pairs) go on the stack. */
function addTreeNode(pool: PositionPool, stack: TreeStep[], node: unknown, start: number): void {
  if (isMap(node)) {
    stack.push({ close: pool.add(MAP, start) });
    for (let i = node.items.length - 1; i >= 0; i--) {
      const key = node.items[i]!.key as Node | null;
      const value = node.items[i]!.value as Node | null;
      const keyStart = key?.range?.[0] ?? INHERIT;
      // A pair without a value node is located at its key, as is a value without a position.
      stack.push({ node: value, start: value?.range?.[0] ?? keyStart });
      stack.push({ key: isScalar(key) ? String(key.value) : null, start: keyStart });
    }
  } else if (isCollection(node)) {
    stack.push({ close: pool.add(SEQ, start) });
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i] as Node;
      stack.push({ node: item, start: item.range?.[0] ?? INHERIT });
    }
  } else {
    pool.add(SCALAR, start);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// From js-yaml's events: the offsets `yaml` would give, derived from the event offsets and the text around them.

/** What is known of an open collection while its events are read. */
interface Open {
  readonly node: number;
  readonly kind: typeof MAP | typeof SEQ;
  readonly flow: boolean;
  /** Mappings: the next event is a key. */
  expectKey: boolean;
  /** Offset just after the previous child (a mapping's key, a sequence's item), or UNCERTAIN. */
  lastEnd: number;
  /** Offset just after the `:` or `-` that introduces the current value, or UNCERTAIN. */
  lead: number;
}

/** Reads the events of documents into a pool. */
export class EventRecorder {
  /** False once a position or a key's text of the current document could not be derived. */
  private exact = true;

  constructor(private readonly pool: PositionPool) {}

  /**
   * Records the document whose events run from `events[first]` (its DOCUMENT event) to its POP, with offsets in
   * `source` (the text the events were parsed from) plus `base`. Returns its root node and the index of that POP;
   * `exact` is false when a position could not be derived (a block scalar or an empty value in an unusual place, an
   * empty or complex key): such layouts are where the two parsers may disagree, so the caller asks the thorough one.
   */
  record(events: readonly Event[], first: number, source: string, base: number): { root: number; end: number; exact: boolean } {
    this.exact = true;
    const root = this.pool.nodes;
    const stack: Open[] = [];
    let i = first + 1;
    for (; i < events.length; i++) {
      const event = events[i]!;
      if (event.type === EVENT_ID.POP) {
        const open = stack.pop();
        if (!open) break; // the document's own POP
        this.pool.close(open.node);
        closeChild(stack, open.flow ? UNCERTAIN : open.lastEnd);
        continue;
      }
      const parent = stack[stack.length - 1];
      if (parent?.kind === MAP && parent.expectKey) i = this.key(events, i, source, base, parent);
      else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        const kind = event.type === EVENT_ID.MAPPING ? MAP : SEQ;
        const node = this.add(kind, event.start, base);
        stack.push({ node, kind, flow: event.style === 2, expectKey: true, lastEnd: event.start, lead: UNCERTAIN });
      } else if (event.type === EVENT_ID.SCALAR) {
        if (parent?.kind === SEQ && (event.valueStart < 0 || event.style === 4 || event.style === 5)) parent.lead = leadOfItem(source, parent);
        const [start, end] = scalarPlace(source, event, parent);
        this.add(SCALAR, start, base);
        closeChild(stack, end);
      } else {
        this.add(SCALAR, UNCERTAIN, base); // an alias: the fast path has none
        closeChild(stack, UNCERTAIN);
      }
    }
    return { root, end: i, exact: this.exact };
  }

  private add(kind: number, start: number, base: number, key?: string | null): number {
    if (start === UNCERTAIN) this.exact = false;
    return this.pool.add(kind, start < 0 ? start : start + base, key);
  }

  /** Adds a key leaf (skipping the events of a collection key); returns the index of the key's last event. */
  private key(events: readonly Event[], i: number, source: string, base: number, parent: Open): number {
    const event = events[i]!;
    parent.expectKey = false;
    parent.lead = UNCERTAIN;
    parent.lastEnd = UNCERTAIN;
    if (event.type !== EVENT_ID.SCALAR) {
      this.add(SCALAR, UNCERTAIN, base, null); // a collection (or alias) as key: never matched, as in the syntax tree
      for (let depth = 0; i < events.length; i++) {
        const type = events[i]!.type;
        if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++;
        else if (type === EVENT_ID.POP) depth--;
        if (depth === 0) break;
      }
      return i;
    }
    if (event.valueStart < 0) {
      this.add(SCALAR, UNCERTAIN, base, undefined); // an empty key
      return i;
    }
    const quoted = event.style === 2 || event.style === 3;
    const text = keyText(source, event);
    if (text === undefined) this.exact = false;
    this.add(SCALAR, quoted ? event.valueStart - 1 : event.valueStart, base, text);
    const end = quoted ? event.valueEnd + 1 : event.valueEnd;
    parent.lastEnd = end;
    parent.lead = afterIndicator(source, end, ':');
    return i;
  }
}

/** Records that the current child of the innermost collection ended at `end`. */
function closeChild(stack: Open[], end: number): void {
  const parent = stack[stack.length - 1];
  if (!parent) return;
  parent.lastEnd = end;
  if (parent.kind === MAP) parent.expectKey = !parent.expectKey;
}

/** Where a sequence item's `-` ends: the item follows the previous one (or the sequence's start) after blank space. */
function leadOfItem(source: string, seq: Open): number {
  if (seq.flow || seq.lastEnd < 0) return UNCERTAIN;
  const p = skipBlank(source, seq.lastEnd);
  return source.charCodeAt(p) === 0x2d ? p + 1 : UNCERTAIN;
}

/** The first offset from `p` that is not a space, tab, line break or comment. */
function skipBlank(source: string, p: number): number {
  for (;;) {
    const c = source.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++;
    else if (c === 0x23) p = lineEnd(source, p);
    else return p;
  }
}

function lineEnd(source: string, p: number): number {
  const n = source.indexOf('\n', p);
  return n < 0 ? source.length : n;
}

/** Offset just after `indicator` when only spaces or tabs separate it from `from`, else UNCERTAIN. */
function afterIndicator(source: string, from: number, indicator: string): number {
  let p = from;
  while (source.charCodeAt(p) === 0x20 || source.charCodeAt(p) === 0x09) p++;
  return source[p] === indicator ? p + 1 : UNCERTAIN;
}

/** A scalar's start as `yaml` gives it (quotes and block indicators included) and the offset after it, in `source`. */
function scalarPlace(source: string, event: ScalarEvent, parent: Open | undefined): [number, number] {
  const style = event.style;
  if (event.valueStart >= 0 && style !== 4 && style !== 5) {
    const quoted = style === 2 || style === 3;
    return quoted ? [event.valueStart - 1, event.valueEnd + 1] : [event.valueStart, event.valueEnd];
  }
  const lead = parent?.lead ?? UNCERTAIN;
  const props = Math.max(event.tagEnd, event.anchorEnd);
  if (event.valueStart < 0) {
    // An empty value sits after its indicator and the spaces that follow it on the line.
    if (props >= 0 || lead < 0) return [UNCERTAIN, UNCERTAIN];
    let p = lead;
    while (source.charCodeAt(p) === 0x20) p++;
    const c = source.charCodeAt(p);
    const fits = Number.isNaN(c) || c === 0x0a || c === 0x0d || c === 0x23 || (parent!.flow && (c === 0x2c || c === 0x7d || c === 0x5d));
    return fits ? [p, p] : [UNCERTAIN, UNCERTAIN];
  }
  // A block scalar starts at its `|` or `>`, after its indicator or properties and blank space.
  const from = props >= 0 ? props : lead;
  if (from < 0) return [UNCERTAIN, event.valueEnd];
  const p = skipBlank(source, from);
  const c = source.charCodeAt(p);
  return [c === 0x7c || c === 0x3e ? p : UNCERTAIN, event.valueEnd];
}

/** Plain texts that are strings in the core schema whatever they look like. */
const PLAIN_STRING = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const resolved = new Map<string, string>();

/** A scalar key's value as a string, as `String(key.value)` gives it; undefined when it cannot be read. */
function keyText(source: string, event: ScalarEvent): string | undefined {
  const text = event.fast ? source.slice(event.valueStart, event.valueEnd) : getScalarValue(source, event);
  if (event.style !== 1 && event.tagStart < 0) return text;
  if (event.tagStart < 0 && PLAIN_STRING.test(text) && !NOT_STRINGS.has(text)) return text;
  // Resolved as the parser does (numbers, booleans, null, tags): construct the scalar alone.
  const cacheable = event.tagStart < 0;
  const known = cacheable ? resolved.get(text) : undefined;
  if (known !== undefined) return known;
  let value: unknown;
  try {
    const documentEvent: Event = { type: EVENT_ID.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] };
    value = constructFromEvents([documentEvent, event, { type: EVENT_ID.POP }], { source, maxAliases: 0 })[0];
  } catch {
    return undefined;
  }
  const out = String(value);
  if (cacheable) {
    if (resolved.size > 4096) resolved.clear();
    resolved.set(text, out);
  }
  return out;
}
