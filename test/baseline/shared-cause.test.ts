// One finding per shared cause: a site without its time server fails LOG-NTP-01 once in every output that lists
// findings (text, JSON, SARIF, JUnit, summary), naming the three systems placed there, with the cause's fingerprint;
// the annex grid still fails that row for each of the three systems, and --baseline hides the merged finding.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { annexGrid, RULESETS } from '../../modules/baseline/index.js';
import { text, type Finding } from '../../modules/model/index.js';
import { causeFingerprint, groupSharedCauses } from '../../modules/rules/index.js';
import { evaluateDir, runCli as run } from '../helpers.js';
import { materialise } from './cases.js';

const AS_OF = '2026-11-29';
const SYSTEMS = ['he-thong', 'he-thong-b', 'he-thong-c'];
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

/** The base inventory without its time server at dc-chinh, with two more systems like the base one (one at level 4). */
async function inventory(): Promise<string> {
  const { dir } = await materialise(join(import.meta.dirname, 'shared-cause'));
  made.push(dir);
  const file = join(dir, 'inventory.yaml');
  const docs = parseAllDocuments(await readFile(file, 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string }; spec: { level: number } });
  const base = docs.find((d) => d.kind === 'System' && d.metadata.name === 'he-thong')!;
  const copy = (name: string, level: number) => ({
    ...structuredClone(base),
    metadata: { ...base.metadata, name },
    spec: { ...structuredClone(base.spec), level },
  });
  docs.push(copy('he-thong-b', 3), copy('he-thong-c', 4));
  await writeFile(file, docs.map((d) => stringify(d)).join('---\n'));
  return dir;
}

const dir = await inventory();
const ntpRow = (rows: readonly { rules: readonly string[]; item: string; status: string }[]) =>
  rows.find((r) => r.rules.includes('LOG-NTP-01') && r.item === 'II.2.1.1.3');

describe.each(RULESETS.map((r) => ({ ruleset: r.id })))('a site without its time server, three systems there, under $ruleset', ({ ruleset }) => {
  const validate = (...args: string[]) => run('validate', dir, '--as-of', AS_OF, '--ruleset', ruleset, '--lang', 'en', ...args);

  test('the evaluation keeps one finding per system, each with the cause fingerprint', async () => {
    const evaluation = await evaluateDir(dir, { asOf: AS_OF, ruleset });
    const ntp = evaluation.findings.filter((f) => f.rule === 'LOG-NTP-01' && f.status === 'fail');
    expect(ntp.map((f) => f.system)).toEqual(SYSTEMS);
    expect(new Set(ntp.map((f) => f.fingerprint))).toEqual(new Set([causeFingerprint('LOG-NTP-01', 'sites/dc-chinh', ruleset, 'error')]));
  });

  test('JSON: one finding with the three systems, about the site, located at its declaration', async () => {
    const { stdout } = await validate('--format', 'json');
    const report = JSON.parse(stdout);
    const ntp = report.findings.filter((f: { rule: string; status: string }) => f.rule === 'LOG-NTP-01' && f.status === 'fail');
    expect(ntp).toHaveLength(1);
    const [f] = ntp;
    expect(f.systems).toEqual(SYSTEMS);
    expect(f).toMatchObject({ target: 'sites/dc-chinh', system: null, level: null, part: null, severity: 'error', pointer: '/spec' });
    expect(f.fingerprint).toBe(causeFingerprint('LOG-NTP-01', 'sites/dc-chinh', ruleset, 'error'));
    expect(f.message.en).toBe('Site dc-chinh has no internal time server (Device kind: ntp). Systems affected: he-thong, he-thong-b, he-thong-c.');
    expect(f.message.vi).toBe('Trung tâm dc-chinh không có máy chủ thời gian nội bộ. Các hệ thống bị ảnh hưởng: he-thong, he-thong-b, he-thong-c.');
    // The site's document, not a system's.
    const lines = (await readFile(join(dir, 'inventory.yaml'), 'utf8')).split('\n');
    expect(
      lines
        .slice(0, f.location.line - 1)
        .reverse()
        .find((l) => l.startsWith('kind:')),
    ).toBe('kind: Site');
    // Levels 3 and 4: the TCVN 11930:2017 clauses of both.
    expect(f.clauses.join('; ')).toMatch(/7\.2\.1\.4.*8\.2\.1\.4/);
    // Every other finding keeps its own shape; the counts count what is listed; fingerprints stay unique.
    expect(report.findings.filter((x: { systems?: unknown }) => x.systems !== undefined).every((x: { systems: string[] }) => x.systems.length >= 2)).toBe(true);
    expect(report.summary.findings.fail).toBe(report.findings.filter((x: { status: string }) => x.status === 'fail').length);
    const fps = report.findings.map((x: { fingerprint: string }) => x.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  test('the annex grid still fails the row for each of the three systems (evaluation and JSON)', async () => {
    const evaluation = await evaluateDir(dir, { asOf: AS_OF, ruleset });
    for (const name of SYSTEMS) expect(ntpRow(evaluation.annex().find((g) => g.system === name)!.rows)?.status, name).toBe('fail');
    const report = JSON.parse((await validate('--format', 'json')).stdout);
    for (const name of SYSTEMS) expect(ntpRow(report.annex.find((g: { system: string }) => g.system === name).rows)?.status, name).toBe('fail');
    // Even a grid made from the merged findings keeps the row failing for every system at the site.
    const grouped = groupSharedCauses(evaluation.findings);
    expect(grouped.filter((f) => f.rule === 'LOG-NTP-01' && f.status === 'fail')).toHaveLength(1);
    const grid = annexGrid({ model: evaluation.model, findings: grouped, ruleset: evaluation.selection.ruleset });
    for (const name of SYSTEMS) expect(ntpRow(grid.find((g) => g.system === name)!.rows)?.status, name).toBe('fail');
  });

  test('text: one LOG-NTP-01 line naming the three systems; the summary line counts what is listed', async () => {
    const { stdout } = await validate();
    const lines = stdout.split('\n').filter((l) => l.includes('LOG-NTP-01'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[sites/dc-chinh]');
    for (const name of SYSTEMS) expect(lines[0]).toContain(name);
    const report = JSON.parse((await validate('--format', 'json')).stdout);
    // LOG-NTP-01 and the DR-FLOW-01 flows the three systems share are each listed once.
    const shared = report.findings.filter((f: { status: string; systems?: unknown }) => f.status === 'fail' && f.systems !== undefined);
    expect(shared.map((f: { rule: string }) => f.rule)).toContain('LOG-NTP-01');
    expect(stdout).toContain(`■ Causes shared by several systems · ${shared.length} failing`);
    const errors = report.findings.filter((f: { status: string; severity: string }) => f.status === 'fail' && f.severity === 'error').length;
    expect(stdout.trimEnd().split('\n').at(-1)).toContain(`${errors} error`);
  });

  test('SARIF: one result listing the systems; JUnit: one test case; summary: one row', async () => {
    const sarif = JSON.parse((await validate('--format', 'sarif')).stdout);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'LOG-NTP-01');
    expect(results).toHaveLength(1);
    expect(results[0].message.text).toContain('Systems affected: he-thong, he-thong-b, he-thong-c');
    expect(results[0].properties.systems).toEqual(SYSTEMS);
    expect(results[0].partialFingerprints['hatang/v1']).toBe(causeFingerprint('LOG-NTP-01', 'sites/dc-chinh', ruleset, 'error'));
    const junit = (await validate('--format', 'junit')).stdout;
    expect(junit.match(/classname="[^"]*\.LOG-NTP-01"/g)).toHaveLength(1);
    const out = join(await mkdtemp(join(tmpdir(), 'hatang-summary-')), 'summary.md');
    made.push(join(out, '..'));
    await validate('--output', `summary=${out}`);
    expect((await readFile(out, 'utf8')).split('\n').filter((l) => l.startsWith('| LOG-NTP-01 '))).toHaveLength(1);
  });

  test('--baseline with an earlier JSON hides the merged finding', async () => {
    const before = (await validate('--format', 'json')).stdout;
    const baseline = join(await mkdtemp(join(tmpdir(), 'hatang-baseline-')), 'baseline.json');
    made.push(join(baseline, '..'));
    await writeFile(baseline, before);
    const after = JSON.parse((await validate('--format', 'json', '--baseline', baseline)).stdout);
    expect(after.findings.filter((f: { rule: string }) => f.rule === 'LOG-NTP-01')).toEqual([]);
    expect(after.findings).toEqual([]);
    // Counted as listed: every finding of the first run, the merged cause once.
    expect(after.baseline.hiddenByBaseline).toBe(JSON.parse(before).findings.length);
    // The annex grid reads every finding, also those --baseline hides.
    for (const name of SYSTEMS) expect(ntpRow(after.annex.find((g: { system: string }) => g.system === name).rows)?.status, name).toBe('fail');
  });
});

describe('groupSharedCauses', () => {
  const cause = { target: 'sites/s', message: text('Trung tâm s không có máy chủ thời gian nội bộ.', 'Site s has no internal time server.') };
  const finding = (system: string, extra: Partial<Finding> = {}): Finding => ({
    rule: 'LOG-NTP-01',
    severity: 'error',
    status: 'fail',
    target: `systems/${system}`,
    system,
    level: 3,
    part: 'sites/s',
    message: text(`Trung tâm s (nơi đặt hệ thống ${system}) không có máy chủ thời gian nội bộ.`, `Site s (hosting ${system}) has no internal time server.`),
    fingerprint: 'f',
    ruleset: 'vn-nd85-tt12-2022',
    cause,
    ...extra,
  });

  test('a cause of one system stays that system’s finding', () => {
    const one = [finding('a')];
    expect(groupSharedCauses(one)).toEqual(one);
  });

  test('different status, severity or cause never merge; findings without a cause never merge', () => {
    const list = [
      finding('a'),
      finding('b', { status: 'waived', waiver: 'w' }),
      finding('c', { severity: 'warning' }),
      finding('d', { cause: { ...cause, target: 'sites/t' } }),
      finding('e', { cause: undefined }),
      finding('f', { cause: undefined }),
    ];
    expect(groupSharedCauses(list).filter((f) => f.systems)).toEqual([]);
  });

  test('merges two systems into one finding about the cause, and is idempotent', () => {
    const merged = groupSharedCauses([finding('b'), finding('a'), finding('x', { rule: 'OTHER' })]);
    expect(merged.map((f) => [f.rule, f.target, f.systems ?? null])).toEqual([
      ['LOG-NTP-01', 'sites/s', ['a', 'b']],
      ['OTHER', 'systems/x', null],
    ]);
    expect(merged[0]).not.toHaveProperty('system');
    expect(groupSharedCauses(merged)).toEqual(merged);
  });
});
