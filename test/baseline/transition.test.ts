// NĐ 331/2026 Art. 39.1: a system that existed before 01/07/2026 must meet the decree's new measures by 01/07/2027.
// Until then a missing new measure is `due` with that date (not failed, unless --fail-on-due); from that day it fails.
// A system that came later must meet it at once; the NĐ 85 rule-set has no such status.
import { describe, expect, test } from 'vitest';
import { openInventory, isValid } from '../../modules/evaluation/index.js';
import type { Model, System } from '../../modules/model/index.js';
import { evaluateModel, runCli } from '../helpers.js';

async function withSystem(change: (s: System) => System): Promise<Model> {
  const opened = await openInventory('inventory/quang-ngai');
  if (!isValid(opened)) throw new Error('the bundled inventory is not valid');
  const m = opened.model;
  return { ...m, systems: m.systems.map((s) => (s.name === 'lgsp' ? change(s) : s)) };
}

const noMfa =
  (since: string) =>
  (s: System): System => ({
    ...s,
    inOperationSince: since,
    evidence: { ...s.evidence, levelApproval: { date: since, reference: 'QĐ 1/QĐ-UBND' } },
    adminAuth: { ...s.adminAuth, mfa: false },
  });

const mfa = (model: Model, asOf: string, ruleset = 'vn-nd331-2026') =>
  evaluateModel(model, { asOf, ruleset }).findings.filter((f) => f.rule === 'HOST-MFA-01' && f.system === 'lgsp');

describe('the Art. 39.1 transition', () => {
  test('a system in operation before 01/07/2026 is due, with the date, before 01/07/2027', async () => {
    const [f] = mfa(await withSystem(noMfa('2024-03-01')), '2026-12-01');
    expect(f).toMatchObject({ status: 'due', dueDate: '2027-07-01' });
    expect(f!.message.vi).toContain('khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP');
    expect(f!.message.vi).toContain('01/07/2027');
  });

  test('from 01/07/2027 it fails', async () => {
    const model = await withSystem(noMfa('2024-03-01'));
    expect(mfa(model, '2027-07-01').map((f) => f.status)).toEqual(['fail']);
    expect(mfa(model, '2027-06-30').map((f) => f.status)).toEqual(['due']);
  });

  test('a system that went into operation after 01/07/2026 must meet it now', async () => {
    expect(mfa(await withSystem(noMfa('2026-09-01')), '2026-12-01').map((f) => f.status)).toEqual(['fail']);
  });

  test('the exit code counts due findings only with --fail-on-due', async () => {
    const plain = await runCli('validate', 'inventory/quang-ngai', '--ruleset', 'vn-nd331-2026', '--as-of', '2026-12-01', '--format', 'json');
    const report = JSON.parse(plain.stdout) as { findings: { status: string }[] };
    const due = report.findings.filter((f) => f.status === 'due').length;
    const gated = await runCli('validate', 'inventory/quang-ngai', '--ruleset', 'vn-nd331-2026', '--as-of', '2026-12-01', '--format', 'json', '--fail-on-due');
    if (due === 0) {
      expect(gated.code).toBe(plain.code);
    } else {
      expect(plain.code).toBe(0);
      expect(gated.code).toBe(1);
    }
  });
});

describe('a date no implemented rule-set covers', () => {
  test('warns that no rule-set was in force before 01/10/2022', async () => {
    const r = await runCli('validate', 'inventory/quang-ngai', '--as-of', '2021-06-01', '--format', 'json');
    const report = JSON.parse(r.stdout) as { baseline: { warnings: { vi: string; en: string }[] } };
    expect(report.baseline.warnings.map((w) => w.en).join(' ')).toContain('no implemented rule-set covers it');
    const text = await runCli('validate', 'inventory/quang-ngai', '--as-of', '2021-06-01');
    expect(text.stdout + text.stderr).toContain('Thông tư số 03/2017/TT-BTTTT');
  });
});
