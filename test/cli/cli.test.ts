// The `hatang` command as users run it: exit codes, output formats, and the files `build` writes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli as run } from '../helpers.js';

const made: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-cli-'));
  made.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('hatang validate', () => {
  test('a valid inventory: summary in Vietnamese by default, exit 1 for its failing baseline findings', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/minimal');
    // The minimal inventory has no edge or user zone, no backup…: the security baseline fails it.
    expect(code).toBe(1);
    expect(stdout).toContain('Tỉnh Mẫu (mã 51) · test/fixtures/minimal · 1 tệp · sha256:');
    expect(stdout).toContain('1 địa điểm · 2 vùng mạng · 1 luồng · 0 thiết bị · 0 cụm k8s · 1 hệ thống · 1 cơ quan · 0 chấp nhận rủi ro tạm thời');
    expect(stdout).toMatch(/✖ Mô hình hạ tầng hợp lệ \(0 lỗi đầu vào\) nhưng có \d+ phát hiện không đạt ở mức lỗi trở lên/);
  });

  test('the English summary counts in singular and plural', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/minimal', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('· test/fixtures/minimal · 1 file ·');
    expect(stdout).toContain('1 site · 2 zones · 1 flow · 0 devices · 0 clusters · 1 system · 1 agency · 0 waivers');
  });

  test('an invalid inventory: located errors in English, exit 2', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/bad/dangling-reference', '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toContain(
      'test/fixtures/bad/dangling-reference/inventory.yaml:61:15: error [dangling-reference] /spec/to/zone: Zone "dc-dm" does not exist. Did you mean "dc-dmz"?',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ Inventory is not valid: 4 errors.');
  });

  test('--format json follows the documented contract', async () => {
    const { code, stdout } = await run('validate', 'test/fixtures/bad/cidr-host-bits', '--format', 'json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      version: 1,
      tool: { name: 'hatang' },
      inventory: { path: 'test/fixtures/bad/cidr-host-bits', hash: null, province: null },
      valid: false,
      summary: { errors: 1, warnings: 0, findings: { fail: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 } },
      findings: [],
    });
    expect(report.diagnostics).toEqual([
      {
        code: 'invalid-prefix',
        severity: 'error',
        message: {
          vi: '"10.51.20.1/24" có bit phần host khác 0; địa chỉ mạng đúng là 10.51.20.0/24.',
          en: '"10.51.20.1/24" has host bits set; the network address is 10.51.20.0/24.',
        },
        location: { file: 'test/fixtures/bad/cidr-host-bits/inventory.yaml', line: 52, column: 9 },
        pointer: '/spec/ipv4',
        found: '"10.51.20.1/24"',
        expected: 'ipv4 prefix',
        suggestion: '10.51.20.0/24',
      },
    ]);
  });

  test('a valid inventory in JSON names the province and counts', async () => {
    const report = JSON.parse((await run('validate', 'test/fixtures/minimal', '--format', 'json')).stdout);
    expect(report.valid).toBe(true);
    expect(report.inventory.province).toEqual({ name: 'mau', code: '51', title: 'Tỉnh Mẫu' });
    expect(report.inventory.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.summary.systemsByLevel).toEqual({ '2': 1 });
  });

  test('a bad command line exits 2 with a message', async () => {
    const unknown = await run('validate', '--frmat', 'json', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown option '--frmat'");
    const choice = await run('validate', '--format', 'xml', '--lang', 'en');
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('Allowed choices are table, json');
  });

  test('--help exits 0 and lists the commands', async () => {
    const { code, stdout } = await run('--help', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(/validate \[options\] \[dir\]/);
    expect(stdout).toMatch(/build \[options\] \[dir\]/);
  });
});

describe('hatang build', () => {
  test('writes the resolved model and the validation result, byte-identical on a second run', async () => {
    const out = await scratch();
    const first = await run('build', 'test/fixtures/minimal', '--out', out, '--lang', 'en', '--no-pdf');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Wrote \d+ files to .*: validation\.json, validation\.sarif, validation\.junit\.xml, model\.json, /);
    expect(first.stdout).toContain(`to ${out}: `);
    expect(await readdir(out)).not.toContain('report.pdf');
    expect((await readdir(out)).sort()).toEqual(expect.arrayContaining(['model.json', 'validation.json', 'validation.junit.xml', 'validation.sarif']));
    const model = JSON.parse(await readFile(join(out, 'model.json'), 'utf8'));
    expect(model.province.code).toBe('51');
    expect(model.zones.map((z: { name: string }) => z.name)).toEqual(['dc-app', 'dc-dmz']);
    const before = [await readFile(join(out, 'model.json')), await readFile(join(out, 'validation.json'))];
    expect((await run('build', 'test/fixtures/minimal', '--out', out, '--no-pdf')).code).toBe(1);
    const after = [await readFile(join(out, 'model.json')), await readFile(join(out, 'validation.json'))];
    expect(after).toEqual(before);
  });

  test('an invalid inventory writes the validation result only (JSON, SARIF, JUnit), and exits 2', async () => {
    const out = await scratch();
    const { code } = await run('build', 'test/fixtures/bad/yaml-syntax', '--out', out);
    expect(code).toBe(2);
    expect((await readdir(out)).sort()).toEqual(['validation.json', 'validation.junit.xml', 'validation.sarif']);
    expect(JSON.parse(await readFile(join(out, 'validation.json'), 'utf8')).valid).toBe(false);
  });
});

describe('the installed bin', () => {
  test('bin/hatang.js runs the compiled CLI end to end', async () => {
    const exec = promisify(execFile);
    // Exit 1: the minimal inventory fails baseline rules.
    const { stdout } = await exec(process.execPath, ['bin/hatang.js', 'validate', 'test/fixtures/minimal', '--lang', 'en']).catch((e) => e);
    expect(stdout).toMatch(/✖ The inventory is valid \(0 input errors\) but \d+ failing findings? at error or above/);
    const failed = await exec(process.execPath, ['bin/hatang.js', 'validate', 'test/fixtures/bad/yaml-syntax']).catch((e) => e);
    expect(failed.code).toBe(2);
  });
});
