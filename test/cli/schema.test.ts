// `hatang schema`: the JSON Schema of the inventory files the package ships, on stdout or written atomically to a
// file, so that an inventory repository can point its editor at it.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { schemaPath } from '../../modules/cli/actions/schema.js';
import { runCli } from '../helpers.js';

const SHIPPED = 'inventory/schema/inventory.schema.json';
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

test('the schema printed is the file the package ships, and the package ships it at the documented path', async () => {
  expect(pkg.files).toContain('inventory/schema/*.json');
  expect((pkg.exports as Record<string, unknown>)['./schema']).toBe(`./${SHIPPED}`);
  expect(schemaPath().split('\\').join('/').endsWith(SHIPPED)).toBe(true);
  const { code, stdout, stderr } = await runCli('schema');
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(stdout).toBe(await readFile(SHIPPED, 'utf8'));
  const schema = JSON.parse(stdout) as { $schema?: string; $defs?: Record<string, unknown> };
  expect(schema.$schema).toMatch(/json-schema\.org/);
  expect(Object.keys(schema.$defs ?? {})).toContain('Agency');
});

test('--out writes the same content atomically (no temporary file left) and says so on stderr', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-schema-'));
  made.push(dir);
  const out = join(dir, 'inventory.schema.json');
  const { code, stdout, stderr } = await runCli('schema', '--out', out, '--lang', 'en');
  expect(code).toBe(0);
  expect(stdout).toBe('');
  expect(stderr).toBe(`Wrote ${out}\n`);
  expect(await readFile(out, 'utf8')).toBe(await readFile(SHIPPED, 'utf8'));
  expect(await readdir(dir)).toEqual(['inventory.schema.json']);
  const vi = await runCli('schema', '--out', out);
  expect(vi.stderr).toBe(`Đã ghi ${out}\n`);
});

test('an --out that cannot be written is one line on stderr, exit 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-schema-'));
  made.push(dir);
  await writeFile(join(dir, 'blocker'), 'a file where a folder is needed\n');
  const { code, stderr } = await runCli('schema', '--out', join(dir, 'blocker', 'schema.json'), '--lang', 'en');
  expect(code).toBe(2);
  expect(stderr.startsWith('hatang: ')).toBe(true);
  expect(stderr.trim().split('\n')).toHaveLength(1);
});

test('the help of `hatang schema` is in Vietnamese by default', async () => {
  const { stdout } = await runCli('schema', '--help');
  expect(stdout).toContain('lược đồ JSON');
  expect(stdout).toContain('--out');
});
