// Shared steps of the rules that read a system's dated evidence: how an item is described in a message, and the
// plain "the record exists" check. Each rule file still declares all of its own data and wording.
import { EVIDENCE_LABELS, text, viDate, type EvidenceItem, type EvidenceKind, type FindingSeverity, type Text } from '../model/index.js';
import type { Outcome, SystemContext } from './rule.js';

/** "ngày 20/05/2024, 812/QĐ-UBND, Ủy ban nhân dân tỉnh" — the date, then the reference and the signer when recorded. */
export function describeEvidence(e: EvidenceItem): Text {
  const vi = [`ngày ${viDate(e.date)}`, ...(e.reference ? [e.reference] : []), ...(e.by ? [e.by] : [])];
  const en = [`dated ${e.date}`, ...(e.reference ? [e.reference] : []), ...(e.by ? [`by ${e.by}`] : [])];
  return text(vi.join(', '), en.join(', '));
}

/** The recorded item of `kind`, or why it does not count at the evaluation date (absent, or dated after it). */
export function evidenceAt(ctx: SystemContext, kind: EvidenceKind): { readonly item?: EvidenceItem; readonly problem?: Outcome['message'] } {
  const item = ctx.system.evidence[kind];
  if (!item) return {};
  if (item.date <= ctx.asOf) return { item };
  const label = EVIDENCE_LABELS[kind];
  return {
    problem: text(
      `${label.vi} ghi ngày ${viDate(item.date)}, sau ngày đánh giá ${viDate(ctx.asOf)}: chưa có giá trị tại ngày đánh giá.`,
      `${label.en} is dated ${item.date}, after the evaluation date ${ctx.asOf}: it does not count yet.`,
    ),
  };
}

/**
 * Pass when the system records the evidence of `kind` dated on or before the evaluation date (the message names it and
 * adds `note`), else one failing outcome saying `missing` (with `severity` when the rule's own is not meant).
 */
export function requireEvidence(ctx: SystemContext, kind: EvidenceKind, missing: Text, note?: Text, severity?: FindingSeverity): Outcome[] {
  const { item, problem } = evidenceAt(ctx, kind);
  const sev = severity ? { severity } : {};
  if (problem) return [{ status: 'fail', ...sev, message: problem, path: ['spec', 'evidence', kind, 'date'] }];
  if (!item) return [{ status: 'fail', ...sev, message: missing, path: ['spec', 'evidence'] }];
  const label = EVIDENCE_LABELS[kind];
  const d = describeEvidence(item);
  const tail = note ? text(` ${note.vi}`, ` ${note.en}`) : text('', '');
  return [{ status: 'pass', message: text(`Có ${lower(label.vi)} (${d.vi}).${tail.vi}`, `${label.en} on record (${d.en}).${tail.en}`) }];
}

/** A label inside a sentence: its first letter in lower case, unless the label starts with an abbreviation. */
function lower(s: string): string {
  return /^[A-ZĐ]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
