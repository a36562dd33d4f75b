// `hatang validate` judges the prefixes the committed lock keeps, and refuses a lock it cannot trust.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runCli as run } from '../helpers.js';

const AS_OF = '2026-11-29';
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function copyOfQuangNgai(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-validate-lock-'));
  made.push(dir);
  const copy = join(dir, 'quang-ngai');
  await cp('inventory/quang-ngai', copy, { recursive: true });
  return copy;
}

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

test('a request that no longer matches its locked prefix fails validate, with the lock', async () => {
  const copy = await copyOfQuangNgai();
  await replaceIn(join(copy, 'agencies.yaml'), 'ipv4: { size: 26, pool: tslcd-v4 }', 'ipv4: { size: 25, pool: tslcd-v4 }');
  const { code, stdout } = await run('validate', copy, '--as-of', AS_OF, '--format', 'json');
  const report = JSON.parse(stdout) as { findings: { rule: string; status: string; target: string }[] };
  expect(report.findings.filter((f) => f.rule === 'ADDR-LOCK-01' && f.status === 'fail').map((f) => f.target)).toEqual(['agencies/so-dan-toc-ton-giao']);
  expect(code).toBe(1);
});

test('a malformed lock or one of another province is invalid input (exit 2), located in the lock file', async () => {
  const copy = await copyOfQuangNgai();
  const lock = join(copy, 'addressing.lock.yaml');
  const original = await readFile(lock, 'utf8');
  await writeFile(lock, original.replace(/province: .*/, 'province: lang-son'));
  const foreign = await run('validate', copy, '--as-of', AS_OF, '--lang', 'en');
  expect(foreign.code).toBe(2);
  expect(foreign.stdout).toContain(`${lock}:1:1: error [lock-file]`);
  expect(foreign.stdout).toContain('The lock file belongs to province "lang-son", not "quang-ngai".');

  await writeFile(lock, original + 'entries: [\n');
  const broken = await run('validate', copy, '--as-of', AS_OF, '--lang', 'en');
  expect(broken.code).toBe(2);
  expect(broken.stdout).toContain(`${lock}:`);
  expect(broken.stdout).toContain('[lock-file]');
});
