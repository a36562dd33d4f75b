// Every class of bad input gets exit-code-2 diagnostics with an exact, located message, and never a crash or a hang.
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, truncate, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic, loadInventory } from '../../modules/model/index.js';

const FIXTURES = 'test/fixtures/bad';
const cases = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const lines = async (dir: string, lang: 'en' | 'vi' = 'en') => (await loadInventory(dir)).diagnostics.map((d) => formatDiagnostic(d, lang));

describe('fixtures under test/fixtures/bad', () => {
  test.each(cases)('%s: exact located messages', async (name) => {
    const expected = (await readFile(join(FIXTURES, `${name}.expected.txt`), 'utf8')).trimEnd().split('\n');
    const result = await loadInventory(join(FIXTURES, name));
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.every((d) => d.severity === 'error' && d.location)).toBe(true);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual(expected);
  });

  test.each(cases)('%s: Vietnamese messages too', async (name) => {
    const vi = await lines(join(FIXTURES, name), 'vi');
    const en = await lines(join(FIXTURES, name), 'en');
    expect(vi).toHaveLength(en.length);
    for (const line of vi) expect(line).toMatch(/: lỗi \[/);
  });

  test('every fixture folder has its expected messages', async () => {
    const expectations = (await readdir(FIXTURES)).filter((f) => f.endsWith('.expected.txt')).map((f) => f.replace('.expected.txt', ''));
    expect(expectations.sort()).toEqual(cases);
  });
});

describe('hostile input made at test time', () => {
  const made: string[] = [];
  const scratch = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatang-hostile-'));
    made.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  test('a missing folder', async () => {
    expect(await lines('test/fixtures/does-not-exist')).toEqual([
      'test/fixtures/does-not-exist:1:1: error [missing-folder]: Inventory folder "test/fixtures/does-not-exist" does not exist.',
    ]);
  });

  test('a file given instead of a folder', async () => {
    expect(await lines('test/fixtures/minimal/inventory.yaml')).toEqual([
      'test/fixtures/minimal/inventory.yaml:1:1: error [not-a-folder]: "test/fixtures/minimal/inventory.yaml" is not a folder; expected the inventory folder of one province.',
    ]);
  });

  test('an empty folder', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'README.md'), 'not yaml');
    expect(await lines(dir)).toEqual([`${dir}:1:1: error [empty-inventory]: Folder "${dir}" holds no YAML file (*.yaml, *.yml).`]);
  });

  test('a symbolic link that leaves the folder', async () => {
    const outside = await scratch();
    const dir = await scratch();
    await writeFile(join(outside, 'secret.yaml'), 'apiVersion: hatang.vn/v1\n');
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    await symlink(join(outside, 'secret.yaml'), join(dir, 'linked.yaml'));
    const result = await loadInventory(dir);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${dir}/linked\\.yaml:1:1: error \\[symlink-outside\\]: Symbolic link "${dir}/linked\\.yaml" leads outside the inventory folder \\(\\.\\./[^)]+/secret\\.yaml\\); only files inside it are read\\.$`,
        ),
      ),
    ]);
    expect(result.model).toBeUndefined();
  });

  test('a symbolic link inside the folder is followed', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'real'));
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'real', 'inventory.yaml'));
    await symlink(join(dir, 'real'), join(dir, 'alias'));
    const result = await loadInventory(dir);
    // the folder is read once, even though two paths lead to it
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.zones).toHaveLength(2);
  });

  test('a very large file is refused without being read', async () => {
    const dir = await scratch();
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    await writeFile(join(dir, 'huge.yaml'), '');
    await truncate(join(dir, 'huge.yaml'), 200 * 1024 * 1024);
    const started = Date.now();
    expect(await lines(dir)).toEqual([
      `${dir}/huge.yaml:1:1: error [file-too-large]: The file has 209715200 bytes, more than the limit of 1048576; split it into several files.`,
    ]);
    expect(Date.now() - started).toBeLessThan(30_000); // guards against reading it, not a benchmark
  });

  test('invalid UTF-8 is reported at the first bad byte', async () => {
    const dir = await scratch();
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    await writeFile(join(dir, 'latin1.yaml'), Buffer.from('apiVersion: hatang.vn/v1\nname: Qu\xe3ng Ng\xe3i\n', 'latin1'));
    expect(await lines(dir)).toEqual([
      `${dir}/latin1.yaml:2:9: error [binary-file]: The file is not UTF-8 text (byte 0xe3 at offset 33); an inventory must be YAML text.`,
    ]);
  });

  test('prototype pollution through __proto__ leaves Object.prototype untouched', async () => {
    await loadInventory(join(FIXTURES, 'reserved-key'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
