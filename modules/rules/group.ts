// One finding per shared cause: a site without a time server fails LOG-NTP-01 for every system placed there, one
// finding each; the outputs that list findings (text, JSON, SARIF, JUnit, summary) show that cause once, naming the
// systems. Per-system views (the annex grid, the compliance report, metrics) keep reading the findings one per system.
import { compareCodeUnits as cmp, text, type Finding, type FindingCitation, type FindingConfidence } from '../model/index.js';
import { renderCitations, weakestConfidence } from './citation.js';
import { compareFindings } from './finding.js';

/**
 * The key findings must share to be one: only findings whose rule marked a shared cause (`Outcome.cause`) have one.
 * Same rule and rule-set, same status and severity, same cause (target and the words stating it, which name no
 * system), same waiver and due date, same parameter values. Never guessed from message text.
 */
export function sharedCauseKey(f: Finding): string | undefined {
  if (!f.cause || (f.system === undefined && !f.target.startsWith('systems/'))) return undefined;
  const { cause } = f;
  return JSON.stringify([
    f.rule,
    f.ruleset ?? '',
    f.status,
    f.severity,
    cause.target,
    cause.message.vi,
    cause.message.en,
    f.waiver ?? '',
    f.dueDate ?? '',
    f.parameters ?? [],
  ]);
}

const systemName = (f: Finding): string => f.system ?? f.target.slice('systems/'.length);

/** Citations of every member, each once, in first-seen order (systems at different levels cite different TCVN clauses). */
function unionCitations(members: readonly Finding[]): FindingCitation[] {
  const seen = new Set<string>();
  const out: FindingCitation[] = [];
  for (const c of members.flatMap((m) => m.citations ?? [])) {
    const key = JSON.stringify([c.doc, c.article, c.clause, c.point, c.annex, c.item]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** The one finding standing for `members` (two systems or more, one shared cause). */
function merged(members: readonly Finding[], systems: readonly string[]): Finding {
  const first = members[0]!;
  const cause = first.cause!;
  const { system: _system, level: _level, part: _part, ...rest } = first;
  const citations = unionCitations(members);
  const clauses = citations.length ? renderCitations(citations, 'vi') : [...new Set(members.flatMap((m) => m.clauses ?? []))];
  const confidences = members.map((m) => m.confidence).filter((c): c is FindingConfidence => c !== undefined);
  const list = systems.join(', ');
  return {
    ...rest,
    target: cause.target,
    message: text(`${cause.message.vi} Các hệ thống bị ảnh hưởng: ${list}.`, `${cause.message.en} Systems affected: ${list}.`),
    ...(cause.location ? { location: cause.location } : {}),
    ...(cause.pointer ? { pointer: cause.pointer } : {}),
    ...(clauses.length ? { clauses, reference: clauses.join('; ') } : {}),
    ...(citations.length ? { citations } : {}),
    ...(confidences.length ? { confidence: weakestConfidence(confidences) } : {}),
    systems,
  };
}

/**
 * Merges the findings that share one cause (`sharedCauseKey`) into one finding: target the cause's object, located at
 * its declaration, `systems` the affected systems (sorted), fingerprint the cause's (`causeFingerprint`, already on
 * every member). A cause affecting one system only stays that system's finding. Pure; returns the stable order.
 */
export function groupSharedCauses(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = sharedCauseKey(f);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const members of groups.values()) {
    const systems = [...new Set(members.map(systemName))].sort(cmp);
    if (systems.length < 2) continue;
    members.forEach((m, i) => replaced.set(m, i === 0 ? merged(members, systems) : null));
  }
  if (replaced.size === 0) return [...findings];
  return findings.flatMap((f) => (replaced.has(f) ? (replaced.get(f) ?? []) : [f])).sort(compareFindings);
}
