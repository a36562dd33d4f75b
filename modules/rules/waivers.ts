// Waivers over every rule's findings: a valid waiver turns a failing finding into `waived` (still listed);
// expired, unknown-rule and unused waivers are findings of their own, from the rules declared here.
import { text, viDate, type Finding, type Locate, type Model, type Waiver } from '../model/index.js';
import { findingOf } from './finding.js';
import type { RuleMeta, RulesetId } from './rule.js';
import { verbatimTexts } from './vocabulary.js';

const meta = (id: string, title: { vi: string; en: string }, severity: RuleMeta['severity'], remediation: { vi: string; en: string }): RuleMeta => ({
  id,
  title,
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity,
  clauses: [{ doc: 'hatang-waivers' }],
  confidence: 'practice',
  confidenceNote: text(
    'Cơ chế chấp nhận rủi ro tạm thời (có người phê duyệt và thời hạn) của hatang, không phải yêu cầu của văn bản quy phạm pháp luật.',
    "The toolkit's temporary risk acceptance (with an approver and an expiry date), not a requirement of a legal text.",
  ),
  remediation,
});

export const WAIVER_EXPIRED = meta(
  'WAIVER-EXPIRED-01',
  text('Chấp nhận rủi ro tạm thời đã hết hạn', 'Waiver has expired'),
  'error',
  text(
    'Khắc phục phát hiện, hoặc gia hạn việc chấp nhận rủi ro tạm thời bằng quyết định mới (cập nhật ngày hết hạn `expires`, ngày phê duyệt `approvedOn`, số văn bản `reference`).',
    'Fix the finding, or renew the waiver with a new decision (update `expires`, `approvedOn`, `reference`).',
  ),
);
export const WAIVER_UNKNOWN_RULE = meta(
  'WAIVER-RULE-01',
  text('Chấp nhận rủi ro tạm thời cho quy tắc không tồn tại', 'Waiver names an unknown rule'),
  'warning',
  text(
    'Sửa mã quy tắc theo danh mục quy tắc (`docs/rules.md`), hoặc xóa việc chấp nhận rủi ro tạm thời này.',
    'Correct the rule id (see `docs/rules.md`), or remove the waiver.',
  ),
);
export const WAIVER_UNUSED = meta(
  'WAIVER-UNUSED-01',
  text('Chấp nhận rủi ro tạm thời không còn dùng đến', 'Waiver is not used'),
  'warning',
  text(
    'Không có phát hiện không đạt nào cho quy tắc và đối tượng này: xóa việc chấp nhận rủi ro tạm thời khi không còn cần.',
    'No failing finding matches this rule and target: remove the waiver once it is no longer needed.',
  ),
);
/** The rules of waivers themselves, decided in applyWaivers after every other rule has run. */
export const WAIVER_RULES: readonly RuleMeta[] = [WAIVER_EXPIRED, WAIVER_UNKNOWN_RULE, WAIVER_UNUSED];

const normaliseTarget = (t: string) => (t.startsWith('province/') ? 'province' : t);

export interface WaiverContext {
  readonly model: Model;
  readonly locate: Locate;
  readonly asOf: string;
  readonly ruleset: RulesetId;
  /** Every rule id a waiver may name (all rule-sets, every kind of rule). */
  readonly knownRules: ReadonlySet<string>;
}

/** Waivers that apply (known rule, not expired) by rule and target, and the findings about the others. */
function sortWaivers(ctx: WaiverContext): { byKey: Map<string, Waiver>; extra: Finding[] } {
  const byKey = new Map<string, Waiver>();
  const extra: Finding[] = [];
  for (const w of ctx.model.waivers) {
    if (!ctx.knownRules.has(w.rule)) {
      extra.push(
        waiverFinding(ctx, WAIVER_UNKNOWN_RULE, w, text(`Quy tắc "${w.rule}" không có trong bộ quy tắc nào.`, `Rule "${w.rule}" is not in any rule-set.`), [
          'spec',
          'rule',
        ]),
      );
    } else if (w.expires < ctx.asOf) {
      extra.push(
        waiverFinding(
          ctx,
          WAIVER_EXPIRED,
          w,
          text(
            `Chấp nhận rủi ro tạm thời đối với ${w.rule} cho ${w.target} hết hạn ngày ${viDate(w.expires)} (ngày đánh giá ${viDate(ctx.asOf)}).`,
            `Waiver of ${w.rule} for ${w.target} expired on ${w.expires} (as of ${ctx.asOf}).`,
          ),
          ['spec', 'expires'],
        ),
      );
    } else {
      byKey.set(`${w.rule}\n${normaliseTarget(w.target)}`, w);
    }
  }
  return { byKey, extra };
}

function waiverFinding(ctx: WaiverContext, rule: RuleMeta, w: Waiver, message: { vi: string; en: string }, path: string[]): Finding {
  return {
    ...findingOf(
      rule,
      { status: 'fail', message, target: `waivers/${w.name}`, source: w.source, path },
      { target: `waivers/${w.name}`, source: w.source },
      { ...ctx, verbatim: verbatimTexts(ctx.model) },
    ),
    waiver: w.name,
  };
}

export function applyWaivers(findings: readonly Finding[], ctx: WaiverContext): Finding[] {
  const { byKey, extra } = sortWaivers(ctx);
  const used = new Set<string>();
  const out = findings.map((f) => {
    const w = f.status === 'fail' ? byKey.get(`${f.rule}\n${f.target}`) : undefined;
    if (!w) return f;
    used.add(w.name);
    return { ...f, status: 'waived' as const, waiver: w.name };
  });
  for (const w of byKey.values()) {
    if (!used.has(w.name)) {
      extra.push(
        waiverFinding(ctx, WAIVER_UNUSED, w, text(`Không có phát hiện không đạt ${w.rule} cho ${w.target}.`, `No failing ${w.rule} finding for ${w.target}.`), [
          'spec',
          'target',
        ]),
      );
    }
  }
  return [...out, ...extra];
}
