// Locating errors and findings costs no second parse: positions are recorded while a file is read, and the `yaml`
// package's full syntax tree is built only for files (or single documents) the fast path cannot vouch for, once.
// Timing thresholds are not tests (docs/performance.md, "Hostile input: locating errors"): what is asserted here is
// the work done, counted by parse.ts, and that every location is the one the syntax tree gives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { loadFiles } from '../../modules/model/index.js';
import { parseCounters, parseYamlFile } from '../../modules/model/parse.js';

const HEAD = `apiVersion: hatang.vn/v1
kind: Province
metadata:
  name: thu
spec:
  code: "51"
  name: Tỉnh Thử
  tiers: 2
  addressPools:
    - { name: agencies-v4, family: ipv4, prefix: 10.0.0.0/8, purpose: agencies, routingDomain: tslcd, source: rfc1918 }
---
apiVersion: hatang.vn/v1
kind: Site
metadata:
  name: dc-chinh
spec:
  name: Trung tâm dữ liệu tỉnh
  role: primary
`;

interface Planted {
  readonly code: string;
  readonly line: number;
  readonly column: number;
}

/**
 * An inventory file of about `bytes` in which every Agency document after the head holds one error the loader must
 * locate, in turn an unknown field, a bad prefix (both found by the schema) and a dangling reference (found by the
 * resolver), with where each must be reported.
 */
function errorDense(bytes: number): { text: string; planted: Planted[] } {
  const parts = [HEAD];
  const planted: Planted[] = [];
  let length = HEAD.length;
  let line = HEAD.split('\n').length; // the line of the next document's `---`
  for (let i = 0; length < bytes; i++) {
    const n = i * 8;
    const kind = i % 3;
    const prefix = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${kind === 1 ? 300 : n & 255}/29`;
    const doc = [
      '---',
      'apiVersion: hatang.vn/v1',
      'kind: Agency',
      'metadata:',
      `  name: don-vi-${i}`,
      'spec:',
      `  name: Đơn vị số ${i}`,
      '  kind: other',
      `  site: ${kind === 2 ? `khong-co-${i}` : 'dc-chinh'}`,
      `  ipv4: { prefix: ${prefix}, pool: agencies-v4 }`,
      '  hosts: 5',
      ...(kind === 0 ? ['  colour: xanh'] : []),
    ];
    if (kind === 0) planted.push({ code: 'unknown-field', line: line + 11, column: 3 });
    if (kind === 1) planted.push({ code: 'invalid-prefix', line: line + 9, column: 19 });
    if (kind === 2) planted.push({ code: 'dangling-reference', line: line + 8, column: 9 });
    const text = doc.join('\n') + '\n';
    parts.push(text);
    length += text.length;
    line += doc.length;
  }
  return { text: parts.join(''), planted };
}

beforeEach(() => {
  parseCounters.treeFiles = 0;
  parseCounters.treeDocuments = 0;
  parseCounters.treeChars = 0;
});

describe('an error-dense file of a few MiB', () => {
  const { text, planted } = errorDense(3 * 1024 * 1024);

  test('every planted error is reported where it is, without building a syntax tree', () => {
    const result = loadFiles('x', [{ path: 'x/inventory.yaml', text }]);
    const found = result.diagnostics.map((d) => ({ code: d.code, line: d.location?.line, column: d.location?.column }));
    expect(planted.length).toBeGreaterThan(10_000);
    expect(found).toEqual(planted);
    // Neither the file nor any of its documents went through the `yaml` package's syntax tree.
    expect(parseCounters).toEqual({ treeFiles: 0, treeDocuments: 0, treeChars: 0 });
  });

  test('locating again, as findings do, parses nothing', () => {
    const parsed = parseYamlFile('x/inventory.yaml', text);
    const locator = parsed.locator;
    const last = parsed.documents[parsed.documents.length - 1]!;
    parsed.documents.length = 0; // the documents are dropped after validation; the locator stays
    for (let round = 0; round < 3; round++) {
      for (let doc = 2; doc <= last.index; doc += 97) {
        expect(locator.locate(doc, ['spec', 'ipv4', 'prefix'])?.column).toBe(19);
        expect(locator.locate(doc, ['spec', 'site'], 'key')?.column).toBe(3);
      }
    }
    expect(parseCounters.treeFiles + parseCounters.treeDocuments).toBe(0);
  });
});

describe('files the fast path cannot vouch for', () => {
  test('a syntax error: the file is read once by the thorough parser, one document at a time', () => {
    const { text, planted } = errorDense(64 * 1024);
    const broken = text.replace('  hosts: 5\n', '  hosts: [5\n'); // in the first Agency document only
    const result = loadFiles('x', [{ path: 'x/inventory.yaml', text: broken }]);
    const found = result.diagnostics.map((d) => ({ code: d.code, line: d.location?.line, column: d.location?.column }));
    expect(found.filter((d) => d.code === 'yaml-syntax').length).toBeGreaterThan(0);
    // The other documents' errors are still located (the first planted one sat in the broken document; references
    // are not checked in a file that could not be read whole).
    const schema = (d: { code: string }) => d.code === 'unknown-field' || d.code === 'invalid-prefix';
    expect(found.filter(schema)).toEqual(planted.slice(1).filter(schema));
    expect(parseCounters.treeFiles).toBe(1);
    expect(parseCounters.treeChars).toBe(broken.length);
    expect(parseCounters.treeDocuments).toBe(0);
  });

  test('a document whose layout the recorded positions do not cover is read alone, once, however often it is located', () => {
    // An empty sequence item after a mapping item: the position of its `-` is not in js-yaml's events.
    const text = `${HEAD}---\napiVersion: hatang.vn/v1\nkind: Agency\nmetadata: { name: a }\nspec:\n  name: A\n  kind: other\n  formerCodes:\n    - { x: 1 }\n    -\n`;
    const parsed = parseYamlFile('x/inventory.yaml', text);
    for (let round = 0; round < 5; round++) {
      expect(parsed.locator.locate(2, ['spec', 'formerCodes', 1])).toEqual({ file: 'x/inventory.yaml', line: 28, column: 6 });
      expect(parsed.locator.locate(2, ['spec', 'name'])).toEqual({ file: 'x/inventory.yaml', line: 24, column: 9 });
      expect(parsed.locator.locate(1, ['spec', 'role'])).toEqual({ file: 'x/inventory.yaml', line: 18, column: 9 });
    }
    expect(parseCounters).toEqual({ treeFiles: 0, treeDocuments: 1, treeChars: text.length - HEAD.length });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every location is the one a walk of the `yaml` syntax tree gives, as the loader located values before.

/** Offset of the node at `pointer` in a syntax tree, or of its nearest existing ancestor (the former locator). */
function treeOffset(root: Node, pointer: readonly (string | number)[], where: 'key' | 'value'): number {
  let node: unknown = root;
  let offset = root.range?.[0] ?? 0;
  for (let i = 0; i < pointer.length; i++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(pointer[i]));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (i === pointer.length - 1 && where === 'key') return key.range?.[0] ?? offset;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(pointer[i])];
      if (item === undefined) return offset;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** Every pointer into a tree, and for each a few that do not exist. */
function pointersOf(root: Node): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = [...path, isScalar(pair.key) ? String(pair.key.value) : '?'];
        out.push(key, [...key, 'missing']);
        walk(pair.value, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i], [...path, String(i)]);
        walk(item, [...path, i]);
      });
      out.push([...path, node.items.length]);
    }
  };
  walk(root, []);
  return out;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** A document the syntax tree has errors in (where the two parsers disagree) was located at its start. */
function expectTreeLocations(file: string, text: string): void {
  const parsed = parseYamlFile(file, text);
  const trees = parseAllDocuments(text, { uniqueKeys: true, strict: true });
  for (const doc of parsed.documents) {
    const tree = trees[doc.index]!;
    const root = tree.contents as Node;
    const broken = tree.errors.length + tree.warnings.length > 0;
    for (const pointer of pointersOf(root)) {
      for (const where of ['value', 'key'] as const) {
        const expected = broken ? doc.start : { file, ...lineColumn(text, treeOffset(root, pointer, where)) };
        expect({ pointer, where, at: doc.locate(pointer, where) }).toEqual({ pointer, where, at: expected });
      }
    }
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('recorded positions are those of the syntax tree', () => {
  const files = [...yamlFiles('inventory'), ...yamlFiles('test/fixtures')].filter((f) => !f.includes('binary-file'));

  test.each(files)('%s', (file) => {
    expectTreeLocations(file, readFileSync(file, 'utf8'));
  });

  test.each([
    ['empty values', 'a:\nb:   # c\nc: {d: , e: }\nf:\n  - \n  -\n  - g\n'],
    ['block scalars', 'a: |\n  x\nb: >-\n  y\nc: !!str |\n  z\nd:\n  - |\n    w\n  - >\n    v\n'],
    ['quoted keys and values', '"a": \'b\'\n\'c d\': "e"\n"f\\u00e9": 1\n'],
    ['keys that are not strings', '1: a\ntrue: b\nnull: c\n~: d\n0x1F: e\n.inf: f\n1.0: g\n"1": h\n'],
    ['flow collections', 'a: [1, {b: 2}, [c, d]]\ne: {f: [g], h: {i: j}}\nk: [l: m]\n'],
    ['nested sequences', '- - a\n  - - b\n    -\n- c:\n  d: e\n'],
    ['comments and blank lines', '# head\n\na: 1 # one\n\n# between\nb:\n  # inside\n  - x # item\n'],
    ['explicit keys', '? a\n: b\n? c\n: d\ne: f\n'],
    ['several documents', '---\na: 1\n...\n---\n- b\n--- c\n---\n"d"\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  -\r\n---\r\nc: \r\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a tab after an indicator', 'a:\t\nb: 1\n'],
    ['anchors and tags on values', 'a: &x [1]\nb: !!str 2\nc: !!map {d: 1}\n'],
    [
      'a long mapping and a long sequence',
      `a:\n${Array.from({ length: 40 }, (_, i) => `  k${i}: ${i}`).join('\n')}\nb: [${Array.from({ length: 40 }, (_, i) => i).join(', ')}]\n`,
    ],
  ])('%s', (_name, text) => {
    expectTreeLocations('case.yaml', text);
  });
});
