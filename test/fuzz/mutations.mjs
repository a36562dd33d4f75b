// Fuzzing `hatang validate`: mutations of the bundled Lạng Sơn inventory (structural YAML edits, hostile scalars,
// bytes that are not UTF-8, line endings, anchors and aliases, a FIFO or a folder in place of a file), and the one
// property every mutated copy must keep: `hatang validate <copy> --format json` ends by itself with exit 0, 1 or 2,
// never 3 (internal error) and never a hang, and an exit 2 comes with JSON naming a file, line and column.
// Shared by test/fuzz/validate.fuzz.test.ts (a short run in `npm test`) and scripts/fuzz.mjs (long runs, replays).
// Plain JavaScript so that the script runs it without a build.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Alias, isMap, isNode, isSeq, Pair, parseAllDocuments, visit, YAMLSeq } from 'yaml';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO, 'bin', 'hatang.js');
export const SOURCE = join(REPO, 'inventory', 'lang-son');
/** The files of the inventory (the lock included), in name order; mutations name them by index. */
export const FILES = readdirSync(SOURCE).sort();
/** How long one `hatang validate` may take before the run counts as a hang. */
export const TIMEOUT_MS = 20_000;
export const AS_OF = '2026-11-29';

// ---- the mutations (plain data, so that fast-check shrinks them and prints them readably) ----------------------

const fileIndex = fc.nat({ max: FILES.length - 1 });
/** Picks one of n things as `pick % n`: shrinks towards the first. */
const pick = fc.nat({ max: 100_000 });

/** Byte sequences that are not UTF-8 text, or text a loader may trip on (NUL, ESC, BOM, NEL, LS). */
const HOSTILE_BYTES = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc0, 0x80],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0x00],
  [0x1b, 0x5b, 0x32, 0x4a],
  [0x7f],
  [0xef, 0xbb, 0xbf],
  [0xc2, 0x85],
  [0xe2, 0x80, 0xa8],
  [0x09],
];

/** A value to put where another was: other types, huge and odd numbers, unicode and control characters, long text. */
const value = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -0, 1e21, 4294967296),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '~', 'null', 'yes', 'NO', '0x1F', '1e999', '2026-02-30', '10.0.0.0/33', '::/129', '*a', '&a', '!!binary', '%YAML'),
  fc.record({ long: fc.constantFrom('a', 'ệ', '😀', ' ', '\u0000', '\n'), length: fc.integer({ min: 1_000, max: 300_000 }) }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
);

/** Each kind of mutation, by name (`scripts/fuzz.mjs --without` leaves some out, e.g. past a known bug). */
export const KINDS = {
  deleteDoc: fc.record({ op: fc.constant('deleteDoc'), file: fileIndex, doc: pick }),
  duplicateDoc: fc.record({ op: fc.constant('duplicateDoc'), file: fileIndex, doc: pick }),
  moveDoc: fc.record({ op: fc.constant('moveDoc'), file: fileIndex, doc: pick, to: fileIndex }),
  deleteKey: fc.record({ op: fc.constant('deleteKey'), file: fileIndex, doc: pick, key: pick }),
  duplicateKey: fc.record({ op: fc.constant('duplicateKey'), file: fileIndex, doc: pick, key: pick }),
  moveKey: fc.record({ op: fc.constant('moveKey'), file: fileIndex, doc: pick, key: pick, to: pick }),
  setValue: fc.record({ op: fc.constant('setValue'), file: fileIndex, doc: pick, key: pick, value }),
  alias: fc.record({ op: fc.constant('alias'), file: fileIndex, doc: pick, key: pick, from: pick }),
  selfAlias: fc.record({ op: fc.constant('selfAlias'), file: fileIndex, doc: pick, key: pick }),
  aliasBomb: fc.record({ op: fc.constant('aliasBomb'), file: fileIndex, doc: pick, key: pick, depth: fc.integer({ min: 1, max: 12 }) }),
  lineEndings: fc.record({ op: fc.constant('lineEndings'), file: fileIndex, style: fc.constantFrom('crlf', 'cr', 'mixed') }),
  insertBytes: fc.record({ op: fc.constant('insertBytes'), file: fileIndex, at: pick, bytes: fc.constantFrom(...HOSTILE_BYTES) }),
  insertText: fc.record({ op: fc.constant('insertText'), file: fileIndex, at: pick, text: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) }),
  truncate: fc.record({ op: fc.constant('truncate'), file: fileIndex, at: pick }),
  special: fc.record({ op: fc.constantFrom('fifo', 'directory', 'remove', 'empty'), file: fileIndex }),
};

/** One to four mutations, applied in turn, of every kind but those in `without`. */
export function mutationsOf(without = []) {
  const unknown = without.filter((k) => !(k in KINDS));
  if (unknown.length > 0) throw new Error(`unknown mutation kinds: ${unknown.join(', ')}; known: ${Object.keys(KINDS).join(', ')}`);
  const kinds = Object.entries(KINDS)
    .filter(([k]) => !without.includes(k))
    .map(([, arb]) => arb);
  return fc.array(fc.oneof(...kinds), { minLength: 1, maxLength: 4 });
}

/** A few cases `npm test` always runs first, one of each kind the random ones may take a while to reach. */
export const EXAMPLES = [
  [{ op: 'fifo', file: FILES.indexOf('addressing.lock.yaml') }],
  [{ op: 'directory', file: FILES.indexOf('systems.yaml') }],
  [{ op: 'insertBytes', file: FILES.indexOf('zones.yaml'), at: 400, bytes: [0xff] }],
  [{ op: 'lineEndings', file: FILES.indexOf('systems.yaml'), style: 'cr' }],
  [{ op: 'aliasBomb', file: FILES.indexOf('province.yaml'), doc: 0, key: 3, depth: 12 }],
  [{ op: 'setValue', file: FILES.indexOf('systems.yaml'), doc: 2, key: 5, value: { long: '😀', length: 300_000 } }],
  // A recursive YAML alias (a map whose field is an alias of the map): found by this fuzzer, exit 3 before.
  [{ op: 'selfAlias', file: FILES.indexOf('sites.yaml'), doc: 1, key: 0 }],
].map((list) => [list]);

/** Cases that break the contract today, found by this fuzzer and not fixed yet (none now); they move to EXAMPLES when fixed. */
export const KNOWN_CRASHES = [];

// ---- applying them to a copy ----------------------------------------------------------------------------------

/** What stands at a file's place in the copy: its bytes, a FIFO, a folder, or nothing. */
function initialEntries() {
  return new Map(FILES.map((name) => [name, { kind: 'bytes', bytes: readFileSync(join(SOURCE, name)) }]));
}

const materialize = (v) => (v !== null && typeof v === 'object' && 'long' in v && 'length' in v ? v.long.repeat(v.length) : v);

/** The documents of a file, or undefined when it is not YAML the `yaml` package can edit (then a structural edit is a no-op). */
function documentsOf(entry) {
  if (entry.kind !== 'bytes') return undefined;
  const docs = parseAllDocuments(entry.bytes.toString('utf8'));
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
  return docs;
}

/** Writes the documents back; when yaml cannot (an alias left without its anchor by an earlier edit), the edit is a no-op. */
function writeDocuments(entry, docs) {
  docs.forEach((d, i) => {
    if (i > 0) d.directives.docStart = true;
  });
  try {
    entry.bytes = Buffer.from(docs.map((d) => d.toString({ lineWidth: 0 })).join(''), 'utf8');
  } catch {
    // keep the bytes as they were
  }
}

/** Every key-value pair of a document with the map holding it, in document order. */
function pairsOf(doc) {
  const pairs = [];
  visit(doc, {
    Pair(_, pair, path) {
      pairs.push({ pair, parent: path[path.length - 1] });
    },
  });
  return pairs;
}

function mapsOf(doc) {
  const maps = [];
  visit(doc, {
    Map(_, map) {
      maps.push(map);
    },
  });
  return maps;
}

const clone = (node) => (isNode(node) ? node.clone() : node);

/** Edits of the documents of one file: each returns nothing and changes `docs` in place. */
const STRUCTURAL = {
  deleteDoc: (docs, m) => docs.splice(m.doc % docs.length, 1),
  duplicateDoc: (docs, m) => docs.splice(m.doc % docs.length, 0, docs[m.doc % docs.length].clone()),
  deleteKey: (docs, m, pairs) => pairs.length && removePair(pairs[m.key % pairs.length]),
  duplicateKey: (docs, m, pairs) => {
    if (!pairs.length) return;
    const { pair, parent } = pairs[m.key % pairs.length];
    parent.items.push(new Pair(clone(pair.key), clone(pair.value)));
  },
  moveKey: (docs, m, pairs, doc) => {
    const maps = mapsOf(doc);
    if (!pairs.length || !maps.length) return;
    const chosen = pairs[m.key % pairs.length];
    removePair(chosen);
    maps[m.to % maps.length].items.push(chosen.pair);
  },
  setValue: (docs, m, pairs, doc) => {
    if (pairs.length) pairs[m.key % pairs.length].pair.value = doc.createNode(materialize(m.value));
  },
  alias: (docs, m, pairs, doc) => {
    // The anchor comes first in the text (yaml cannot write an alias before its anchor); inside it, a recursive alias.
    const [first, second] = [m.from % Math.max(pairs.length, 1), m.key % Math.max(pairs.length, 1)].sort((a, b) => a - b);
    if (first === second) return;
    const source = pairs[first].pair;
    if (!isNode(source.value)) source.value = doc.createNode(source.value ?? null);
    pairs[second].pair.value = doc.createAlias(source.value);
  },
  selfAlias: (docs, m, pairs) => {
    // A known field whose value is the map holding it: `&self { name: *self, … }`, a cycle once aliases are resolved.
    if (!pairs.length) return;
    const { pair, parent } = pairs[m.key % pairs.length];
    parent.anchor = parent.anchor ?? `self${m.key}`;
    pair.value = new Alias(parent.anchor);
  },
  aliasBomb: (docs, m, pairs, doc) => {
    if (!pairs.length) return;
    // [&l0 [lol × 9], &l1 [*l0 × 9], …]: 9^depth strings once every alias is expanded.
    const levels = new YAMLSeq();
    let previous;
    for (let level = 0; level <= m.depth; level++) {
      const seq = new YAMLSeq();
      for (let i = 0; i < 9; i++) seq.items.push(previous ? new Alias(previous) : doc.createNode('lol'));
      seq.anchor = `l${level}`;
      previous = seq.anchor;
      levels.items.push(seq);
    }
    pairs[m.key % pairs.length].pair.value = levels;
  },
};

function removePair({ pair, parent }) {
  if (isMap(parent) || isSeq(parent)) parent.items.splice(parent.items.indexOf(pair), 1);
}

/** Edits of a file's bytes. */
const TEXTUAL = {
  lineEndings: (bytes, m) => {
    const text = bytes.toString('utf8');
    if (m.style === 'mixed')
      return Buffer.from(
        text.replace(/\n/g, (_, at) => (at % 3 === 0 ? '\r' : at % 3 === 1 ? '\r\n' : '\n')),
        'utf8',
      );
    return Buffer.from(text.replace(/\n/g, m.style === 'crlf' ? '\r\n' : '\r'), 'utf8');
  },
  insertBytes: (bytes, m) => insertAt(bytes, m.at, Buffer.from(m.bytes)),
  insertText: (bytes, m) => insertAt(bytes, m.at, Buffer.from(m.text, 'utf8')),
  truncate: (bytes, m) => bytes.subarray(0, m.at % (bytes.length + 1)),
};

function insertAt(bytes, at, extra) {
  const i = at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, i), extra, bytes.subarray(i)]);
}

function apply(entries, m) {
  const name = FILES[m.file];
  const entry = entries.get(name);
  if (m.op === 'fifo' || m.op === 'directory' || m.op === 'remove') return entries.set(name, { kind: m.op });
  if (m.op === 'empty') return entries.set(name, { kind: 'bytes', bytes: Buffer.alloc(0) });
  if (m.op in TEXTUAL) {
    if (entry.kind === 'bytes') entry.bytes = TEXTUAL[m.op](entry.bytes, m);
    return;
  }
  const docs = documentsOf(entry);
  if (!docs || docs.length === 0) return;
  if (m.op === 'moveDoc') {
    const target = entries.get(FILES[m.to]);
    const into = target === entry ? docs : documentsOf(target);
    if (!into) return;
    const [doc] = docs.splice(m.doc % docs.length, 1);
    into.push(doc);
    if (into !== docs) writeDocuments(target, into);
    return writeDocuments(entry, docs);
  }
  const doc = docs[m.doc % docs.length];
  STRUCTURAL[m.op](docs, m, pairsOf(doc), doc);
  writeDocuments(entry, docs);
}

/** A copy of the inventory in a new temporary folder with `list` applied; returns the folder. */
export function mutatedCopy(list, parent = tmpdir()) {
  const root = mkdtempSync(join(parent, 'hatang-fuzz-'));
  const dir = join(root, 'lang-son');
  cpSync(SOURCE, dir, { recursive: true });
  const entries = initialEntries();
  for (const m of list) apply(entries, m);
  for (const [name, entry] of entries) {
    const path = join(dir, name);
    rmSync(path, { force: true });
    if (entry.kind === 'bytes') writeFileSync(path, entry.bytes);
    else if (entry.kind === 'directory') mkdirSync(path);
    else if (entry.kind === 'fifo') execFileSync('mkfifo', [path]);
  }
  return dir;
}

// ---- running hatang and judging the outcome -------------------------------------------------------------------

/** `hatang validate <dir> --format json`, killed after TIMEOUT_MS. */
export function validate(dir, timeoutMs = TIMEOUT_MS) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'validate', dir, '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let stderr = '';
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/** Why a run breaks the property, or undefined when it keeps it. */
export function problemOf(run) {
  if (run.timedOut) return `hang: no exit within ${TIMEOUT_MS} ms`;
  if (run.code === null) return `killed by ${run.signal}; stderr: ${run.stderr.slice(0, 2000)}`;
  if (![0, 1, 2].includes(run.code)) return `exit ${run.code}; stderr: ${run.stderr.slice(0, 2000)}`;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch (error) {
    return `exit ${run.code} with stdout that is not JSON (${error.message}): ${run.stdout.slice(0, 300)}; stderr: ${run.stderr.slice(0, 1000)}`;
  }
  if (run.code !== 2) return undefined;
  const located = (report.diagnostics ?? []).filter(
    (d) =>
      typeof d.location?.file === 'string' &&
      Number.isInteger(d.location.line) &&
      Number.isInteger(d.location.column) &&
      d.location.line >= 1 &&
      d.location.column >= 1,
  );
  if (located.length === 0) return `exit 2 without a located diagnostic: ${JSON.stringify(report.diagnostics).slice(0, 1000)}`;
  return undefined;
}

/** The property: for every list of mutations, `hatang validate` on the mutated copy keeps to its contract. */
export function validateKeepsItsContract(without = []) {
  return fc.asyncProperty(mutationsOf(without), async (list) => {
    const dir = mutatedCopy(list);
    try {
      const problem = problemOf(await validate(dir));
      if (problem) throw new Error(problem);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
}
