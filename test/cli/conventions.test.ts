// The conventions of the command line (docs/cli.md): which inventory folder a command reads when none is given,
// `plan` read-only unless told, colour and marks, progress on standard error, help and parser errors in the
// language of the run, and "did you mean" for names of inventory objects.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../modules/cli/index.js';
import { chooseInventoryFolder } from '../../modules/cli/inventory-folder.js';
import { translateError, preferredLang } from '../../modules/cli/localise.js';
import { colorWanted } from '../../modules/cli/terminal.js';
import { listedCounts, listedSummary } from '../../modules/report/validation.js';
import { PORTS, runCli as run } from '../helpers.js';
import { REPO } from './child.js';

const made: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-conventions-'));
  made.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** `hatang <argv…>` from the compiled bin, in `cwd`, with `env` added (and CI, NO_COLOR, FORCE_COLOR unset). */
function hatangIn(cwd: string, argv: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const base = { ...process.env };
    for (const key of ['CI', 'NO_COLOR', 'FORCE_COLOR']) delete base[key];
    const child = spawn(process.execPath, [join(REPO, 'bin', 'hatang.js'), ...argv], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A repository (a `.git` folder marks its root) with the minimal inventory in `inv/` and a working folder `sub/`. */
async function repository(): Promise<{ root: string; sub: string }> {
  const root = await scratch();
  await mkdir(join(root, '.git'));
  await mkdir(join(root, 'sub'));
  await cp(join(REPO, 'test/fixtures/minimal'), join(root, 'inv'), { recursive: true });
  return { root, sub: join(root, 'sub') };
}

/** `main` with an Io that says which streams are terminals. */
async function runTty(argv: string[], isTTY: { stdout?: boolean; stderr?: boolean }) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), isTTY };
  const code = await main(argv, io, PORTS);
  return { code, stdout, stderr };
}

const ESC = '\u001b[';

describe('the inventory folder when none is given', () => {
  test('outside hatang, no hatang.yaml: exit 2 with what to do, in both languages', async () => {
    const { sub } = await repository();
    const vi = await hatangIn(sub, ['validate']);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'hatang: chưa chỉ thư mục inventory. Truyền thư mục khi gọi lệnh, ví dụ "hatang validate inventory/<tỉnh>", hoặc tạo tệp hatang.yaml ở thư mục gốc của kho mã nguồn với dòng "inventory: inventory/<tỉnh>".\n',
    );
    const en = await hatangIn(sub, ['plan', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('hatang: no inventory folder given. Pass one, e.g. "hatang plan inventory/<province>", or create hatang.yaml');
  });

  test('a hatang.yaml at the git root names the folder, relative to itself', async () => {
    const { root, sub } = await repository();
    await writeFile(join(root, 'hatang.yaml'), 'inventory: inv\n');
    const run = await hatangIn(sub, ['validate', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).inventory.path).toBe(join(root, 'inv'));
    expect(chooseInventoryFolder(undefined, 'validate', root)).toEqual({ path: 'inv', from: 'config', config: 'hatang.yaml' });
    // An argument wins over the file.
    expect(chooseInventoryFolder('elsewhere', 'validate', root)).toEqual({ path: 'elsewhere', from: 'argument' });
  });

  test('a hatang.yaml above the git root is not read', async () => {
    const outer = await scratch();
    await writeFile(join(outer, 'hatang.yaml'), 'inventory: .\n');
    const repo = join(outer, 'repo');
    await mkdir(join(repo, '.git'), { recursive: true });
    const choice = chooseInventoryFolder(undefined, 'validate', repo);
    expect('error' in choice).toBe(true);
  });

  test.each([
    ['inventry: inv\n', 'hatang.yaml:1:1: unknown key "inventry" (allowed: inventory). Did you mean "inventory"?'],
    ['inventory: nowhere\n', 'hatang.yaml:1:12: "inventory" names "nowhere" (relative to the folder of hatang.yaml), which is not an existing folder.'],
    ['inventory: 3\n', 'hatang.yaml:1:12: "inventory" must be a folder path (a non-empty string).'],
    ['- inv\n', 'hatang.yaml:1:1: expected a mapping, e.g. "inventory: inventory/<province>".'],
    ['# nothing\n', 'hatang.yaml:1:1: expected a mapping, e.g. "inventory: inventory/<province>".'],
    ['inventory: [inv\n', 'hatang.yaml:2:1: not valid YAML: '],
  ])('a bad hatang.yaml is a located error, exit 2: %j', async (text, message) => {
    const { root } = await repository();
    await writeFile(join(root, 'hatang.yaml'), text);
    const run = await hatangIn(root, ['validate', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`hatang: ${message}`);
  });

  test('in a checkout of hatang itself, the bundled sample, also from a sub-folder', async () => {
    expect(chooseInventoryFolder(undefined, 'validate', REPO)).toEqual({ path: join('inventory', 'quang-ngai'), from: 'bundled' });
    expect(chooseInventoryFolder(undefined, 'validate', join(REPO, 'docs'))).toEqual({ path: join(REPO, 'inventory', 'quang-ngai'), from: 'bundled' });
  });
});

describe('plan is read-only unless --write-lock', () => {
  test('a missing lock: plan shows what it would hold and writes nothing; --write-lock writes it; --frozen with --write-lock is a usage error', async () => {
    const dir = join(await scratch(), 'inv');
    await cp(join(REPO, 'test/fixtures/minimal'), dir, { recursive: true });
    await rm(join(dir, 'addressing.lock.yaml'), { force: true });
    const shown = await run('plan', dir, '--lang', 'en');
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe(
      `▲ ${dir}/addressing.lock.yaml would change; nothing written. Run again with --write-lock to write it, then commit the lock file.\n` +
        '  no file yet; 1 added, 0 removed, 0 changed:\n' +
        '  + zones/dc-app/ipv6 2001:db8:51::/64 (pool dc-v6)\n',
    );
    await expect(readFile(join(dir, 'addressing.lock.yaml'))).rejects.toThrow();
    const written = await run('plan', dir, '--write-lock');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Đã ghi ${dir}/addressing.lock.yaml\n`);
    expect(await readFile(join(dir, 'addressing.lock.yaml'), 'utf8')).toContain('zones/dc-app/ipv6');
    expect(await run('plan', dir, '--frozen')).toMatchObject({ code: 0, stderr: '' });
    const both = await run('plan', dir, '--frozen', '--write-lock', '--lang', 'en');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("error: option '--frozen' cannot be used with option '--write-lock'");
  });
});

describe('colour and marks', () => {
  test('colour only on a terminal, NO_COLOR turns it off, FORCE_COLOR forces it', () => {
    expect(colorWanted(true, {})).toBe(true);
    expect(colorWanted(false, {})).toBe(false);
    expect(colorWanted(undefined, {})).toBe(false);
    expect(colorWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(true, { NO_COLOR: '' })).toBe(true);
    expect(colorWanted(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorWanted(true, { TERM: 'dumb' })).toBe(false);
  });

  test('a run whose output is not a terminal has no colour; each finding line has the mark of its kind', async () => {
    vi.stubEnv('FORCE_COLOR', '');
    vi.stubEnv('NO_COLOR', '');
    const { stdout } = await run('validate', 'inventory/quang-ngai', '--lang', 'en');
    expect(stdout).not.toContain(ESC);
    const marks = new Set(stdout.split('\n').flatMap((l) => (/^ {2}[^\w\s] /.exec(l) ? [l[2]] : [])));
    expect([...marks].sort()).toEqual(['≈', '▲', '◷']);
    expect(stdout).toMatch(/^ {2}▲ \S+: warning V6-08 /m);
    expect(stdout).toMatch(/^ {2}◷ \S+: error GOV-RISK-01\b.*\(due on 2027-07-01\)/m);
  });

  test('the summary counts what was listed, named as the lines name it', async () => {
    const { stdout } = await run('validate', 'inventory/quang-ngai', '--lang', 'en', '--format', 'table');
    const lines = stdout.trimEnd().split('\n');
    const count = (mark: string) => lines.filter((l) => l.startsWith(`  ${mark} `)).length;
    const [warnings, due, waived] = [count('▲'), count('◷'), count('≈')];
    expect(warnings).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe(`✔ Inventory is valid: 0 errors, ${warnings} warnings, ${due} due later, ${waived} waived.`);
    const vi = await run('validate', 'inventory/quang-ngai');
    expect(vi.stdout.trimEnd().split('\n').at(-1)).toBe(
      `✔ Mô hình hạ tầng hợp lệ: 0 lỗi, ${warnings} cảnh báo, ${due} chưa đến hạn, ${waived} chấp nhận rủi ro tạm thời.`,
    );
  });

  test('listedSummary names one and many in English, and leaves out kinds not listed', () => {
    const report = { valid: true, baseline: null, summary: { errors: 1, warnings: 1 }, findings: [] } as unknown as Parameters<typeof listedCounts>[0];
    expect(listedSummary(listedCounts(report), 'en')).toBe('1 error, 1 warning');
    expect(listedSummary({ error: 0, warning: 2, info: 1, due: 1, waived: 0 }, 'en')).toBe('0 errors, 2 warnings, 1 info, 1 due later');
  });

  test('FORCE_COLOR=1: the marks are coloured even in a pipe; JSON and files never', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const { stdout } = await run('validate', 'test/fixtures/minimal', '--lang', 'en');
    expect(stdout).toContain(`${ESC}31m✖${ESC}39m `);
    expect(stdout).toContain(`${ESC}33m▲${ESC}39m `);
    const json = await run('validate', 'test/fixtures/minimal', '--format', 'json');
    expect(json.stdout).not.toContain(ESC);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    const file = join(await scratch(), 'v.txt');
    await run('validate', 'test/fixtures/minimal', '--output', `table=${file}`);
    expect(await readFile(file, 'utf8')).not.toContain(ESC);
  });

  test('NO_COLOR=1: no colour on a terminal either; without it a terminal gets colour', async () => {
    vi.stubEnv('FORCE_COLOR', '');
    vi.stubEnv('NO_COLOR', '1');
    const off = await runTty(['validate', 'test/fixtures/minimal', '--lang', 'en'], { stdout: true });
    expect(off.stdout).toContain('  ✖ ');
    expect(off.stdout).not.toContain(ESC);
    vi.stubEnv('NO_COLOR', '');
    const on = await runTty(['validate', 'test/fixtures/minimal', '--lang', 'en'], { stdout: true });
    expect(on.stdout).toContain(`${ESC}31m✖${ESC}39m `);
  });
});

describe('progress', () => {
  test('nothing on a standard error that is not a terminal; --progress prints each step as a line', async () => {
    const quiet = await run('validate', 'test/fixtures/minimal', '--lang', 'en');
    expect(quiet.stderr).toBe('');
    const shown = await run('validate', 'test/fixtures/minimal', '--lang', 'en', '--progress');
    expect(shown.stderr).toMatch(
      /^hatang: Reading test\/fixtures\/minimal…\nhatang: Reading test\/fixtures\/minimal: done in \d+\.\d s\nhatang: Evaluating the rules…\n/,
    );
    expect(shown.stdout).toBe(quiet.stdout);
  });

  test('on a terminal, a live line that is cleared when the step ends (not under CI)', async () => {
    vi.stubEnv('CI', '');
    const { stderr } = await runTty(['validate', 'test/fixtures/minimal', '--lang', 'en'], { stderr: true });
    expect(stderr).toContain('\r\u001b[K… Evaluating the rules');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('help and parser errors in the language of the run', () => {
  test('the language is read from --lang before parsing, Vietnamese by default', () => {
    expect(preferredLang([])).toBe('vi');
    expect(preferredLang(['validate', '--lang', 'en'])).toBe('en');
    expect(preferredLang(['validate', '--lang=en', '--lang', 'vi'])).toBe('vi');
    expect(preferredLang(['validate', '--', '--lang', 'en'])).toBe('vi');
  });

  test('--help in Vietnamese: headings, usage words, help option and command', async () => {
    const top = await run('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Cách dùng: hatang \[tùy chọn\] \[lệnh\]\n/);
    expect(top.stdout).toContain('\nTùy chọn:\n');
    expect(top.stdout).toContain('\nLệnh:\n');
    expect(top.stdout).toMatch(/validate \[tùy chọn\] \[dir\]/);
    expect(top.stdout).toMatch(/-h, --help +hiển thị trợ giúp của lệnh/);
    expect(top.stdout).toMatch(/help \[lệnh\] +hiển thị trợ giúp của lệnh/);
    expect(top.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
    const sub = await run('plan', '--help');
    expect(sub.stdout).toMatch(/^Cách dùng: hatang plan \[tùy chọn\] \[dir\]\n/);
    expect(sub.stdout).toContain('\nTham số:\n');
    expect(sub.stdout).toContain('\nTùy chọn chung:\n');
    expect(sub.stdout).toContain('(chọn một trong: "table", "json",');
    expect(sub.stdout).not.toMatch(/\(choices:|, default:/);
    const en = await run('plan', '--help', '--lang', 'en');
    expect(en.stdout).toMatch(/^Usage: hatang plan \[options\] \[dir\]\n/);
    expect(en.stdout).toContain('(choices: "table", "json",');
  });

  test.each([
    [['validate', '--frmat', 'json'], 'lỗi: không có tùy chọn "--frmat"\n(Có phải là --format?)\n(xem hatang --help)\n'],
    [['valdate'], 'lỗi: không có lệnh "valdate"\n(Có phải là validate?)\n(xem hatang --help)\n'],
    [
      ['validate', '--format', 'xml'],
      'lỗi: giá trị "xml" của tùy chọn "--format <format>" không hợp lệ; chọn một trong: table, json, sarif, junit.\n(xem hatang --help)\n',
    ],
    [['dossier', 'inventory/quang-ngai'], 'lỗi: thiếu tùy chọn bắt buộc "--system <name>"\n(xem hatang --help)\n'],
    [['plan', '--lock'], 'lỗi: tùy chọn "--lock <file>" thiếu giá trị\n(xem hatang --help)\n'],
    [['validate', 'a', 'b'], 'lỗi: thừa tham số cho lệnh "validate": nhận tối đa 1, đã cho 2.\n(xem hatang --help)\n'],
    [['plan', '--frozen', '--write-lock'], 'lỗi: không dùng được tùy chọn "--frozen" cùng với tùy chọn "--write-lock"\n(xem hatang --help)\n'],
  ])('%j: a Vietnamese parser error, exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  test('English under --lang en, suggestions kept; a message no pattern knows is left as commander wrote it', async () => {
    const { code, stderr } = await run('validate', '--frmat', 'json', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe("error: unknown option '--frmat'\n(Did you mean --format?)\n(hatang --help)\n");
    expect(translateError('error: something new\n')).toBe('error: something new\n');
    expect(translateError("error: unknown option '--x'\n(Did you mean one of --a, --b?)\n")).toBe(
      'lỗi: không có tùy chọn "--x"\n(Có phải là một trong: --a, --b?)\n',
    );
  });
});

describe('names of inventory objects', () => {
  test('dossier --system lgs: did you mean lgsp, in both languages, exit 2', async () => {
    const vi = await run('dossier', 'inventory/quang-ngai', '--system', 'lgs');
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^hatang: không có hệ thống "lgs" trong inventory\/quang-ngai\. Có phải là "lgsp"\? Các hệ thống: .*lgsp/);
    const en = await run('dossier', 'inventory/quang-ngai', '--system', 'lgs', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^hatang: there is no system "lgs" in inventory\/quang-ngai\. Did you mean "lgsp"\? Systems: /);
  });

  test('firewall --site qn-d: did you mean qn-dc', async () => {
    const { code, stderr } = await run('firewall', 'inventory/quang-ngai', '--site', 'qn-d', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hatang: there is no site "qn-d" in inventory\/quang-ngai\. Did you mean "qn-dc"\? Sites: /);
  });
});
