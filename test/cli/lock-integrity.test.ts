// `hatang validate` checks every entry of the committed lock (ADDR-LOCK-03 … 06): entries copied from another
// province's lock, entries outside their pool, overlapping entries and entries whose request is gone are located
// findings in addressing.lock.yaml instead of being dropped silently.
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

async function copyOfQuangNgai(): Promise<{ copy: string; lock: string; original: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-lock-integrity-'));
  made.push(dir);
  const copy = join(dir, 'quang-ngai');
  await cp('inventory/quang-ngai', copy, { recursive: true });
  const lock = join(copy, 'addressing.lock.yaml');
  return { copy, lock, original: await readFile(lock, 'utf8') };
}

type Report = {
  findings: { rule: string; status: string; severity: string; part: string | null; location: { file: string; line: number; column: number } | null }[];
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('the bundled inventories have no lock finding', async () => {
  for (const inventory of ['inventory/quang-ngai', 'inventory/lang-son']) {
    const { stdout } = await run('validate', inventory, '--as-of', AS_OF, '--format', 'json');
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.filter((f) => /^ADDR-LOCK-0[3-6]$/.test(f.rule) && f.status === 'fail')).toEqual([]);
  }
  expect((await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF)).code).toBe(0);
});

test("entries copied from another province's lock are errors located in the lock, not dropped silently", async () => {
  const { copy, lock, original } = await copyOfQuangNgai();
  const foreign = (await readFile('inventory/lang-son/addressing.lock.yaml', 'utf8')).split('\n').filter((l) => /^ {2}\S+: \{/.test(l));
  expect(foreign.length).toBeGreaterThan(0);
  const text = original.trimEnd() + '\n' + foreign.join('\n') + '\n';
  await writeFile(lock, text);
  const { code, stdout } = await run('validate', copy, '--as-of', AS_OF, '--format', 'json');
  expect(code).toBe(1);
  const report = JSON.parse(stdout) as Report;
  const found = report.findings.filter((f) => f.rule === 'ADDR-LOCK-03');
  expect(found.map((f) => f.part).sort()).toEqual(foreign.map((l) => l.trim().split(':')[0]).sort());
  for (const f of found) {
    expect(f).toMatchObject({ status: 'fail', severity: 'error' });
    expect(f.location).toEqual({ file: lock, line: lineOf(text, `  ${f.part}:`), column: 3 });
  }
  // `plan --frozen` agrees: the lock would change (the foreign entries are dropped).
  expect((await run('plan', copy, '--frozen', '--as-of', AS_OF)).code).toBe(1);
});

test('an entry outside its pool is an error (ADDR-LOCK-04); a duplicate one too (ADDR-LOCK-05); a gone request a warning (ADDR-LOCK-06)', async () => {
  const { copy, lock, original } = await copyOfQuangNgai();
  const text = original
    .replace('prefix: "10.151.3.192/26"', 'prefix: "10.152.3.192/26"')
    .replace(
      /allocations:\n/,
      'allocations:\n  agencies/so-da-giai-the/ipv4: { pool: tslcd-v4, size: 26, prefix: "10.151.3.128/26" }\n  agencies/xa-da-sap-nhap/ipv4: { pool: tslcd-v4, size: 27, prefix: "10.151.200.0/27" }\n',
    );
  expect(text).toContain('10.152.3.192/26');
  await writeFile(lock, text);
  const { code, stdout } = await run('validate', copy, '--as-of', AS_OF, '--format', 'json');
  expect(code).toBe(1);
  const report = JSON.parse(stdout) as Report;
  const lockFindings = report.findings
    .filter((f) => /^ADDR-LOCK-0[3-6]$/.test(f.rule))
    .map((f) => ({ rule: f.rule, severity: f.severity, part: f.part, line: f.location?.line }));
  expect(lockFindings).toEqual([
    { rule: 'ADDR-LOCK-05', severity: 'error', part: 'agencies/so-da-giai-the/ipv4', line: lineOf(text, 'so-da-giai-the') },
    { rule: 'ADDR-LOCK-04', severity: 'error', part: 'agencies/thanh-tra-tinh/ipv4', line: lineOf(text, 'thanh-tra-tinh/ipv4') },
    { rule: 'ADDR-LOCK-06', severity: 'warning', part: 'agencies/xa-da-sap-nhap/ipv4', line: lineOf(text, 'xa-da-sap-nhap') },
  ]);
});

test('a reserved entry alone is a warning: validate still exits 0', async () => {
  const { copy, lock, original } = await copyOfQuangNgai();
  await writeFile(
    lock,
    original.replace(/allocations:\n/, 'allocations:\n  agencies/xa-da-sap-nhap/ipv4: { pool: tslcd-v4, size: 27, prefix: "10.151.200.0/27" }\n'),
  );
  const { code, stdout } = await run('validate', copy, '--as-of', AS_OF, '--lang', 'en');
  expect(stdout).toContain('ADDR-LOCK-06');
  expect(stdout).toContain('hatang plan --write-lock --release');
  expect(code).toBe(0);
});
