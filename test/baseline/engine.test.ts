// Rule-set choice, waivers, fingerprints, --baseline, --fail-on and bad options, as a user of the CLI sees them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RULESETS } from '../../modules/baseline/index.js';
import { select } from '../../modules/evaluation/index.js';
import { materialise } from './cases.js';
import { runCli as run } from '../helpers.js';

const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});
const json = async (...argv: string[]) => {
  const r = await run(...argv, '--format', 'json');
  return { code: r.code, report: JSON.parse(r.stdout) };
};

describe('rule-set selection', () => {
  test('NĐ 331/2026 from 19 August 2026, the NĐ 85 rule-set the day before', () => {
    expect(select({ asOf: '2026-08-18' }, { today: '2026-12-01' }).ruleset.id).toBe('vn-nd85-tt12-2022');
    expect(select({ asOf: '2026-08-19' }, { today: '2026-12-01' }).ruleset.id).toBe('vn-nd331-2026');
    expect(select({ asOf: '2026-08-18', ruleset: 'vn-nd331-2026' }, { today: '2026-12-01' })).toMatchObject({
      chosenBy: 'option',
      ruleset: { id: 'vn-nd331-2026' },
    });
  });

  test('the report states the rule-set and the date it used', async () => {
    const { report } = await json('validate', 'inventory/quang-ngai', '--as-of', '2026-08-18');
    expect(report.baseline).toMatchObject({ ruleset: 'vn-nd85-tt12-2022', asOf: '2026-08-18', chosenBy: 'as-of', failOn: 'error' });
    expect(report.findings.every((f: { ruleset: string }) => f.ruleset === 'vn-nd85-tt12-2022')).toBe(true);
  });

  test.each([
    ['--as-of', '2026-02-30', '--as-of "2026-02-30" is not a date of the form YYYY-MM-DD.'],
    ['--ruleset', 'vn-nd99', 'Rule-set "vn-nd99" does not exist; expected one of: vn-nd85-tt12-2022, vn-nd331-2026.'],
    ['--param', 'nosuch=3', '--param "nosuch=3" is not valid; expected <name>[@L<level>]=<number> with a name from docs/rules.md.'],
    ['--baseline', 'no/such/file.json', '--baseline no/such/file.json: not a readable hatang JSON report'],
  ])('a bad %s fails closed with exit 2', async (option, value, message) => {
    const { code, stderr, stdout } = await run('validate', 'inventory/quang-ngai', option, value, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});

describe('the bundled inventories', () => {
  test('Quảng Ngãi passes under NĐ 331 thanks to its waivers, which stay visible', async () => {
    const { code, report } = await json('validate', 'inventory/quang-ngai', '--as-of', '2026-11-29');
    expect(code).toBe(0);
    const waived = report.findings
      .filter((f: { status: string }) => f.status === 'waived')
      .map((f: { rule: string; target: string; waiver: string }) => `${f.rule} ${f.target} ${f.waiver}`);
    expect(waived).toEqual(expect.arrayContaining(['AVL-HA-01 devices/kt-waf kt-waf-khong-du-phong', 'MON-DLP-01 systems/he-thong-tthc dlp-he-thong-tthc']));
  });

  test('the same inventory under NĐ 85 fails the yearly assessment of qlvbdh: the law changed there', async () => {
    const { code, report } = await json('validate', 'inventory/quang-ngai', '--as-of', '2026-11-29', '--ruleset', 'vn-nd85-tt12-2022');
    expect(code).toBe(1);
    const f = report.findings.find((x: { rule: string; target: string }) => x.rule === 'OPS-ASSESS-01' && x.target === 'systems/qlvbdh');
    expect(f).toMatchObject({
      status: 'fail',
      severity: 'error',
      clauses: ['điểm c khoản 2 Điều 20 Nghị định số 85/2016/NĐ-CP', 'điểm a khoản 2 Điều 11 Thông tư số 12/2022/TT-BTTTT'],
      confidence: 'verified',
    });
    expect(f.message.en).toBe('Last assessment on 2025-06-17, 17 months ago; it was due on 2026-06-17. Level 3 requires an assessment every 12 months.');
  });

  test('the table groups findings by system, with its level and the clauses', async () => {
    const { stdout } = await run('validate', 'inventory/quang-ngai', '--as-of', '2026-11-29', '--lang', 'en');
    expect(stdout).toContain(
      'Rule-set vn-nd331-2026 (Decree 331/2026 (Cybersecurity Law 116/2025), technical measures per Circular 12/2022) · as of 2026-11-29 (rule-set chosen by date) · --fail-on error',
    );
    expect(stdout).toMatch(/■ systems\/qlvbdh — level 3 · \d+ failing · \d+ due later · 0 waived · \d+ manual/);
    expect(stdout).toContain(
      'warning OPS-ASSESS-01: Last assessment on 2025-06-17, 17 months ago; it was due on 2026-06-17. Decree 331/2026 sets no fixed interval; 12 months is a good-practice default, not a legal requirement. — khoản 3 Điều 28 Nghị định số 331/2026/NĐ-CP; khoản 5 Điều 28 Nghị định số 331/2026/NĐ-CP; điểm c khoản 2 Điều 31 Nghị định số 331/2026/NĐ-CP · confidence: good practice (no mandatory rule)',
    );
  });
});

describe('waivers, fingerprints and the baseline file', () => {
  const waiver = (name: string, rule: string, target: string, expires: string) =>
    `---\napiVersion: hatang.vn/v1\nkind: Waiver\nmetadata:\n  name: ${name}\nspec:\n  rule: ${rule}\n  target: ${target}\n  reason: Thử nghiệm.\n  approver: Giám đốc Sở\n  expires: "${expires}"\n`;

  test('expired, unknown-rule and unused waivers are findings; a valid one waives', async () => {
    const { dir } = await materialise(join(import.meta.dirname, 'rules', 'NET-ZONE-06', 'fail-database-in-app-zone'));
    made.push(dir);
    await writeFile(
      join(dir, 'waivers.yaml'),
      waiver('ok', 'NET-ZONE-06', 'systems/he-thong', '2027-01-01') +
        waiver('old', 'NET-ZONE-06', 'systems/he-thong', '2026-01-01') +
        waiver('typo', 'NET-ZONE-60', 'systems/he-thong', '2027-01-01') +
        waiver('spare', 'NET-ZONE-01', 'systems/he-thong', '2027-01-01'),
    );
    const { report } = await json('validate', dir, '--as-of', '2026-11-29');
    const pick = (rule: string) =>
      report.findings
        .filter((f: { rule: string }) => f.rule === rule)
        .map((f: { target: string; status: string; severity: string; waiver: string | null }) => [f.target, f.status, f.severity, f.waiver]);
    expect(pick('NET-ZONE-06')).toEqual([['systems/he-thong', 'waived', 'error', 'ok']]);
    expect(pick('WAIVER-EXPIRED-01')).toEqual([['waivers/old', 'fail', 'error', 'old']]);
    expect(pick('WAIVER-RULE-01')).toEqual([['waivers/typo', 'fail', 'warning', 'typo']]);
    expect(pick('WAIVER-UNUSED-01')).toEqual([['waivers/spare', 'fail', 'warning', 'spare']]);
  });

  test('a waiver of an address-plan or agency-code rule that no longer fails is unused, not unknown', async () => {
    const { dir } = await materialise(join(import.meta.dirname, 'rules', 'NET-ZONE-06', 'pass-base'));
    made.push(dir);
    await writeFile(
      join(dir, 'waivers.yaml'),
      waiver('fixed-v6', 'V6-01', 'zones/dc-dmz', '2027-01-01') + waiver('fixed-code', 'AU-06', 'agencies/so-khcn', '2027-01-01'),
    );
    const { report } = await json('validate', dir, '--as-of', '2026-11-29');
    const rules = (name: string) => report.findings.filter((f: { waiver: string | null }) => f.waiver === name).map((f: { rule: string }) => f.rule);
    expect(rules('fixed-v6')).toEqual(['WAIVER-UNUSED-01']);
    expect(rules('fixed-code')).toEqual(['WAIVER-UNUSED-01']);
  });

  test('fingerprints ignore messages and lines; --baseline shows only new findings', async () => {
    const { dir } = await materialise(join(import.meta.dirname, 'rules', 'NET-ZONE-06', 'pass-base'));
    made.push(dir);
    const before = await json('validate', dir, '--as-of', '2026-11-29');
    const baseline = join(await mkdtemp(join(tmpdir(), 'hatang-baseline-')), 'baseline.json');
    made.push(join(baseline, '..'));
    await writeFile(baseline, JSON.stringify(before.report));
    // Same findings, lines moved: nothing new.
    const inv = join(dir, 'inventory.yaml');
    const { readFile } = await import('node:fs/promises');
    await writeFile(inv, '# a comment that moves every line\n\n' + (await readFile(inv, 'utf8')));
    const same = await json('validate', dir, '--as-of', '2026-11-29', '--baseline', baseline);
    expect(same.report.findings).toEqual([]);
    expect(same.report.baseline.hiddenByBaseline).toBe(before.report.findings.length);
    const fp = before.report.findings.map((f: { fingerprint: string }) => f.fingerprint);
    expect(new Set(fp).size).toBe(fp.length);
  });

  test('--fail-on warning turns warnings into exit 1', async () => {
    const { dir } = await materialise(join(import.meta.dirname, 'rules', 'NET-AM-01', 'fail-no-anti-malware'));
    made.push(dir);
    expect((await run('validate', dir, '--as-of', '2026-11-29')).code).toBe(0);
    expect((await run('validate', dir, '--as-of', '2026-11-29', '--fail-on', 'warning')).code).toBe(1);
  });
});

test('every rule of every rule-set has a unique, well-formed id and both titles', () => {
  for (const rs of RULESETS) {
    const ids = rs.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rs.rules) {
      expect(r.id).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/);
      expect(r.title.vi && r.title.en && r.remediation.vi && r.remediation.en).toBeTruthy();
      expect(r.clauses.length).toBeGreaterThan(0);
    }
  }
});

test('a rule that throws fails the run closed (exit 2), it never passes', async () => {
  const rule = RULESETS[1]!.rules.find((r) => r.id === 'NET-ZONE-06')! as { check: unknown };
  const original = rule.check;
  rule.check = () => {
    throw new Error('boom');
  };
  try {
    const { code, stderr, stdout } = await run('validate', 'inventory/quang-ngai', '--ruleset', 'vn-nd331-2026', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe('hatang: a rule failed, no verdict: rule NET-ZONE-06 failed: boom\n');
    expect(stdout).toBe('');
  } finally {
    rule.check = original;
  }
});

test('--param overrides a number; the finding shows it and marks it unverified', async () => {
  const { code, report } = await json(
    'validate',
    'inventory/quang-ngai',
    '--as-of',
    '2026-11-29',
    '--ruleset',
    'vn-nd85-tt12-2022',
    '--param',
    'assessmentIntervalMonths@L3=24',
  );
  const f = report.findings.find((x: { rule: string; target: string }) => x.rule === 'OPS-ASSESS-01' && x.target === 'systems/qlvbdh');
  expect(f).toMatchObject({
    status: 'pass',
    confidence: 'unverified',
    parameters: [{ name: 'assessmentIntervalMonths', value: 24, unit: 'months', verified: false, confidence: 'unverified' }],
  });
  expect(report.baseline.parameters).toEqual({ 'assessmentIntervalMonths@L3': 24 });
  // A system approved two months earlier is not late: the interval counts from its level approval.
  expect(
    report.findings.find((x: { rule: string; target: string }) => x.rule === 'OPS-ASSESS-01' && x.target === 'systems/kho-du-lieu-dung-chung'),
  ).toMatchObject({ status: 'pass', message: { en: 'Within the interval (counting from 2026-10-15; next one by 2028-10-15).' } });
  expect(code).toBe(0);
});
