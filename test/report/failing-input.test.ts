// An invalid inventory is never a green report: SARIF carries the input diagnostics as results and a failed
// invocation, JUnit carries them as errored test cases in a suite of their own (docs/output.md).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { describe, expect, test } from 'vitest';
import { runCli as run } from '../helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const AS_OF = '2026-11-29';
const INVALID = ['test/fixtures/bad/yaml-syntax', 'test/fixtures/bad/dangling-reference', 'test/fixtures/bad/no-such-folder'];

async function json(dir: string) {
  const { stdout } = await run('validate', dir, '--as-of', AS_OF, '--format', 'json');
  return JSON.parse(stdout) as { valid: boolean; diagnostics: { code: string; severity: string; location: { file: string; line: number; column: number } }[] };
}

describe.each(INVALID.map((dir) => ({ dir })))('validate $dir', ({ dir }) => {
  test('SARIF: schema-valid, one error result per diagnostic, located, and a failed invocation', async () => {
    const { code, stdout } = await run('validate', dir, '--as-of', AS_OF, '--format', 'sarif');
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const report = await json(dir);
    expect(report.diagnostics.length).toBeGreaterThan(0);
    const runs = log.runs[0]!;
    const rules = runs.tool.driver.rules!;
    const results = (runs.results ?? []).filter((r) => r.ruleId!.startsWith('hatang/'));
    expect(results.map((r) => [r.ruleId, r.level, r.locations![0]!.physicalLocation!.region!.startLine])).toEqual(
      report.diagnostics.map((d) => [`hatang/${d.code}`, d.severity, d.location.line]),
    );
    for (const r of results) {
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(r.locations![0]!.physicalLocation!.artifactLocation).toMatchObject({ uriBaseId: '%SRCROOT%' });
    }
    const invocation = runs.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => [n.level, n.associatedRule!.id])).toEqual(
      report.diagnostics.filter((d) => d.severity === 'error').map((d) => ['error', `hatang/${d.code}`]),
    );
  });

  test('JUnit: the diagnostics are errored test cases of the `input` suite', async () => {
    const { code, stdout: xml } = await run('validate', dir, '--as-of', AS_OF, '--format', 'junit', '--lang', 'en');
    expect(code).toBe(2);
    expect(XMLValidator.validate(xml)).toBe(true);
    const report = await json(dir);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(xml);
    expect(Number(doc.testsuites.errors)).toBe(errors);
    expect(Number(doc.testsuites.tests)).toBe(report.diagnostics.length);
    const input = doc.testsuites.testsuite.find((s: { name: string }) => s.name === 'input');
    expect(Number(input.errors)).toBe(errors);
    expect(input.testcase.map((c: { error: { type: string } }) => c.error.type)).toEqual(report.diagnostics.map((d) => d.code));
    expect(input.testcase[0].file).toBe(report.diagnostics[0]!.location.file);
  });
});

test('a valid inventory: a successful invocation, no input suite, every artifact location based on %SRCROOT%', async () => {
  const { code, stdout } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--format', 'sarif');
  expect(code).toBe(0);
  const log = JSON.parse(stdout) as Sarif.Log;
  expect(validateSarif(log)).toBe(true);
  const runs = log.runs[0]!;
  expect(runs.invocations).toEqual([{ executionSuccessful: true }]);
  expect(Object.keys(runs.originalUriBaseIds!)).toEqual(['%SRCROOT%']);
  expect(runs.originalUriBaseIds!['%SRCROOT%']!.uri).toBeUndefined();
  for (const r of runs.results ?? []) for (const l of r.locations ?? []) expect(l.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
  // A reportingDescriptor per input diagnostic code, next to the rules.
  expect(runs.tool.driver.rules!.map((r) => r.id)).toEqual(expect.arrayContaining(['hatang/yaml-syntax', 'hatang/lock-file', 'hatang/province-count']));
  const { stdout: xml } = await run('validate', 'inventory/quang-ngai', '--as-of', AS_OF, '--format', 'junit');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' }).parse(xml);
  expect(doc.testsuites.errors).toBe('0');
  expect(doc.testsuites.testsuite.map((s: { name: string }) => s.name)).not.toContain('input');
});
