// The JSON report written in pieces: the same bytes as JSON.stringify(value, null, 2) + '\n', never one giant string;
// and the atomic write of content in pieces, with the orphans of the former temporary naming swept.
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ORPHAN_AGE_MS, writeFileAtomic } from '../../modules/cli/write.js';
import { jsonChunks } from '../../modules/report/json-stream.js';
import { runCli } from '../helpers.js';

const made: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-json-'));
  made.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

const expected = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('jsonChunks', () => {
  const cases: Record<string, unknown> = {
    'a report-like object': {
      version: 1,
      tool: { name: 'hatang', version: '0.1.0' },
      valid: false,
      empty: [],
      none: {},
      nothing: null,
      skipped: undefined,
      fn: () => 1,
      list: [1, 'a\nb "q" ✓ Đơn vị', undefined, () => 2, { nested: [{ deep: [1, [2, {}]] }], gone: undefined }, [], {}, null, true, -0, 1e21, NaN],
      date: new Date(Date.UTC(2026, 0, 2)),
      withToJson: { toJSON: () => ({ replaced: [1, 2] }) },
      boxed: [new String('s'), new Number(3), new Boolean(false)],
    },
    'an array at the top': [{ a: 1 }, [{ b: [2] }], 'x'],
    'an empty object': {},
    'an empty array': [],
    'a string': 'chuỗi "có" \n dòng',
    'a number': 42,
    null: null,
    'an object without prototype': Object.assign(Object.create(null) as object, { a: [1, { b: 2 }] }),
  };
  for (const [name, value] of Object.entries(cases)) {
    test(`${name}: the bytes of JSON.stringify at every depth`, () => {
      for (const depth of [0, 1, 2, 3, 8]) expect([...jsonChunks(value, depth)].join('')).toBe(expected(value));
    });
  }

  test('a long list comes in chunks of about 64 Ki characters, none much longer', () => {
    const value = { findings: Array.from({ length: 20_000 }, (_, i) => ({ rule: `R-${i}`, message: { vi: 'Không đạt', en: 'Fails' } })) };
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    expect(chunks.join('')).toBe(expected(value));
  });
});

describe('the JSON reports of the bundled inventories are unchanged', () => {
  const folders = [
    'inventory/quang-ngai',
    'inventory/lang-son',
    'test/fixtures/minimal',
    'test/fixtures/bad/dangling-reference',
    'test/fixtures/bad/cidr-host-bits',
  ];
  for (const folder of folders) {
    test(`hatang validate ${folder} --format json: the bytes JSON.stringify gives`, async () => {
      const { stdout } = await runCli('validate', folder, '--format', 'json');
      expect(stdout).toBe(expected(JSON.parse(stdout)));
    }, 60_000);
  }

  test('hatang build: validation.json and the JSON on stdout are the bytes JSON.stringify gives', async () => {
    const out = await scratch();
    const { stdout } = await runCli('build', 'test/fixtures/minimal', '--out', out, '--format', 'json');
    expect(stdout).toBe(expected(JSON.parse(stdout)));
    const file = await readFile(join(out, 'validation.json'), 'utf8');
    expect(file).toBe(expected(JSON.parse(file)));
    const { outputs: _outputs, ...report } = JSON.parse(stdout) as Record<string, unknown>;
    expect(JSON.parse(file)).toEqual(report);
  }, 120_000);
});

describe('writeFileAtomic', () => {
  test('writes content that comes in pieces', async () => {
    const dir = await scratch();
    function* pieces() {
      yield 'một ';
      yield '';
      yield 'two ✓\n'.repeat(50_000);
    }
    await writeFileAtomic(join(dir, 'out.txt'), pieces());
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('một ' + 'two ✓\n'.repeat(50_000));
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  test("sweeps the orphans of the former naming (.<name>.<pid>.tmp) of the file it writes, and nobody else's", async () => {
    const dir = await scratch();
    const old = new Date(Date.now() - ORPHAN_AGE_MS - 60_000);
    const names = {
      orphan: '.validation.json.4242.tmp', // hatang's own: the former temporary of the very file written
      orphan2: '.validation.json.17.tmp',
      recent: '.validation.json.4243.tmp', // may be a run of an older release still writing
      other: '.notes.txt.4242.tmp', // not a file hatang writes here
      unlike: '.validation.json.tmp',
    };
    for (const name of Object.values(names)) await writeFile(join(dir, name), 'x');
    for (const name of [names.orphan, names.orphan2, names.other, names.unlike]) await utimes(join(dir, name), old, old);
    await writeFileAtomic(join(dir, 'validation.json'), '{}\n');
    expect((await readdir(dir)).sort()).toEqual([names.unlike, names.other, names.recent, 'validation.json'].sort());
  });
});
