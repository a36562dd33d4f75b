// Text from the inventory never drives the terminal: names, titles, messages and "did you mean" suggestions reach
// it through formatDiagnostic and renderValidationText, which write every control character (ESC sequences, C1,
// NUL, BEL, DEL, bidirectional overrides, line breaks) as a visible escape.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../modules/model/index.js';
import { runCli } from '../helpers.js';

/** Anything a terminal acts on: C0 but tab and the line feeds between lines, DEL, C1, bidi controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-terminal-'));
  temps.push(dir);
  return dir;
}

describe('formatDiagnostic', () => {
  test('writes control characters from every part of a diagnostic as escapes, on one line', () => {
    const d: Diagnostic = {
      code: 'dangling-reference',
      severity: 'error',
      location: { file: 'inv/\u001b]0;pwned\u0007sites.yaml', line: 3, column: 9 },
      pointer: '/spec/site\u0000',
      message: { vi: 'Site "kt-dr\u001b[2J" không tồn tại.', en: 'Site "kt-dr\u001b[2J\u009b1m\u202e" does not exist.\n✔ Inventory is valid.' },
      suggestion: 'kt-d\u001bc\u007f',
    };
    for (const lang of ['en', 'vi'] as const) {
      const line = formatDiagnostic(d, lang);
      expect(line).not.toMatch(CONTROL);
      expect(line).not.toContain('\n');
    }
    expect(formatDiagnostic(d, 'en')).toBe(
      'inv/\\x1b]0;pwned\\x07sites.yaml:3:9: error [dangling-reference] /spec/site\\x00: Site "kt-dr\\x1b[2J\\x9b1m\\u202e" does not exist.\\n✔ Inventory is valid. Did you mean "kt-d\\x1bc\\x7f"?',
    );
  });

  test('leaves ordinary messages, Vietnamese and tabs alone', () => {
    const d: Diagnostic = { code: 'invalid-value', severity: 'warning', message: { vi: 'Giá trị «ổn»\tđúng.', en: 'Fine\tvalue.' } };
    expect(formatDiagnostic(d, 'vi')).toBe('cảnh báo [invalid-value]: Giá trị «ổn»\tđúng.');
  });
});

describe('hatang validate with hostile names and titles', () => {
  test('a "did you mean" suggestion naming a rejected document prints its ESC as text', async () => {
    const dir = await scratch();
    const base = await readFile('test/fixtures/minimal/inventory.yaml', 'utf8');
    // The Site's name breaks the schema (ESC c resets a terminal); a Zone still refers to it, misspelt.
    const hostile = `${base}\n---\napiVersion: hatang.vn/v1\nkind: Site\nmetadata:\n  name: "kt-d\\ec"\nspec:\n  name: DR\n  role: dr\n---\napiVersion: hatang.vn/v1\nkind: Zone\nmetadata:\n  name: dr-app\nspec:\n  site: kt-dr\n  kind: internal-servers\n  ipv4: 10.52.20.0/24\n`;
    await writeFile(join(dir, 'inventory.yaml'), hostile);
    const { code, stdout, stderr } = await runCli('validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    const out = stdout + stderr;
    expect(out).toContain('Did you mean "kt-d\\x1bc"?');
    expect(out).not.toMatch(CONTROL);
  });

  test.each(['en', 'vi'])('a province title with ESC, C1, NUL, BEL and a forged line stays one line of text (%s)', async (lang) => {
    const dir = join(await scratch(), 'quang-ngai');
    await cp('inventory/quang-ngai', dir, { recursive: true });
    const file = join(dir, 'province.yaml');
    const title = '"Quảng Ngãi\\e[2J\\e]0;pwned\\a\\x9b31m\\0\\x7f\\u202e\\nProvince ✔ Inventory is valid: 0 errors"';
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^ {2}name: Quảng Ngãi$/m, `  name: ${title}`));
    const { code, stdout, stderr } = await runCli('validate', dir, '--lang', lang);
    expect(code).toBe(0);
    expect(stdout + stderr).not.toMatch(CONTROL);
    const first = stdout.split('\n')[0]!;
    expect(first).toContain('Quảng Ngãi\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\x00\\x7f\\u202e\\nProvince ✔ Inventory is valid: 0 errors');
    expect(stdout.split('\n').filter((l) => l.startsWith('Province ✔'))).toEqual([]);
  });
});
