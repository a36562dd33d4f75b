// `hatang validate --output <format>=<path>`: one run writes every format, each file as `--format` prints it;
// with --output only nothing is printed; a bad spec is a located command-line error (exit 2, nothing written).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseOutputs } from '../../modules/cli/actions/validate.js';
import { runCli as run } from '../helpers.js';

const AS_OF = '2026-11-29';
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-outputs-'));
  made.push(dir);
  return dir;
};

describe('validate --output', () => {
  test('one run writes json, sarif, junit and summary, byte for byte what --format prints; stdout stays empty', async () => {
    const dir = await scratch();
    const inv = 'inventory/quang-ngai';
    const common = [inv, '--as-of', AS_OF, '--lang', 'en'];
    const r = await run(
      'validate',
      ...common,
      '--output',
      `json=${join(dir, 'v.json')}`,
      '--output',
      `sarif=${join(dir, 'v.sarif')}`,
      '--output',
      `junit=${join(dir, 'v.xml')}`,
      '--output',
      `summary=${join(dir, 'sub', 'summary.md')}`,
    );
    expect(r.stdout).toBe('');
    for (const [format, file] of [
      ['json', 'v.json'],
      ['sarif', 'v.sarif'],
      ['junit', 'v.xml'],
    ] as const) {
      const single = await run('validate', ...common, '--format', format);
      expect(single.code).toBe(r.code);
      expect(await readFile(join(dir, file), 'utf8')).toBe(single.stdout);
    }
    const summary = await readFile(join(dir, 'sub', 'summary.md'), 'utf8');
    expect(summary).toMatch(/^# Validation of `inventory\/quang-ngai`/);
    expect(summary).toContain('## Counts');
    expect((await readdir(dir)).filter((f) => f.startsWith('.hatang-tmp-'))).toEqual([]);
  });

  test('an explicit --format still prints to standard output', async () => {
    const dir = await scratch();
    const r = await run('validate', 'inventory/lang-son', '--as-of', AS_OF, '--format', 'json', '--output', `summary=${join(dir, 's.md')}`);
    expect(JSON.parse(r.stdout).version).toBe(1);
    expect(await readFile(join(dir, 's.md'), 'utf8')).toContain('# Kết quả kiểm tra');
  });

  test('the summary puts failing errors before warnings, then due findings, then counts', async () => {
    const dir = await scratch();
    await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--lang', 'en', '--output', `summary=${join(dir, 's.md')}`);
    const text = await readFile(join(dir, 's.md'), 'utf8');
    const report = JSON.parse((await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--format', 'json')).stdout);
    const order = ['## Failing, error', '## Failing, warning', '## Due when', '## Counts'].map((h) => text.indexOf(h));
    const present = order.filter((i) => i >= 0);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(order[3]).toBeGreaterThan(0);
    const errors = report.findings.filter((f: { status: string; severity: string }) => f.status === 'fail' && f.severity === 'error');
    if (errors.length > 0) expect(text).toContain(`## Failing, error (${errors.length})`);
    const n = report.summary.findings;
    expect(text).toContain(`| ${n.fail} | ${n.due} | ${n.manual} | ${n.waived} | ${n.pass} | ${n['not-applicable']} |`);
  });

  test('the Vietnamese summary has no English headings and dates as dd/mm/yyyy', async () => {
    const dir = await scratch();
    await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--lang', 'vi', '--output', `summary=${join(dir, 's.md')}`);
    const text = await readFile(join(dir, 's.md'), 'utf8');
    expect(text).toContain('tại ngày 29/11/2026');
    expect(text).not.toMatch(/Failing|Counts|Validation of|as of/);
  });

  test.each([
    ['json', /--output #1 \("json"\): expected <format>=<path>/],
    ['xml=a.xml', /--output #1 \("xml=a.xml"\): unknown format "xml"/],
    ['json=', /--output #1 \("json="\): the path after = is missing/],
  ])('a bad spec (%s) is exit 2 with a located message, nothing written', async (spec, message) => {
    const dir = await scratch();
    const r = await run('validate', 'inventory/lang-son', '--lang', 'en', '--output', `sarif=${join(dir, 'ok.sarif')}`, '--output', spec);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(message.source.replace('#1', '#2')));
    expect(await readdir(dir)).toEqual([]);
  });

  test('the same path twice is refused', () => {
    expect(parseOutputs(['json=a', 'sarif=a'], 'en')).toEqual({ error: '--output #2 ("sarif=a"): a is already the path of --output #1' });
    expect(parseOutputs(['json=a'], 'vi')).toEqual({ specs: [{ format: 'json', path: 'a' }] });
  });

  test('an invalid inventory still gets every file (SARIF and JUnit say it failed), exit 2', async () => {
    const dir = await scratch();
    const r = await run('validate', 'test/fixtures/does-not-exist', '--output', `sarif=${join(dir, 'v.sarif')}`, '--output', `summary=${join(dir, 's.md')}`);
    expect(r.code).toBe(2);
    const sarif = JSON.parse(await readFile(join(dir, 'v.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(await readFile(join(dir, 's.md'), 'utf8')).toContain('Dữ liệu không hợp lệ');
  });
});
