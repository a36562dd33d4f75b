// The TT 12/2022 annex rows as data (modules/baseline/annex.ts) and the grid made from them per system
// (modules/baseline/annex-grid.ts): every row of every level is covered by a rule or a manual item, every rule it
// names exists, the numbering follows the annexes, and the grid of the bundled province follows its findings.
import { describe, expect, test } from 'vitest';
import { ANNEX_ROWS, annexRowsOf, compareItems, tcvnClause, type AnnexRow } from '../../modules/baseline/annex.js';
import { ANNEX_STATUSES, annexGrid, type AnnexSystemGrid } from '../../modules/baseline/annex-grid.js';
import { buildIndex, RULESETS, type Level } from '../../modules/baseline/index.js';
import type { Finding, Model } from '../../modules/model/index.js';
import { ANNEX_OF_LEVEL, systemOf } from '../../modules/rules/index.js';
import { renderComplianceReport } from '../../modules/report/index.js';
import { evaluateDir, evaluateModel, runCli } from '../helpers.js';

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];
const RULES = new Map(RULESETS.flatMap((r) => r.rules).map((r) => [r.id, r]));
const QUANG_NGAI = 'inventory/quang-ngai';

describe('annex rows', () => {
  test('row ids are unique', () => {
    const ids = ANNEX_ROWS.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every rule a row names exists in some rule-set', () => {
    const missing = [...new Set(ANNEX_ROWS.flatMap((r) => r.rules))].filter((id) => !RULES.has(id)).sort();
    expect(missing, `rules named by annex rows but in no rule-set: ${missing.join(', ')}`).toEqual([]);
  });

  test.each(LEVELS.map((level) => ({ level })))('every row of level $level has a rule at that level or a manual item with evidence', ({ level }) => {
    const uncovered = annexRowsOf(level).filter((r) => !r.rules.some((id) => RULES.get(id)?.levels.includes(level)) && (r.manual?.evidence.length ?? 0) === 0);
    expect(uncovered.map((r) => r.id)).toEqual([]);
  });

  test('every row has evidence for an auditor when no rule decides it, in both languages', () => {
    for (const r of ANNEX_ROWS) {
      expect(r.manual?.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of r.manual!.evidence) expect(e.vi.length > 0 && e.en.length > 0, r.id).toBe(true);
    }
  });

  test('the number of rows of each annex is that of the text (Annexes I–V)', () => {
    expect(LEVELS.map((l) => annexRowsOf(l).length)).toEqual([34, 46, 66, 68, 70]);
    const count = (l: Level, prefix: string) => annexRowsOf(l).filter((r) => r.items[l]!.startsWith(prefix)).length;
    // Management 15/18/22/22/22; II.1.b 3/6/16/17/19; II.2 13/17/21/21/21.
    expect(LEVELS.map((l) => count(l, 'I.'))).toEqual([15, 18, 22, 22, 22]);
    expect(LEVELS.map((l) => count(l, 'II.1.b.'))).toEqual([3, 6, 16, 17, 19]);
    expect(LEVELS.map((l) => count(l, 'II.2.'))).toEqual([13, 17, 21, 21, 21]);
  });

  test.each(LEVELS.map((level) => ({ level })))('the items of Annex $level are numbered without gap or repeat', ({ level }) => {
    const byPrefix = new Map<string, string[]>();
    for (const r of annexRowsOf(level)) {
      const item = r.items[level]!;
      const prefix = item.slice(0, item.lastIndexOf('.'));
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), item.slice(item.lastIndexOf('.') + 1)]);
    }
    for (const [prefix, last] of byPrefix) {
      // 1.6 and 1.7 are the only management items without sub-items.
      const first = prefix === 'I.1' ? 6 : 1;
      const numbers = last.map((s) => (/^\d+$/.test(s) ? Number(s) : romanValue(s)));
      expect(numbers, `${prefix} at level ${level}`).toEqual(last.map((_, i) => first + i));
    }
  });

  test('item numbers that differ between annexes are recorded per annex', () => {
    const row = (id: string): AnnexRow => ANNEX_ROWS.find((r) => r.id === id)!;
    expect(row('II.1.b.vii').items).toEqual({ 2: 'II.1.b.iv', 3: 'II.1.b.vii', 4: 'II.1.b.vii', 5: 'II.1.b.vii' });
    expect(row('II.1.b.iii').items[2]).toBe('II.1.b.vi');
    expect(row('II.1.b.xiii').items[1]).toBe('II.1.b.iii');
    expect(row('I.1.4.3').items[1]).toBe('I.1.4.2');
    expect(row('I.1.5.8').items).toEqual({ 2: 'I.1.5.4', 3: 'I.1.5.8', 4: 'I.1.5.8', 5: 'I.1.5.8' });
    expect(row('II.2.1.1.6').items).toEqual({ 1: 'II.2.1.1.4', 2: 'II.2.1.1.5', 3: 'II.2.1.1.6', 4: 'II.2.1.1.6', 5: 'II.2.1.1.6' });
    expect(row('II.2.1.4.3').items).toMatchObject({ 1: 'II.2.1.4.1', 2: 'II.2.1.4.2', 3: 'II.2.1.4.3' });
    expect(row('II.1.a.viii').levels).toEqual([4, 5]);
    expect(row('II.1.b.xvii').levels).toEqual([4, 5]);
    expect(row('II.1.b.xviii').levels).toEqual([5]);
  });

  test('citations name the annex of each level and the TCVN 11930:2017 clause the annex maps the item to', () => {
    for (const r of ANNEX_ROWS) {
      for (const l of r.levels) {
        const at = r.citations.filter((c) => c.levels?.includes(l));
        expect(
          at.find((c) => c.doc === 'tt12-2022'),
          `${r.id} level ${l}`,
        ).toEqual({ doc: 'tt12-2022', annex: ANNEX_OF_LEVEL[l], item: r.items[l], levels: [l] });
      }
    }
    // From the tables of the annexes: network 1.1.n is TCVN x.2.1.(n+1); the others keep their numbers.
    expect(tcvnClause('II.2.1.1.4', 1)).toBe('5.2.1.5');
    expect(tcvnClause('II.2.1.1.6', 3)).toBe('7.2.1.7');
    expect(tcvnClause('II.2.1.4.3', 5)).toBe('9.2.4.3');
    expect(tcvnClause('I.1.5.4', 2)).toBe('6.1.5.4');
    expect(tcvnClause('I.1.6', 3)).toBeUndefined();
    expect(tcvnClause('II.1.b.iv', 3)).toBeUndefined();
  });

  test('items sort in the annex order', () => {
    expect(['II.1.b.x', 'II.1.b.ix', 'II.2.1.1.1', 'II.1.a.viii', 'I.1.7', 'I.1.5.9'].sort(compareItems)).toEqual([
      'I.1.5.9',
      'I.1.7',
      'II.1.a.viii',
      'II.1.b.ix',
      'II.1.b.x',
      'II.2.1.1.1',
    ]);
  });
});

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let k = 0; k < s.length; k++) total += v[s[k]!]! < (v[s[k + 1] ?? ''] ?? 0) ? -v[s[k]!]! : v[s[k]!]!;
  return total;
}

const rowOf = (grid: readonly AnnexSystemGrid[], system: string, id: string) => grid.find((g) => g.system === system)!.rows.find((r) => r.id === id);

describe('annex grid of the bundled Quảng Ngãi inventory', async () => {
  const evaluation = await evaluateDir(QUANG_NGAI);
  const { model, findings } = evaluation;
  const ruleset = evaluation.selection.ruleset;
  const grid = annexGrid({ model, findings, ruleset });
  const index = buildIndex(model);

  test('each system has exactly the rows of the annex of its effective level', () => {
    expect(grid.map((g) => g.system)).toEqual(model.systems.map((s) => s.name));
    for (const s of model.systems) {
      const g = grid.find((x) => x.system === s.name)!;
      expect(g.level).toBe(index.levelOf(s));
      expect(g.annex).toBe(ANNEX_OF_LEVEL[g.level]);
      expect(g.rows.map((r) => r.id)).toEqual(annexRowsOf(g.level).map((r) => r.id));
      expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).toBe(g.rows.length);
    }
  });

  test('statuses follow the findings of the rows’ rules', () => {
    const inRuleset = new Set(ruleset.rules.map((r) => r.id));
    for (const g of grid) {
      for (const r of g.rows) {
        const row = ANNEX_ROWS.find((x) => x.id === r.id)!;
        expect(ANNEX_STATUSES).toContain(r.status);
        expect(r.rules).toEqual(row.rules.filter((id) => inRuleset.has(id)));
        const own = findings.filter((f) => r.rules.includes(f.rule) && systemOf(f) === g.system);
        if (own.some((f) => f.status === 'fail')) expect(r.status, `${g.system} ${r.id}`).toBe('fail');
        if (r.status === 'pass') {
          expect(r.counts.pass, `${g.system} ${r.id}`).toBeGreaterThan(0);
          expect(r.counts.fail + r.counts.due + r.counts.waived + r.counts.manual).toBe(0);
          expect(row.manual?.always).not.toBe(true);
        }
        if (r.status === 'manual') expect(r.evidence.length, `${g.system} ${r.id}`).toBeGreaterThan(0);
        else expect(r.evidence).toEqual([]);
        expect(r.citations.some((c) => c.doc === 'tt12-2022' && c.annex === g.annex && c.item === r.item)).toBe(true);
      }
    }
  });

  test('a row only a manual rule or no rule covers is a manual check, never absent or not applicable', () => {
    for (const g of grid) {
      expect(rowOf(grid, g.system, 'I.1.2.2')).toMatchObject({ status: 'manual', rules: [] });
      expect(rowOf(grid, g.system, 'II.2.1.1.6')?.status).toBe('manual');
    }
  });

  test('removing the SIEM makes row II.1.b.xi fail for every level-3 system, and no longer pass', () => {
    const level3 = grid.filter((g) => g.level >= 3).map((g) => g.system);
    expect(level3.length).toBeGreaterThan(0);
    for (const s of level3) expect(rowOf(grid, s, 'II.1.b.xi')?.status).toBe('pass');
    const changed: Model = { ...model, devices: model.devices.filter((d) => d.deviceKind !== 'siem') };
    const e = evaluateModel(changed, { ruleset: ruleset.id, asOf: evaluation.selection.asOf });
    const after = annexGrid({ model: e.model, findings: e.findings, ruleset });
    for (const s of level3) expect(rowOf(after, s, 'II.1.b.xi')?.status).toBe('fail');
  });

  test('a failing finding about a shared device counts for every system at its site (model-wide rule)', () => {
    const pair = model.devices.find((d) => d.deviceKind === 'core-switch' && index.siteLevel(d.site) >= 2)!;
    const changed: Model = { ...model, devices: model.devices.map((d) => (d === pair ? { ...d, redundancy: 'single' as const, count: 1 } : d)) };
    const e = evaluateModel(changed, { ruleset: ruleset.id, asOf: evaluation.selection.asOf });
    expect(e.findings.some((f) => f.rule === 'AVL-HA-01' && f.target === `devices/${pair.name}` && f.status === 'fail')).toBe(true);
    const after = annexGrid({ model: e.model, findings: e.findings, ruleset });
    const atSite = model.systems.filter((s) => index.levelOf(s) >= 2 && index.sitesOf(s).some((x) => x.name === pair.site));
    expect(atSite.length).toBeGreaterThan(0);
    for (const s of atSite) expect(rowOf(after, s.name, 'II.1.b.iii')?.status, s.name).toBe('fail');
  });

  test('the order of statuses: fail, due (with the earliest date), waived, manual, pass', () => {
    const system = grid.find((g) => g.level >= 3)!.system;
    const base: Finding = {
      rule: 'NET-ZONE-06',
      severity: 'error',
      status: 'pass',
      target: `systems/${system}`,
      system,
      message: { vi: 'x', en: 'x' },
    };
    const rows = (list: Finding[]) => rowOf(annexGrid({ model, findings: list, ruleset }), system, 'II.1.a.vi')!;
    expect(rows([base]).status).toBe('pass');
    expect(rows([{ ...base, status: 'not-applicable' }])).toMatchObject({ status: 'manual' });
    expect(rows([{ ...base, status: 'not-applicable' }]).evidence.length).toBeGreaterThan(0);
    expect(rows([]).status).toBe('manual');
    expect(rows([base, { ...base, status: 'manual', evidence: [{ vi: 'biên bản', en: 'record' }] }]).evidence.map((e) => e.vi)).toContain('biên bản');
    expect(rows([base, { ...base, status: 'waived' }]).status).toBe('waived');
    const due = rows([
      base,
      { ...base, status: 'waived' },
      { ...base, status: 'due', dueDate: '2027-07-01' },
      { ...base, status: 'due', dueDate: '2027-01-01' },
    ]);
    expect(due).toMatchObject({ status: 'due', dueDate: '2027-01-01' });
    expect(rows([base, { ...base, status: 'due', dueDate: '2027-07-01' }, { ...base, status: 'fail' }]).status).toBe('fail');
    // Findings of another system never count.
    expect(rows([{ ...base, status: 'fail', system: 'other', target: 'systems/other' }]).status).toBe('manual');
    // Passes are counted, not listed.
    expect(rows([base, base, base]).counts.pass).toBe(3);
  });

  test('a row whose rules only partly check it stays a manual check when every rule passes', () => {
    const system = grid[0]!.system;
    const base: Finding = { rule: 'LOG-APP-01', severity: 'error', status: 'pass', target: `systems/${system}`, system, message: { vi: 'x', en: 'x' } };
    const row = rowOf(annexGrid({ model, findings: [base], ruleset }), system, 'II.2.1.3.3')!;
    expect(row.status).toBe('manual');
    expect(row.counts.pass).toBe(1);
  });
});

describe('the annex grid in the outputs', async () => {
  const evaluation = await evaluateDir(QUANG_NGAI);
  const { model, findings, selection, plan } = evaluation;
  const grid = annexGrid({ model, findings, ruleset: selection.ruleset });

  test('validate --format json carries one annex entry per system, rows in the annex order with rendered citations', async () => {
    const { stdout } = await runCli('validate', QUANG_NGAI, '--format', 'json', '--ruleset', selection.ruleset.id, '--as-of', selection.asOf);
    const report = JSON.parse(stdout);
    expect(report.annex.map((a: { system: string }) => a.system)).toEqual(model.systems.map((s) => s.name));
    for (const a of report.annex) {
      const g = grid.find((x) => x.system === a.system)!;
      expect(a).toMatchObject({ level: g.level, annex: g.annex, counts: g.counts });
      expect(a.rows.map((r: { id: string }) => r.id)).toEqual(g.rows.map((r) => r.id));
      for (const [i, r] of a.rows.entries()) {
        const expected = g.rows[i]!;
        expect(r).toMatchObject({ item: expected.item, status: expected.status, rules: expected.rules, group: expected.group.id, kind: expected.kind });
        expect(r.citations[0].vi).toBe(`mục ${expected.item} Phụ lục ${g.annex} Thông tư số 12/2022/TT-BTTTT`);
        expect(r.evidence.length > 0).toBe(r.status === 'manual');
        expect(r.dueDate).toBe(expected.dueDate ?? null);
        expect(Object.keys(r.findings).sort()).toEqual(['due', 'fail', 'manual', 'not-applicable', 'pass', 'waived']);
      }
    }
  });

  test('the report has the section "Đối chiếu theo Phụ lục TT 12/2022" in every system, one line per row', async () => {
    const { html, data } = await renderComplianceReport(model, findings, {
      asOf: selection.asOf,
      version: '0.0.0',
      lang: 'vi',
      ruleset: selection.ruleset.id,
      plan,
    });
    const { markdown: md } = await renderComplianceReport(model, findings, {
      asOf: selection.asOf,
      version: '0.0.0',
      lang: 'vi',
      ruleset: selection.ruleset.id,
      plan,
    });
    expect(md.split('\n### 2. Đối chiếu theo Phụ lục TT 12/2022\n').length - 1).toBe(model.systems.length);
    for (const s of data.systems) {
      expect(s.annex).toEqual(grid.find((g) => g.system === s.name));
      expect(html).toContain(`<h3 id="${s.anchor}_annex">`);
    }
    expect((html.match(/<tr class="annex-row /g) ?? []).length).toBe(grid.reduce((n, g) => n + g.rows.length, 0));
    const failing = grid.flatMap((g) => g.rows.filter((r) => r.status === 'fail'));
    expect((html.match(/<tr class="annex-row a-fail"/g) ?? []).length).toBe(failing.length);
    const { markdown: en } = await renderComplianceReport(model, findings, {
      asOf: selection.asOf,
      version: '0.0.0',
      lang: 'en',
      ruleset: selection.ruleset.id,
      plan,
    });
    expect(en).toContain('### 2. Check against the annex of Circular 12/2022');
  });

  test('the report grid reads every finding, also those --baseline hides from the report', async () => {
    const { data } = await renderComplianceReport(model, [], {
      asOf: selection.asOf,
      version: '0.0.0',
      lang: 'vi',
      ruleset: selection.ruleset.id,
      plan,
      allFindings: findings,
    });
    expect(data.systems.map((s) => s.annex)).toEqual(grid);
  });
});
