// SARIF 2.1.0 for code scanning: one reportingDescriptor per rule (help text, clauses) and per input diagnostic
// code, results located in the YAML, and an invocation that fails when the input is invalid (docs/output.md).
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { isParameterName, PARAMETERS, RULESETS } from '../baseline/index.js';
import { rulesOf } from '../evaluation/index.js';
import type { DiagnosticCode, SourceLocation } from '../model/index.js';
import { clausesFor, renderCitations, type RuleMeta, type RulesetId } from '../rules/index.js';
import type { ValidationReport } from './validation.js';

const LEVEL: Record<string, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const KIND: Record<string, Sarif.Result.kind> = {
  fail: 'fail',
  waived: 'fail',
  manual: 'review',
  due: 'open',
  pass: 'pass',
  'not-applicable': 'notApplicable',
};

function descriptor(rule: RuleMeta, ruleset: RulesetId): Sarif.ReportingDescriptor {
  const citations = clausesFor(rule, ruleset);
  const clauses = renderCitations(citations, 'vi');
  const perLevel = Object.entries(rule.perLevel ?? {}).map(([l, t]) => `L${l}: ${t.en}`);
  const params = (rule.parameters ?? []).filter(isParameterName).map((p) => `${p} (${PARAMETERS[p].source})`);
  const lines = [
    `${rule.title.en} — ${rule.title.vi}`,
    `Levels: ${rule.levels.join(', ')}. Check: ${rule.mode}. Confidence: ${rule.confidence}.`,
    ...perLevel,
    `Clauses: ${renderCitations(citations, 'en').join('; ')}`,
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
    properties: {
      tags: ['security', rule.domain],
      clauses,
      citations: citations.map((c) => ({ ...c })),
      levels: [...rule.levels],
      confidence: rule.confidence,
      mode: rule.mode,
    },
  };
}

/** What each input diagnostic code means (docs/output.md), for its reportingDescriptor. */
const DIAGNOSTIC_TITLES: Record<DiagnosticCode, string> = {
  'missing-folder': 'The inventory folder does not exist',
  'not-a-folder': 'The inventory path is not a folder',
  'empty-inventory': 'The inventory folder holds no YAML file',
  'symlink-outside': 'A symbolic link leads outside the inventory folder',
  'file-too-large': 'A file or the folder is larger than the limits',
  'document-too-large': 'One YAML document is longer than the limit for a document',
  'binary-file': 'A file is not UTF-8 text',
  'read-error': 'A file could not be read',
  'lock-file': 'The address lock file cannot be read, is malformed or belongs to another province',
  'yaml-syntax': 'The YAML parser refused the text',
  'yaml-alias-limit': 'YAML aliases expand too much',
  'too-deep': 'Mappings or lists are nested too deeply',
  'reserved-key': 'A reserved key (__proto__, constructor, prototype)',
  'not-a-mapping': 'A document is not a mapping',
  'api-version': 'apiVersion is missing or not hatang.vn/v1',
  'unknown-kind': 'kind is missing or unknown',
  'unknown-field': 'A field the schema does not define',
  'missing-field': 'A required field is absent',
  'wrong-type': 'A value of the wrong type',
  'invalid-value': 'A value outside its allowed set, range or form',
  'invalid-prefix': 'Not a valid IP prefix',
  'duplicate-name': 'Two objects of one kind share a name',
  'dangling-reference': 'A reference names no object of the expected kind',
  'inconsistent-reference': 'A reference exists but does not fit',
  'province-count': 'No Province, or more than one',
  'too-many-diagnostics': 'More diagnostics than are listed; the count of those left out',
};

/** The ruleId of an input diagnostic: `hatang/<code>`, apart from the rule ids (which never contain a slash). */
export const diagnosticRuleId = (code: string): string => `hatang/${code}`;

function diagnosticDescriptor(code: DiagnosticCode): Sarif.ReportingDescriptor {
  const title = DIAGNOSTIC_TITLES[code];
  const help = `${title}. The input is invalid (exit 2): fix the file at the location given; nothing was judged. See docs/output.md, diagnostic codes.`;
  return {
    id: diagnosticRuleId(code),
    name: code.replace(/-(.)/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: title },
    fullDescription: { text: `Input diagnostic ${code}: ${title}.` },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['input', 'diagnostic'] },
  };
}

const SRCROOT = '%SRCROOT%';
const isAbsolutePath = (p: string): boolean => p.startsWith('/') || p.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(p);
const posix = (p: string): string => p.split('\\').join('/');
/** A relative path as a URI reference: each segment percent-encoded. */
const uriOf = (p: string): string => posix(p).split('/').map(encodeURIComponent).join('/');

/**
 * Artifact locations relative to %SRCROOT%: the working directory (no `uri`: the consumer's checkout) when the
 * files are given relative to it, else the inventory folder (or the folder the absolute files share), as a file
 * URI. Files outside that base keep an absolute file URI.
 */
function artifactBase(report: ValidationReport): { base: Sarif.ArtifactLocation; at: (file: string) => Sarif.ArtifactLocation } {
  const files = [...report.diagnostics.map((d) => d.location?.file), ...report.findings.map((f) => f.location?.file)].filter((f): f is string => !!f);
  const absolute = files.filter(isAbsolutePath);
  const outside = absolute.length > 0 || (files.length === 0 && isAbsolutePath(report.inventory.path));
  if (!outside) {
    return {
      base: { description: { text: 'The working directory hatang ran in (the repository root in CI).' } },
      at: (file) => ({ uri: uriOf(file), uriBaseId: SRCROOT }),
    };
  }
  const inventory = posix(report.inventory.path).replace(/\/+$/, '');
  const under = (root: string) => (f: string) => posix(f).startsWith(`${root}/`);
  const root = isAbsolutePath(inventory) && absolute.every(under(inventory)) ? inventory : commonFolder(absolute.map(posix));
  const rootUri = pathToFileURL(root).href.replace(/\/?$/, '/');
  return {
    base: { uri: rootUri, description: { text: 'The inventory folder (outside the working directory hatang ran in).' } },
    at: (file) => (under(root)(file) ? { uri: uriOf(posix(file).slice(root.length + 1)), uriBaseId: SRCROOT } : { uri: pathToFileURL(file).href }),
  };
}

/** The longest folder every path is in. */
function commonFolder(paths: readonly string[]): string {
  let parts = (paths[0] ?? '/').split('/').slice(0, -1);
  for (const p of paths.slice(1)) {
    const q = p.split('/');
    let n = 0;
    while (n < parts.length && parts[n] === q[n]) n++;
    parts = parts.slice(0, n);
  }
  return parts.join('/') || '/';
}

const physical = (at: (file: string) => Sarif.ArtifactLocation, l: SourceLocation): Sarif.PhysicalLocation => ({
  artifactLocation: at(l.file),
  region: { startLine: l.line, startColumn: l.column },
});

/**
 * The results of the findings. By default only failing ones (errors and warnings): code scanning shows them as alerts
 * and closes an alert when its finding is fixed. With `all`, also waived (suppressed), manual (review) and due ones,
 * which code scanning would keep open for ever.
 */
function findingResults(
  report: ValidationReport,
  ruleIndex: ReadonlyMap<string, number>,
  at: (file: string) => Sarif.ArtifactLocation,
  all: boolean,
): Sarif.Result[] {
  const results: Sarif.Result[] = [];
  const shown = all ? new Set(['fail', 'waived', 'manual', 'due']) : new Set(['fail']);
  for (const f of report.findings) {
    if (!shown.has(f.status)) continue;
    const clauses = f.clauses.length ? ` (${f.clauses.join('; ')})` : f.reference ? ` (${f.reference})` : '';
    results.push({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule)!,
      kind: KIND[f.status]!,
      level: f.status === 'manual' || f.status === 'due' ? 'note' : (LEVEL[f.severity] ?? 'warning'),
      message: { text: `${f.target}${f.part ? ` [${f.part}]` : ''}: ${f.message.en}${clauses} — ${f.message.vi}` },
      ...(f.location
        ? { locations: [{ physicalLocation: physical(at, f.location), logicalLocations: [{ fullyQualifiedName: f.target, kind: 'object' }] }] }
        : {}),
      ...(f.fingerprint ? { partialFingerprints: { 'hatang/v1': f.fingerprint } } : {}),
      ...(f.status === 'waived' ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `waiver ${f.waiver}` }] } : {}),
      properties: {
        status: f.status,
        target: f.target,
        ...(f.system ? { system: f.system } : {}),
        ...(f.systems ? { systems: f.systems } : {}),
        ...(f.level !== null ? { level: f.level } : {}),
        ...(f.dueDate ? { dueDate: f.dueDate } : {}),
        ...(f.confidence ? { confidence: f.confidence } : {}),
        ...(f.parameters.length ? { parameters: f.parameters } : {}),
        ...(f.evidence.length ? { evidence: f.evidence.map((e) => e.en) } : {}),
      },
    });
  }
  return results;
}

/** The input diagnostics as results (error or warning, located), and the failed invocation's notifications. */
function diagnosticResults(
  report: ValidationReport,
  ruleIndex: ReadonlyMap<string, number>,
  at: (file: string) => Sarif.ArtifactLocation,
): { results: Sarif.Result[]; notifications: Sarif.Notification[] } {
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const d of report.diagnostics) {
    const id = diagnosticRuleId(d.code);
    const level = d.severity === 'error' ? 'error' : 'warning';
    const hint = [d.found !== null ? `found ${d.found}` : '', d.expected !== null ? `expected ${d.expected}` : '', d.suggestion ?? '']
      .filter(Boolean)
      .join('; ');
    const message = { text: `${d.message.en}${hint ? ` (${hint})` : ''} — ${d.message.vi}` };
    const locations = d.location ? [{ physicalLocation: physical(at, d.location) }] : [];
    results.push({
      ruleId: id,
      ruleIndex: ruleIndex.get(id)!,
      kind: 'fail',
      level,
      message,
      ...(locations.length ? { locations } : {}),
      properties: {
        diagnostic: d.code,
        severity: d.severity,
        ...(d.pointer !== null ? { pointer: d.pointer } : {}),
        ...(d.found !== null ? { found: d.found } : {}),
        ...(d.expected !== null ? { expected: d.expected } : {}),
        ...(d.suggestion !== null ? { suggestion: d.suggestion } : {}),
      },
    });
    if (d.severity === 'error')
      notifications.push({ level, message, ...(locations.length ? { locations } : {}), associatedRule: { id, index: ruleIndex.get(id)! } });
  }
  return { results, notifications };
}

/**
 * One SARIF log with one run. Results: the input diagnostics (ruleId `hatang/<code>`), then the fail, waived (as
 * suppressed) and manual findings. An invalid input makes the invocation fail (`executionSuccessful: false`), with
 * one notification per error diagnostic.
 */
export function renderSarif(report: ValidationReport, options: { toolVersion: string; all?: boolean }): string {
  const rulesetId = (report.baseline?.ruleset ?? RULESETS[RULESETS.length - 1]!.id) as RulesetId;
  const ruleset = RULESETS.find((r) => r.id === rulesetId)!;
  // Every rule of the rule-set, of every kind, described from its declaration; then every input diagnostic code.
  const all = rulesOf(ruleset);
  const rules: Sarif.ReportingDescriptor[] = [
    ...[...all.baseline, ...all.plan, ...all.waivers].map((r) => descriptor(r, rulesetId)),
    ...(Object.keys(DIAGNOSTIC_TITLES) as DiagnosticCode[]).map(diagnosticDescriptor),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const { base, at } = artifactBase(report);
  const input = diagnosticResults(report, ruleIndex, at);
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'hatang', version: options.toolVersion, semanticVersion: options.toolVersion, rules } },
        invocations: [{ executionSuccessful: report.valid, ...(input.notifications.length ? { toolExecutionNotifications: input.notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: base },
        automationDetails: { id: `hatang/${report.inventory.province?.name ?? 'inventory'}/${rulesetId}/` },
        columnKind: 'unicodeCodePoints',
        results: [...input.results, ...findingResults(report, ruleIndex, at, options.all === true)],
        properties: {
          ruleset: rulesetId,
          asOf: report.baseline?.asOf ?? null,
          inventory: report.inventory.path,
          inventoryHash: report.inventory.hash,
          valid: report.valid,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
