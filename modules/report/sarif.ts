// SARIF 2.1.0 for code scanning: one reportingDescriptor per rule (help text, clauses), results located in the YAML.
import type * as Sarif from 'sarif';
import { isParameterName, PARAMETERS, RULESETS } from '../baseline/index.js';
import { rulesOf } from '../evaluation/index.js';
import { clausesFor, type RuleMeta, type RulesetId } from '../rules/index.js';
import type { ValidationReport } from './validation.js';

const LEVEL: Record<string, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const KIND: Record<string, Sarif.Result.kind> = { fail: 'fail', waived: 'fail', manual: 'review', pass: 'pass', 'not-applicable': 'notApplicable' };

function descriptor(rule: RuleMeta, ruleset: RulesetId): Sarif.ReportingDescriptor {
  const clauses = clausesFor(rule, ruleset);
  const perLevel = Object.entries(rule.perLevel ?? {}).map(([l, t]) => `L${l}: ${t.en}`);
  const params = (rule.parameters ?? []).filter(isParameterName).map((p) => `${p} (${PARAMETERS[p].source})`);
  const lines = [
    `${rule.title.en} — ${rule.title.vi}`,
    `Levels: ${rule.levels.join(', ')}. Check: ${rule.mode}. Confidence: ${rule.confidence}.`,
    ...perLevel,
    `Clauses: ${clauses.join('; ')}`,
    `Remediation: ${rule.remediation.en}`,
    `Khắc phục: ${rule.remediation.vi}`,
    ...(rule.evidence?.length ? [`Evidence an auditor must see: ${rule.evidence.map((e) => e.en).join('; ')}`] : []),
    ...(params.length ? [`Parameters: ${params.join('; ')}`] : []),
  ];
  return {
    id: rule.id,
    name: rule.id.replace(/-/g, ''),
    shortDescription: { text: rule.title.en },
    fullDescription: { text: `${rule.title.vi}. ${clauses.join('; ')}` },
    help: { text: lines.join('\n'), markdown: lines.map((l) => `- ${l}`).join('\n') },
    defaultConfiguration: { level: LEVEL[rule.severity]! },
    properties: { tags: ['security', rule.domain], clauses, levels: [...rule.levels], confidence: rule.confidence, mode: rule.mode },
  };
}

/** One SARIF log with one run; only fail, waived (as suppressed) and manual findings become results. */
export function renderSarif(report: ValidationReport, options: { toolVersion: string }): string {
  const rulesetId = (report.baseline?.ruleset ?? RULESETS[RULESETS.length - 1]!.id) as RulesetId;
  const ruleset = RULESETS.find((r) => r.id === rulesetId)!;
  // Every rule of the rule-set, of every kind, described from its declaration.
  const all = rulesOf(ruleset);
  const rules: Sarif.ReportingDescriptor[] = [...all.baseline, ...all.plan, ...all.waivers].map((r) => descriptor(r, rulesetId));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const f of report.findings) {
    if (f.status !== 'fail' && f.status !== 'waived' && f.status !== 'manual') continue;
    const clauses = f.clauses.length ? ` (${f.clauses.join('; ')})` : f.reference ? ` (${f.reference})` : '';
    const result: Sarif.Result = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule)!,
      kind: KIND[f.status]!,
      level: f.status === 'manual' ? 'note' : (LEVEL[f.severity] ?? 'warning'),
      message: { text: `${f.target}${f.part ? ` [${f.part}]` : ''}: ${f.message.en}${clauses} — ${f.message.vi}` },
      ...(f.location
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.location.file.split('\\').join('/') },
                  region: { startLine: f.location.line, startColumn: f.location.column },
                },
                logicalLocations: [{ fullyQualifiedName: f.target, kind: 'object' }],
              },
            ],
          }
        : {}),
      ...(f.fingerprint ? { partialFingerprints: { 'hatang/v1': f.fingerprint } } : {}),
      ...(f.status === 'waived' ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `waiver ${f.waiver}` }] } : {}),
      properties: {
        status: f.status,
        target: f.target,
        ...(f.system ? { system: f.system } : {}),
        ...(f.level !== null ? { level: f.level } : {}),
        ...(f.confidence ? { confidence: f.confidence } : {}),
        ...(f.parameters.length ? { parameters: f.parameters } : {}),
        ...(f.evidence.length ? { evidence: f.evidence.map((e) => e.en) } : {}),
      },
    };
    results.push(result);
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hatang',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules,
          },
        },
        automationDetails: { id: `hatang/${report.inventory.province?.name ?? 'inventory'}/${rulesetId}/` },
        columnKind: 'unicodeCodePoints',
        results,
        properties: {
          ruleset: rulesetId,
          asOf: report.baseline?.asOf ?? null,
          inventory: report.inventory.path,
          inventoryHash: report.inventory.hash,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
