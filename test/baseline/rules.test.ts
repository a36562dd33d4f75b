// Every baseline rule against minimal inventories: for each rule a folder test/baseline/rules/<RULE-ID>/ with
// cases `pass-*` and `fail-*`, each giving the exact findings of that rule under each rule-set
// (expected.json, or expected.<ruleset>.json where the rule-sets differ). HATANG_UPDATE_EXPECTED=1 rewrites them.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RULESETS } from '../../modules/baseline/index.js';
import { evaluate, isValid, openInventory, select } from '../../modules/evaluation/index.js';
import { materialise, RULES_DIR } from './cases.js';

const AS_OF = '2026-11-29';
const update = process.env.HATANG_UPDATE_EXPECTED === '1';
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

const allRules = new Map(RULESETS.flatMap((r) => r.rules).map((r) => [r.id, r]));
const folders = existsSync(RULES_DIR) ? readdirSync(RULES_DIR).sort() : [];
const cases = folders.flatMap((rule) =>
  readdirSync(join(RULES_DIR, rule))
    .sort()
    .map((name) => ({ rule, name })),
);

describe('every rule has its test folder', () => {
  test.each([...allRules.values()].filter((r) => r.mode !== 'manual').map((r) => ({ id: r.id })))(
    '$id has a passing and a failing (or, for a rule that only reports manual checks, a manual) case',
    ({ id }) => {
      const names = existsSync(join(RULES_DIR, id)) ? readdirSync(join(RULES_DIR, id)) : [];
      expect(names.some((n) => n.startsWith('pass-'))).toBe(true);
      expect(names.some((n) => n.startsWith('fail-') || n.startsWith('manual-'))).toBe(true);
    },
  );
  test('no test folder for an unknown rule', () => {
    expect(folders.filter((f) => !allRules.has(f))).toEqual([]);
  });
});

describe.each(cases)('$rule $name', ({ rule, name }) => {
  test.each(RULESETS.map((r) => ({ ruleset: r.id })))('under $ruleset', async ({ ruleset }) => {
    const caseDir = join(RULES_DIR, rule, name);
    const { dir, spec } = await materialise(caseDir);
    made.push(dir);
    const opened = await openInventory(dir);
    expect(opened.diagnostics.map((d) => d.message.en)).toEqual([]);
    if (!isValid(opened)) throw new Error('case does not load');
    const findings = evaluate(opened, select({ asOf: spec.asOf ?? AS_OF, ruleset }, { today: AS_OF }))
      .findings.filter((f) => f.rule === rule)
      .map((f) => ({ target: f.target, ...(f.part ? { part: f.part } : {}), status: f.status, severity: f.severity, message: f.message.en }));
    const specific = join(caseDir, `expected.${ruleset}.json`);
    const file = existsSync(specific) ? specific : join(caseDir, 'expected.json');
    if (update && !existsSync(specific)) {
      const other = RULESETS.find((r) => r.id !== ruleset)!.id;
      // Write one shared file when both rule-sets agree, else one per rule-set.
      const shared = join(caseDir, 'expected.json');
      if (!existsSync(shared) || ruleset === RULESETS[0]!.id) {
        await writeFile(shared, JSON.stringify(findings, null, 2) + '\n');
      } else if (JSON.parse(await readFile(shared, 'utf8')) && JSON.stringify(JSON.parse(await readFile(shared, 'utf8'))) !== JSON.stringify(findings)) {
        await writeFile(join(caseDir, `expected.${other}.json`), await readFile(shared, 'utf8'));
        await writeFile(specific, JSON.stringify(findings, null, 2) + '\n');
        await rm(shared);
      }
    }
    const expected = JSON.parse(await readFile(existsSync(specific) ? specific : file, 'utf8'));
    expect(findings).toEqual(expected);
    if (name.startsWith('pass-')) expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
    if (name.startsWith('fail-') && (spec.failsUnder ?? [ruleset]).includes(ruleset)) expect(findings.some((f) => f.status === 'fail')).toBe(true);
  });
});
