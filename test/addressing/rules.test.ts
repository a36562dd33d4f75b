// Every address-plan rule against minimal inventories: for each rule a folder test/addressing/rules/<RULE-ID>/ with
// cases `pass-*` and `fail-*`. A case's case.yaml holds documents that replace (same kind and name) or add to
// test/addressing/rules/base/inventory.yaml, and optionally a first document `kind: Case` with
// `remove: [Kind/name, …]` and `asOf`; an addressing.lock.yaml in the case folder is the inventory's lock.
// expected.json holds the exact findings of that rule (target, part, status, severity, English message, line:column).
// HATANG_UPDATE_EXPECTED=1 rewrites them: read the diff before committing.
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { PLAN_RULES } from '../../modules/addressing/index.js';
import { evaluate, isValid, openInventory, select } from '../../modules/evaluation/index.js';

const TODAY = '2026-11-29';
const RULES_DIR = join(import.meta.dirname, 'rules');
const BASE = join(RULES_DIR, 'base', 'inventory.yaml');
const LOCK = 'addressing.lock.yaml';
const update = process.env.HATANG_UPDATE_EXPECTED === '1';

const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

interface CaseSpec {
  /** `Kind/name` of base documents to drop. */
  readonly remove?: readonly string[];
  /** Evaluation date (default: the inventory's asOf, else TODAY). */
  readonly asOf?: string;
}

type Doc = { kind?: string; metadata?: { name?: string } };
const keyOf = (d: Doc) => `${d.kind}/${d.metadata?.name}`;

/** The base inventory with the case's documents, and the case's lock, in a scratch folder. */
async function materialise(caseDir: string | undefined): Promise<{ dir: string; spec: CaseSpec }> {
  const base = parseAllDocuments(await readFile(BASE, 'utf8')).map((d) => d.toJS() as Doc);
  const casePath = caseDir !== undefined ? join(caseDir, 'case.yaml') : undefined;
  const docs: (Doc & CaseSpec)[] =
    casePath !== undefined && existsSync(casePath)
      ? parseAllDocuments(await readFile(casePath, 'utf8'))
          .map((d) => d.toJS())
          .filter((d) => d && typeof d === 'object')
      : [];
  const spec: CaseSpec = docs.find((d) => d.kind === 'Case') ?? {};
  const merged = new Map(base.map((d) => [keyOf(d), d as object]));
  for (const r of spec.remove ?? []) {
    if (!merged.delete(r)) throw new Error(`${caseDir}: remove ${r}: no such base document`);
  }
  for (const d of docs) if (d.kind !== 'Case') merged.set(keyOf(d), d);
  const dir = await mkdtemp(join(tmpdir(), 'hatang-plan-rule-'));
  made.push(dir);
  await writeFile(join(dir, 'inventory.yaml'), [...merged.values()].map((d) => stringify(d)).join('---\n'));
  if (caseDir !== undefined && existsSync(join(caseDir, LOCK))) await copyFile(join(caseDir, LOCK), join(dir, LOCK));
  return { dir, spec };
}

/** The plan findings of an inventory, evaluated like `hatang plan` does; scratch paths in messages cut off. */
async function planFindings(caseDir: string | undefined) {
  const { dir, spec } = await materialise(caseDir);
  const opened = await openInventory(dir);
  expect(opened.diagnostics.map((d) => d.message.en)).toEqual([]);
  if (!isValid(opened)) throw new Error('invalid inventory');
  const selection = select(spec.asOf !== undefined ? { asOf: spec.asOf } : {}, { inventoryAsOf: opened.model.province.asOf, today: TODAY });
  return evaluate(opened, selection).planFindings.map((f) => ({
    rule: f.rule,
    target: f.target,
    ...(f.part !== undefined ? { part: f.part } : {}),
    status: f.status,
    severity: f.severity,
    message: f.message.en.split(`${dir}/`).join(''),
    location: `${f.location?.line}:${f.location?.column}`,
  }));
}

const ruleIds = new Set(PLAN_RULES.map((r) => r.id));
const folders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'base')
  .map((d) => d.name)
  .sort();
const cases = folders.flatMap((rule) =>
  readdirSync(join(RULES_DIR, rule))
    .sort()
    .map((name) => ({ rule, name })),
);

describe('every plan rule has its test folder', () => {
  test.each(PLAN_RULES.map((r) => ({ id: r.id })))('$id has a passing and a failing case', ({ id }) => {
    const names = existsSync(join(RULES_DIR, id)) ? readdirSync(join(RULES_DIR, id)) : [];
    expect(names.some((n) => n.startsWith('pass-'))).toBe(true);
    expect(names.some((n) => n.startsWith('fail-'))).toBe(true);
  });
  test('no test folder for an unknown rule, no case that is neither pass- nor fail-', () => {
    expect(folders.filter((f) => !ruleIds.has(f))).toEqual([]);
    expect(cases.filter((c) => !/^(pass|fail)-[a-z0-9-]+$/.test(c.name))).toEqual([]);
  });
});

test('the base inventory breaks no plan rule', async () => {
  expect(await planFindings(undefined)).toEqual([]);
});

describe.each(cases)('$rule $name', ({ rule, name }) => {
  test('gives exactly the expected findings', async () => {
    const caseDir = join(RULES_DIR, rule, name);
    const findings = (await planFindings(caseDir)).filter((f) => f.rule === rule).map(({ rule: _rule, ...f }) => f);
    const file = join(caseDir, 'expected.json');
    if (update) await writeFile(file, JSON.stringify(findings, null, 2) + '\n');
    expect(findings).toEqual(JSON.parse(await readFile(file, 'utf8')));
    if (name.startsWith('pass-')) expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
    if (name.startsWith('fail-')) expect(findings.some((f) => f.status === 'fail')).toBe(true);
    // Fingerprints depend on rule, target and part: two findings of one rule never share them.
    const ids = findings.map((f) => `${f.target}\n${f.part ?? ''}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
