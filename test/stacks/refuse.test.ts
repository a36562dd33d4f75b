// The cdktf app and the Pulumi program read the same evaluation as `hatang validate`: a broken or foreign lock, or an
// invalid inventory, stops them with the diagnostics validate prints, never a plan of prefixes nobody locked.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { evaluateInventory, InventoryRefusedError } from '../../stacks/evaluation.js';
import { runCli as run } from '../helpers.js';

const exec = promisify(execFile);
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A copy of Lạng Sơn whose lock is foreign, broken, or whose inventory is invalid. */
async function broken(kind: 'foreign' | 'malformed' | 'invalid'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-refuse-'));
  made.push(dir);
  const copy = join(dir, 'lang-son');
  await cp('inventory/lang-son', copy, { recursive: true });
  const lock = join(copy, 'addressing.lock.yaml');
  const text = await readFile(lock, 'utf8');
  if (kind === 'foreign') await writeFile(lock, text.replace(/province: .*/, 'province: quang-ngai'));
  if (kind === 'malformed') await writeFile(lock, text + 'entries: [\n');
  if (kind === 'invalid')
    await writeFile(join(copy, 'zones.yaml'), (await readFile(join(copy, 'zones.yaml'), 'utf8')).replace(/prefix: (\d+\.\d+\.\d+)\.0\/24/, 'prefix: $1.1/24'));
  return copy;
}

/** The error lines `hatang validate --lang en` prints for the inventory (file:line:col: error [...] ...). */
async function validateErrors(dir: string): Promise<string[]> {
  const { code, stdout } = await run('validate', dir, '--lang', 'en');
  expect(code).toBe(2);
  return stdout
    .split('\n')
    .filter((l) => / error \[/.test(l))
    .map((l) => l.trim());
}

describe.each(['foreign', 'malformed', 'invalid'] as const)('a %s lock or inventory', (kind) => {
  test('the cdktf app (node dist/stacks/main.js) exits 2 with the diagnostics validate prints, and writes nothing', async () => {
    const dir = await broken(kind);
    const out = join(dir, 'cdktf.out');
    const expected = await validateErrors(dir);
    expect(expected.length).toBeGreaterThan(0);
    const result = await exec('node', ['dist/stacks/main.js'], { env: { ...process.env, HATANG_INVENTORY: dir, CDKTF_OUTDIR: out } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(expected);
    await expect(readFile(join(out, 'manifest.json'))).rejects.toThrow();
  });

  test('the Pulumi program stops before registering anything, with the same diagnostics', async () => {
    const dir = await broken(kind);
    const expected = await validateErrors(dir);
    const error = await evaluateInventory(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InventoryRefusedError);
    expect((error as Error).message.split('\n')).toEqual(expected);
  });
});
