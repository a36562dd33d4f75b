// The fast YAML path must read every file exactly as the thorough parser does, or hand the file over to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlFile, parseYamlFileThoroughly } from '../../modules/model/parse.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** What a caller can observe of a parse: the diagnostics and, per document, its index, data and start. */
function observed(result: ReturnType<typeof parseYamlFile>) {
  return {
    diagnostics: result.diagnostics,
    documents: result.documents.map(({ index, data, start }) => ({ index, data, start })),
  };
}

function expectSameAsThorough(file: string, text: string): void {
  expect(observed(parseYamlFile(file, text))).toEqual(observed(parseYamlFileThoroughly(file, text)));
}

describe('fast and thorough YAML parsing agree', () => {
  const files = [...yamlFiles('inventory'), ...yamlFiles('test/fixtures')].filter((f) => !f.includes('binary-file'));

  test.each(files)('%s', (file) => {
    expectSameAsThorough(file, readFileSync(file, 'utf8'));
  });

  test.each([
    ['YAML 1.1 directive (yes is a boolean there)', '%YAML 1.1\n---\nenabled: yes\n'],
    ['anchors and aliases', 'a: &x [1, 2]\nb: *x\n'],
    ['explicit tags', 'a: !!str 10\nb: !!int "7"\n'],
    ['tagged document root', '--- !!map\na: 1\n'],
    ['document end markers and empty documents', '---\n...\n---\na: 1\n...\n---\n# only a comment\n---\nb: 2\n'],
    ['comments before the first document', '# header\n\n# more\n---\n  a: 1\n'],
    ['a scalar document', '--- just text\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['tab indentation', 'a:\n\t- b\n'],
    ['reserved key', 'spec:\n  __proto__: { polluted: true }\n'],
    ['numbers in every core-schema spelling', 'a: [0o17, 0x1F, 1e3, .5, -.inf, .nan, +12, 012, 0b101, 1_000, ~, null, True, yes]\n'],
    ['multi-line strings', 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\nc: "quoted \\u00e9"\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n---\r\nc: 2\r\n'],
    ['an unclosed flow sequence', 'a: [1, 2\n'],
  ])('%s', (_name, text) => {
    expectSameAsThorough('case.yaml', text);
  });

  test('on generated documents in several layouts', () => {
    const value = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
      ),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), fc.constantFrom('block', 'flow'), (docs, style) => {
        const text = docs
          .map((d) => stringify(d, { collectionStyle: style as 'block' | 'flow', lineWidth: 40 }))
          .map((d) => `---\n${d}`)
          .join('');
        expectSameAsThorough('generated.yaml', text);
      }),
      { numRuns: 300 },
    );
  });
});
