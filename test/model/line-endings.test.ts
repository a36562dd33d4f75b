// One reading of line endings: the inventory files and the address lock accept the same ones (LF, CRLF, CR alone)
// and give the same result; before, a CR-only lock was one comment line to the lock's YAML parser.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseLock } from '../../modules/addressing/index.js';
import { runCli as run } from '../helpers.js';

const QN = 'inventory/quang-ngai';
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

type Ending = 'lf' | 'crlf' | 'cr';
const convert = (text: string, ending: Ending) => (ending === 'lf' ? text : text.replace(/\n/g, ending === 'cr' ? '\r' : '\r\n'));

/** A copy of the Quảng Ngãi inventory with the chosen line ending in the lock only, or in every file. */
async function copyWith(ending: Ending, which: 'lock' | 'all'): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'hatang-eol-'));
  made.push(parent);
  const dir = join(parent, 'quang-ngai');
  await cp(QN, dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (which === 'lock' && name !== 'addressing.lock.yaml') continue;
    await writeFile(join(dir, name), convert(await readFile(join(dir, name), 'utf8'), ending));
  }
  return dir;
}

/** `validate --format json` of `dir`, with the folder's own path made neutral so that copies compare. */
async function report(dir: string): Promise<{ code: number; json: string }> {
  const { code, stdout } = await run('validate', dir, '--format', 'json', '--lang', 'en');
  return { code, json: stdout.split(dir).join('<inventory>') };
}

describe('the lock parser reads line endings as the inventory loader does', () => {
  test('LF, CRLF and CR alone give the same lock', async () => {
    const lf = await readFile(join(QN, 'addressing.lock.yaml'), 'utf8');
    const expected = parseLock(lf);
    expect(expected.problems).toEqual([]);
    expect(Object.keys(expected.lock!.allocations).length).toBeGreaterThan(10);
    expect(parseLock(convert(lf, 'crlf'))).toEqual(expected);
    expect(parseLock(convert(lf, 'cr'))).toEqual(expected);
  });

  test('a malformed CR-only lock is located on its own line', () => {
    const broken = ['version: 1', 'province: quang-ngai', 'allocations:', '  zones/x/ipv4: { pool: dc-v4, size: 24, prefix: "10.0.0.1/24" }', ''].join('\r');
    expect(parseLock(broken).problems.map((p) => [p.line, p.column])).toEqual([[4, 3]]);
  });
});

describe('hatang with CR-only and CRLF files', () => {
  test.each(['cr', 'crlf'] as const)(
    'a %s lock: validate gives what the LF lock gives, plan --frozen finds it up to date and leaves it alone',
    async (ending) => {
      const expected = await report(await copyWith('lf', 'lock'));
      const dir = await copyWith(ending, 'lock');
      const bytes = await readFile(join(dir, 'addressing.lock.yaml'));
      expect(await report(dir)).toEqual(expected);
      expect(expected.code).toBe(0);
      const frozen = await run('plan', dir, '--frozen', '--lang', 'en');
      expect([frozen.code, frozen.stderr]).toEqual([0, '']);
      expect((await run('plan', dir, '--lang', 'en', '--write-lock')).code).toBe(0);
      expect(await readFile(join(dir, 'addressing.lock.yaml'))).toEqual(bytes);
    },
  );

  test.each(['cr', 'crlf'] as const)('every file %s: the same report as LF, hash and finding locations included', async (ending) => {
    const expected = await report(await copyWith('lf', 'all'));
    expect(await report(await copyWith(ending, 'all'))).toEqual(expected);
  });
});
