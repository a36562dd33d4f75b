// `hatang init`: the starting inventory of every province validates (exit 0 or 1, never 2), builds every artefact,
// marks what a person must fill in as INV-TODO-01 manual findings on their lines, and holds no device no rule asks for.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { catalogueProvinces } from '../../modules/model/catalogue/index.js';
import { loadFiles, type LoadResult } from '../../modules/model/index.js';
import { designFor, generateInventory, MAX_AGENCY_FILE_BYTES, provinceForInit, renderMinimumDesign, type InitFile } from '../../modules/init/index.js';
import { LEVELS, type Level } from '../../modules/rules/index.js';
import { evaluateModel, runCli } from '../helpers.js';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-init-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

function filesOf(code: string, level: Level, dr = false): InitFile[] {
  const found = provinceForInit(code);
  if (!('province' in found)) throw new Error(found.error.en);
  return generateInventory({ province: found.province, level, dr });
}

function load(files: readonly InitFile[]): LoadResult {
  return loadFiles(
    'x',
    files.map((f) => ({ path: `x/${f.path}`, text: f.text })),
  );
}

/** Loads and evaluates; fails the test on any input diagnostic (what would be exit 2). */
function evaluateFiles(files: readonly InitFile[], ruleset?: string) {
  const loaded = load(files);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.location?.file}:${d.location?.line} ${d.message.en}`)).toEqual([]);
  expect(loaded.model).toBeDefined();
  return evaluateModel(loaded.model!, ruleset ? { ruleset } : {}, { locate: loaded.locate });
}

describe('hatang init: every province at level 3', () => {
  test.each(catalogueProvinces().map((p) => [p.code, p.name]))('%s %s loads without input errors and evaluates', (code) => {
    const files = filesOf(code, 3);
    for (const f of files) expect(Buffer.byteLength(f.text)).toBeLessThanOrEqual(MAX_AGENCY_FILE_BYTES);
    const ev = evaluateFiles(files);
    expect(ev.findings.some((f) => f.rule === 'INV-TODO-01' && f.status === 'manual')).toBe(true);
    // One agency per commune-level unit of the catalogue, each with its official code.
    expect(ev.model.agencies.filter((a) => ['ward', 'commune', 'special-zone'].includes(a.agencyKind)).length).toBeGreaterThan(0);
  });
});

describe('levels 1–5, with and without a DR site, under both rule-sets', () => {
  const cases = LEVELS.flatMap((level) => [false, true].flatMap((dr) => ['vn-nd85-tt12-2022', 'vn-nd331-2026'].map((rs) => [level, dr, rs] as const)));
  test.each(cases)('level %i, dr %s, %s: valid, and no rule fails for want of a zone, device or flow', (level, dr, ruleset) => {
    const ev = evaluateFiles(filesOf('48', level, dr), ruleset);
    const design = new Set([
      'NET-ZONE',
      'NET-ACL',
      'NET-WAF',
      'NET-NAC',
      'NET-DDOS',
      'NET-RA',
      'NET-AM',
      'NET-EXPO',
      'DB-FW',
      'AVL-HA',
      'MON-SIEM',
      'MON-SYS',
      'LOG-NTP',
      'HOST-AM',
      'HOST-PAM',
      'DR-FLOW',
      'DR-COVER',
      'ADDR',
      'V6-0',
      'V6-1',
    ]);
    const failing = ev.findings.filter((f) => f.status === 'fail' && [...design].some((p) => f.rule.startsWith(p)) && f.rule !== 'V6-12');
    expect(failing.map((f) => `${f.rule} ${f.target} ${f.message.en}`)).toEqual([]);
  });

  test.each(LEVELS.map((l) => [l]))(
    'level %i: every device is required by a rule (removing it makes one of its rules fail)',
    (level) => {
      const files = filesOf('48', level, true);
      const base = evaluateFiles(files);
      const failsOf = (ev: typeof base) => new Set(ev.findings.filter((f) => f.status === 'fail').map((f) => `${f.rule}|${f.target}|${f.part ?? ''}`));
      const before = failsOf(base);
      for (const device of base.model.devices) {
        const short = designFor(level).devices.find((d) => device.name.endsWith(`-${d.short}`))!;
        const without = files.map((f) => (f.path === 'devices.yaml' ? { ...f, text: dropDocument(f.text, device.name) } : f));
        const after = failsOf(evaluateFiles(without));
        const added = [...after].filter((k) => !before.has(k)).map((k) => k.split('|')[0]!);
        expect([device.name, added.some((r) => short.rules.includes(r))]).toEqual([device.name, true]);
      }
    },
    60_000,
  );
});

/** The YAML text without the document of one object. */
function dropDocument(text: string, name: string): string {
  return text
    .split(/^---\n/m)
    .filter((d) => !d.includes(`  name: ${name}\n`))
    .join('---\n');
}

describe('INV-TODO-01', () => {
  test('every placeholder is a manual finding located on its line, and every such line is marked TODO', () => {
    const files = filesOf('48', 3, true);
    const ev = evaluateFiles(files);
    const todo = ev.findings.filter((f) => f.rule === 'INV-TODO-01');
    expect(todo.length).toBeGreaterThan(5);
    const lines = new Map(files.map((f) => [`x/${f.path}`, f.text.split('\n')]));
    for (const f of todo) {
      expect(f.status).toBe('manual');
      const line = lines.get(f.location.file)![f.location.line - 1]!;
      expect(line).toMatch(/"TODO: .*# TODO/);
    }
    // Every line holding a placeholder value has its finding.
    const expected = [...lines].flatMap(([file, ls]) => ls.flatMap((l, i) => (/^[^#]*"TODO: /.test(l) ? [`${file}:${i + 1}`] : [])));
    expect(todo.map((f) => `${f.location.file}:${f.location.line}`).sort()).toEqual(expected.sort());
  });
});

describe('the command line', () => {
  test('hatang init 48 --level 3 --dr writes an inventory that validates with exit 0 or 1 and builds every artefact', async () => {
    const dir = join(await tempDir(), 'da-nang');
    const init = await runCli('init', '48', '--level', '3', '--dr', '--out', dir);
    expect([init.code, init.stderr]).toEqual([0, '']);
    const validate = await runCli('validate', dir);
    expect(validate.code).toBeLessThan(2);
    const out = await tempDir();
    const build = await runCli('build', dir, '--out', out);
    expect(build.code).toBeLessThan(2);
    for (const artefact of [
      'model.json',
      'validation.json',
      'validation.sarif',
      'validation.junit.xml',
      'report.html',
      'report.md',
      'addressing/plan.json',
      'k8s',
      'runbooks/README.md',
      'cdktf.out/manifest.json',
    ])
      expect([artefact, (await stat(join(out, artefact)).catch(() => undefined)) !== undefined]).toEqual([artefact, true]);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('thành phố Đà Nẵng');
  }, 120_000);

  test('an existing folder with files is refused unless --force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'x');
    const refused = await runCli('init', '48', '--out', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect((await runCli('init', '48', '--out', dir, '--force')).code).toBe(0);
  });

  test('an unknown code exits 2 with a located message', async () => {
    const r = await runCli('init', '99', '--out', join(await tempDir(), 'x'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('init <code> "99"');
    expect(r.stderr).toContain('no province or city has the code "99"');
  });

  test('a closed code exits 2 naming its successor', async () => {
    const r = await runCli('init', '49', '--out', join(await tempDir(), 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('init <code> "49"');
    expect(r.stderr).toContain('Quảng Nam');
    expect(r.stderr).toContain('mã 48');
  });
});

test('docs/minimum-design.md is up to date (regenerate with `npm run build && node scripts/gen-minimum-design.mjs`)', async () => {
  expect(await readFile('docs/minimum-design.md', 'utf8')).toBe(renderMinimumDesign());
});
