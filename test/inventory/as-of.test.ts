// An inventory may name the date it describes (Province spec.asOf): the batch commands evaluate at that date unless
// --as-of says otherwise, so a sample's verdict does not change as the calendar moves.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runCli as run } from '../helpers.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function quangNgaiAsOf(date: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-as-of-'));
  made.push(dir);
  const copy = join(dir, 'quang-ngai');
  await cp('inventory/quang-ngai', copy, { recursive: true });
  const file = join(copy, 'province.yaml');
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(/^ {2}asOf: "\d{4}-\d{2}-\d{2}"$/m);
  await writeFile(file, text.replace(/^ {2}asOf: "\d{4}-\d{2}-\d{2}"$/m, `  asOf: "${date}"`));
  return copy;
}

test('the bundled Quảng Ngãi inventory is evaluated at its own date when --as-of is not given', async () => {
  const { code, stdout } = await run('validate', 'inventory/quang-ngai', '--format', 'json');
  expect(JSON.parse(stdout).baseline).toMatchObject({ asOf: '2026-11-29', ruleset: 'vn-nd331-2026' });
  expect(code).toBe(0);
});

test('a later inventory date expires its waivers; --as-of still wins over it', async () => {
  const copy = await quangNgaiAsOf('2027-07-01');
  const later = await run('validate', copy, '--format', 'json');
  const report = JSON.parse(later.stdout) as { baseline: { asOf: string }; findings: { rule: string; status: string; severity: string }[] };
  expect(report.baseline.asOf).toBe('2027-07-01');
  expect(report.findings.some((f) => f.status === 'fail' && f.severity === 'error')).toBe(true);
  expect(later.code).toBe(1);

  const pinned = await run('validate', copy, '--as-of', '2026-11-29', '--format', 'json');
  expect(JSON.parse(pinned.stdout).baseline.asOf).toBe('2026-11-29');
  expect(pinned.code).toBe(0);
});

test('an earlier inventory date picks the rule-set in force then (NĐ 85 + TT 12 before 19 August 2026)', async () => {
  const copy = await quangNgaiAsOf('2026-06-01');
  const { stdout } = await run('validate', copy, '--format', 'json');
  expect(JSON.parse(stdout).baseline).toMatchObject({ asOf: '2026-06-01', ruleset: 'vn-nd85-tt12-2022' });
});
