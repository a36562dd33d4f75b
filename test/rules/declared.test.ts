// One source per fact: what every rule declares (title, domain, severity, clauses, remediation) is what the JSON
// report, the auditor report, SARIF, JUnit and the metrics show, for every rule of every kind and rule-set.
import { XMLParser } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULESETS } from '../../modules/baseline/index.js';
import { ALL_RULES, rulesetsOf, type Evaluation } from '../../modules/evaluation/index.js';
import { collectMetrics, renderMetrics } from '../../modules/metrics/index.js';
import type { Finding } from '../../modules/model/index.js';
import { complianceReport, renderJunit, renderSarif, validationReport } from '../../modules/report/index.js';
import { clausesFor, findingOf, inTermsOf, renderCitations, type RuleMeta, type RulesetId } from '../../modules/rules/index.js';
import { evaluateDir } from '../helpers.js';
import { sampleValue } from '../metrics/helpers.js';

const AS_OF = '2026-11-29';
let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
});

/** A rule's clauses under a rule-set, rendered as the outputs show them. */
const clauseTexts = (rule: RuleMeta, ruleset: RulesetId, lang: 'vi' | 'en' = 'vi') => renderCitations(clausesFor(rule, ruleset), lang);

/** One failing finding of every rule of `ruleset`, made the way the runners make them. */
function oneOfEach(ruleset: RulesetId): Finding[] {
  const source = evaluation.model.province.source;
  const ctx = { ruleset, locate: evaluation.locate };
  return [...ALL_RULES.values()]
    .filter((rule) => rulesetsOf(rule.id).includes(ruleset))
    .map((rule) =>
      findingOf(
        rule,
        { status: 'fail', message: { vi: `${rule.id} không đạt`, en: `${rule.id} fails` }, target: `rules/${rule.id}` },
        { target: 'province', source },
        ctx,
      ),
    );
}

describe.each(RULESETS.map((r) => r.id))('under %s', (ruleset) => {
  test("the JSON report carries each rule's declared title, domain, severity, clauses and remediation", () => {
    const findings = oneOfEach(ruleset);
    const report = validationReport('inventory/quang-ngai', evaluation.load, findings, '0.0.0', null);
    for (const f of report.findings) {
      const rule = ALL_RULES.get(f.rule)!;
      expect({ id: f.rule, title: f.title, domain: f.domain, severity: f.severity, clauses: f.clauses, remediation: f.remediation }).toEqual({
        id: rule.id,
        // In the terms of the rule-set ("an ninh mạng" under NĐ 331): the one vocabulary step every finding takes.
        title: inTermsOf(ruleset, rule.title),
        domain: rule.domain,
        severity: rule.severity,
        clauses: clauseTexts(rule, ruleset),
        remediation: inTermsOf(ruleset, rule.remediation),
      });
    }
    expect(report.findings).toHaveLength(findings.length);
  });

  test('the auditor report places every rule under its declared domain, with its title and clauses', () => {
    const data = complianceReport(evaluation.model, oneOfEach(ruleset), { asOf: AS_OF, version: '0.0.0', ruleset, plan: evaluation.plan });
    const placed = new Map(data.infrastructure.flatMap((g) => g.findings.map((f) => [f.rule, g.domain] as const)));
    for (const rule of ALL_RULES.values()) {
      if (!rulesetsOf(rule.id).includes(ruleset)) continue;
      expect([rule.id, placed.get(rule.id)]).toEqual([rule.id, rule.domain]);
      const row = data.clauses.find((c) => c.rule === rule.id)!;
      expect([rule.id, row.domain, row.title, row.clauses]).toEqual([
        rule.id,
        rule.domain,
        inTermsOf(ruleset, rule.title),
        [...clauseTexts(rule, ruleset)].sort(),
      ]);
    }
  });

  test('SARIF describes every rule of the rule-set from its declaration', () => {
    const report = validationReport('inventory/quang-ngai', evaluation.load, oneOfEach(ruleset), '0.0.0', {
      ruleset,
      title: RULESETS.find((r) => r.id === ruleset)!.title,
      asOf: AS_OF,
      chosenBy: 'option',
      failOn: 'error',
      baselineFile: null,
      hiddenByBaseline: 0,
      parameters: {},
    });
    const log = JSON.parse(renderSarif(report, { toolVersion: '0.0.0' })) as Sarif.Log;
    const run = log.runs[0]!;
    const descriptors = new Map((run.tool.driver.rules ?? []).map((d) => [d.id, d]));
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const rule of ALL_RULES.values()) {
      if (!rulesetsOf(rule.id).includes(ruleset)) continue;
      const d = descriptors.get(rule.id);
      expect(d, rule.id).toBeDefined();
      expect([rule.id, d!.shortDescription?.text, d!.defaultConfiguration?.level, d!.properties?.tags, d!.properties?.clauses]).toEqual([
        rule.id,
        rule.title.en,
        level[rule.severity],
        ['security', rule.domain],
        clauseTexts(rule, ruleset),
      ]);
    }
    for (const r of run.results ?? []) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  test('JUnit names each failing case after its rule and shows its severity, clauses and remediation', () => {
    const findings = oneOfEach(ruleset);
    const report = validationReport('inventory/quang-ngai', evaluation.load, findings, '0.0.0', null);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(renderJunit(report, 'en')) as {
      testsuites: {
        testsuite: {
          testcase: { classname: string; failure: { type: string; '#text': string } }[] | { classname: string; failure: { type: string; '#text': string } };
        };
      };
    };
    const raw = xml.testsuites.testsuite.testcase;
    const cases = Array.isArray(raw) ? raw : [raw];
    expect(cases).toHaveLength(findings.length);
    for (const c of cases) {
      const rule = ALL_RULES.get(c.classname.slice('hatang.'.length))!;
      expect(c.failure.type).toBe(rule.severity);
      expect(c.failure['#text']).toContain(`Clauses: ${clauseTexts(rule, ruleset, 'en').join('; ')}`);
      expect(c.failure['#text']).toContain(`Remediation: ${rule.remediation.en}`);
    }
  });

  test("the metrics count each rule's findings at its declared severity", async () => {
    const findings = oneOfEach(ruleset);
    const text = await renderMetrics(collectMetrics({ evaluation: { ...evaluation, findings }, version: '0.0.0' }));
    for (const f of findings) {
      expect([
        f.rule,
        sampleValue(text, 'hatang_findings', { rule: f.rule, severity: ALL_RULES.get(f.rule)!.severity, status: 'fail', system: '', level: '' }),
      ]).toEqual([f.rule, 1]);
    }
  });
});

describe('the real evaluations', () => {
  test.each(['inventory/quang-ngai', 'inventory/lang-son'])(
    "%s: every finding of every rule (DR-* included) sits under its rule's declared domain",
    async (dir) => {
      for (const ruleset of RULESETS.map((r) => r.id)) {
        const e = await evaluateDir(dir, { ruleset });
        const data = complianceReport(e.model, e.findings, { asOf: e.selection.asOf, version: '0.0.0', ruleset, plan: e.plan });
        const groups = [...data.infrastructure, ...data.systems.flatMap((s) => s.domains)];
        let seen = 0;
        for (const g of groups) {
          for (const f of g.findings) {
            expect([f.rule, g.domain]).toEqual([f.rule, ALL_RULES.get(f.rule)!.domain]);
            seen++;
          }
        }
        // Manual checks of rules the system's annex grid shows are listed there (part 2), not a second time.
        const gridRules = new Map(data.systems.map((s) => [s.name, new Set(s.annex.rows.flatMap((r) => r.rules))]));
        const inGrid = e.findings.filter((f) => f.status === 'manual' && f.system && gridRules.get(f.system)?.has(f.rule)).length;
        expect(seen + inGrid).toBe(e.findings.length);
        expect(e.findings.some((f) => f.rule.startsWith('DR-'))).toBe(true);
      }
    },
  );
});
