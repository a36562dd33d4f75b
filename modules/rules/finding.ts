// Outcomes become findings here, for every kind of rule: the rule's declared data goes on the finding, with
// its location, fingerprint and rule-set. Also the one order and the one severity ranking of findings.
import { createHash } from 'node:crypto';
import { inTermsOf } from './vocabulary.js';
import {
  compareCodeUnits as cmp,
  type Finding,
  type FindingCause,
  type FindingParameter,
  type FindingSeverity,
  type Locate,
  type SourceRef,
} from '../model/index.js';
import { citationOf, renderCitations, weakestConfidence } from './citation.js';
import { clausesFor, type Outcome, type RuleMeta, type RulesetId, type SharedCause } from './rule.js';

/** Severity order: a `--fail-on` threshold fails findings at or above it. */
export const SEVERITY_RANK: Readonly<Record<FindingSeverity, number>> = { error: 3, warning: 2, info: 1 };

/**
 * Stable id of rule + target (+ part) + rule-set, independent of message text and line numbers. A finding with a
 * shared cause takes the cause's: rule + the cause's target + rule-set + severity (`causeFingerprint`).
 */
export function fingerprint(rule: string, target: string, ruleset: string, part?: string): string {
  return createHash('sha256')
    .update([rule, target, part ?? '', ruleset].join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The fingerprint of a shared cause, the same for every system it affects and for the finding that merges them:
 * rule + cause target + rule-set, and the severity, as one site can be an error for the systems hosted there and a
 * warning for those whose cold DR site it is (two findings, two fingerprints).
 */
export function causeFingerprint(rule: string, cause: string, ruleset: string, severity: FindingSeverity): string {
  return fingerprint(rule, cause, ruleset, `severity:${severity}`);
}

/** JSON Pointer of a path inside a YAML document. */
export function pointerOf(path: readonly (string | number)[]): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** What the runner knows of the evaluation an outcome belongs to. */
export interface EmitContext {
  readonly ruleset: RulesetId;
  readonly locate: Locate;
  /** Parameter values the rule read, at a level (baseline rules). */
  readonly parameters?: (rule: RuleMeta, level: number) => readonly FindingParameter[];
  /** Texts of the inventory quoted in messages, kept as written when the rule-set's words replace others (vocabulary.ts). */
  readonly verbatim?: () => readonly string[];
}

/** Defaults of an outcome: what the runner was checking. */
export interface OutcomeDefaults {
  readonly target: string;
  readonly source: SourceRef;
  readonly system?: string;
  readonly level?: number;
}

/** The finding of one outcome of `rule`, carrying the rule's declared data. */
export function findingOf(rule: RuleMeta, o: Outcome, defaults: OutcomeDefaults, ctx: EmitContext): Finding {
  const target = o.target ?? defaults.target;
  const level = o.level ?? defaults.level;
  const system = o.system ?? defaults.system;
  const path = o.path ?? ['spec'];
  const params = ctx.parameters?.(rule, level ?? 3) ?? [];
  const confidence = weakestConfidence([rule.confidence, ...params.map((p) => p.confidence)]);
  const citations = (o.clauses ?? clausesFor(rule, ctx.ruleset, level)).map(citationOf);
  const clauses = renderCitations(citations, 'vi');
  const severity = o.severity ?? rule.severity;
  return {
    rule: rule.id,
    severity,
    status: o.status,
    target,
    message: inTermsOf(ctx.ruleset, o.message, ctx.verbatim),
    location: o.location ?? ctx.locate(o.source ?? defaults.source, path, o.at ?? 'key'),
    reference: clauses.join('; '),
    fingerprint: o.cause ? causeFingerprint(rule.id, o.cause.target, ctx.ruleset, severity) : fingerprint(rule.id, target, ctx.ruleset, o.part),
    ruleset: ctx.ruleset,
    title: inTermsOf(ctx.ruleset, rule.title),
    domain: rule.domain,
    ...(system !== undefined ? { system } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(o.part !== undefined ? { part: o.part } : {}),
    ...(o.dueDate !== undefined ? { dueDate: o.dueDate } : {}),
    clauses,
    citations,
    confidence,
    remediation: inTermsOf(ctx.ruleset, rule.remediation),
    ...(o.status === 'manual' && rule.evidence ? { evidence: rule.evidence.map((e) => inTermsOf(ctx.ruleset, e)) } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    pointer: pointerOf(path),
    ...(o.cause ? { cause: causeOf(o.cause, ctx) } : {}),
  };
}

function causeOf(c: SharedCause, ctx: EmitContext): FindingCause {
  const path = c.path ?? ['spec'];
  return {
    target: c.target,
    message: inTermsOf(ctx.ruleset, c.message, ctx.verbatim),
    ...(c.source ? { location: ctx.locate(c.source, path, 'key'), pointer: pointerOf(path) } : {}),
  };
}

/** Stable order whatever the runners' internal order: target, then rule, then location (code-unit order, no locale). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.target, b.target) ||
    cmp(a.rule, b.rule) ||
    cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    cmp(a.part ?? '', b.part ?? '')
  );
}

/** The information system a finding belongs to: its own field when the rule sets one, else from a `systems/<name>` target. */
export function systemOf(f: Pick<Finding, 'system' | 'target'>): string | undefined {
  if (f.system) return f.system;
  return f.target.startsWith('systems/') ? f.target.slice('systems/'.length).split('/')[0] : undefined;
}
