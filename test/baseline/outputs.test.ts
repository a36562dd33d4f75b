// SARIF 2.1.0 (validated with ajv against the official schema that @microsoft/jest-sarif ships; its language-tag
// pattern is not valid as a Unicode regular expression, hence unicodeRegExp: false), JUnit XML, and
// the golden findings of the bundled Quảng Ngãi inventory under both rule-sets.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { RULESETS } from '../../modules/baseline/index.js';
import { runCli as run } from '../helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const AS_OF = '2026-11-29';

describe.each(RULESETS.map((r) => ({ ruleset: r.id })))('Quảng Ngãi under $ruleset', ({ ruleset }) => {
  test('SARIF validates against the SARIF 2.1.0 schema and points into the YAML', async () => {
    const { stdout } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--ruleset', ruleset, '--format', 'sarif');
    const log = JSON.parse(stdout);
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run0 = log.runs[0];
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(RULESETS.find((r) => r.id === ruleset)!.rules.map((r) => r.id)));
    // By default only failing findings: code scanning keeps no alert open for manual, waived or due findings.
    expect(new Set(run0.results.map((r: { kind: string }) => r.kind))).toEqual(new Set(run0.results.length ? ['fail'] : []));
    expect(run0.results.filter((r: { suppressions?: unknown }) => r.suppressions)).toEqual([]);
    const all = JSON.parse((await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--ruleset', ruleset, '--format', 'sarif', '--sarif-all')).stdout);
    expect(validateSarif(all)).toBe(true);
    const waf = all.runs[0].results.find(
      (r: { ruleId: string; properties: { target: string } }) => r.ruleId === 'AVL-HA-01' && r.properties.target === 'devices/kt-waf',
    );
    expect(waf.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'waiver kt-waf-khong-du-phong' }]);
    expect(waf.locations[0].physicalLocation.artifactLocation.uri).toBe('inventory/quang-ngai/devices.yaml');
    expect(all.runs[0].results.some((r: { kind: string }) => r.kind === 'review')).toBe(true);
    expect(run0.tool.driver.rules[ids.indexOf('AVL-HA-01')].help.text).toContain('Clauses: Circular 12/2022 Annex II item II.1.b.vi');
    expect(run0.properties).toMatchObject({ ruleset, asOf: AS_OF });
  });

  test('JUnit XML: one test case per rule × target, failures and skips counted', async () => {
    const { stdout: xml } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--ruleset', ruleset, '--format', 'junit', '--lang', 'en');
    expect(XMLValidator.validate(xml)).toBe(true);
    const { stdout: js } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--ruleset', ruleset, '--format', 'json');
    const report = JSON.parse(js);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
    const cases = doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase);
    expect(cases.length).toBe(report.findings.length);
    expect(Number(doc.testsuites.tests)).toBe(report.findings.length);
    expect(Number(doc.testsuites.failures)).toBe(report.summary.findings.fail);
    const names = cases.map((c: { name: string }) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(doc.testsuites.testsuite.map((s: { name: string }) => s.name)).toContain('systems/qlvbdh');
  });

  test('golden findings (fail and waived; regenerate with HATANG_UPDATE_EXPECTED=1)', async () => {
    const { stdout } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--ruleset', ruleset, '--format', 'json', '--lang', 'en');
    const report = JSON.parse(stdout);
    const golden = {
      ruleset,
      asOf: AS_OF,
      summary: report.summary.findings,
      findings: report.findings
        .filter((f: { status: string }) => f.status === 'fail' || f.status === 'waived')
        .map(
          (f: { rule: string; target: string; part: string | null; status: string; severity: string; clauses: string[]; message: { en: string } }) =>
            `${f.status} ${f.severity} ${f.rule} ${f.target}${f.part ? ` ${f.part}` : ''}: ${f.message.en} [${f.clauses.join('; ')}]`,
        ),
    };
    const file = new URL(`./golden/quang-ngai.${ruleset}.json`, import.meta.url);
    if (process.env.HATANG_UPDATE_EXPECTED === '1' || !existsSync(file)) await writeFile(file, JSON.stringify(golden, null, 2) + '\n');
    expect(golden).toEqual(JSON.parse(await readFile(file, 'utf8')));
  });
});
