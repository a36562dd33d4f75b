// Waivers over every provider's findings: a valid waiver turns a failing finding into `waived` (still listed);
// expired, unknown-rule and unused waivers are findings of their own. Also gives every finding a fingerprint.
import { text, type Finding, type Locate, type Model, type Waiver } from '../model/index.js';
import { fingerprint, knownRuleIds, type BaselineSelection } from './engine.js';
import { clausesFor, type ModelRule } from './rule.js';

const meta = (id: string, title: { vi: string; en: string }, severity: ModelRule['severity'], remediation: { vi: string; en: string }): ModelRule => ({
  id,
  title,
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity,
  clauses: [{ text: 'hatang: waivers are accepted exceptions with approver and expiry (docs/inventory.md §3.9); not a clause of the regulations' }],
  confidence: 'verified',
  remediation,
  scope: 'model',
  // Decided in applyWaivers, after every provider has run.
  check: () => [],
});

export const WAIVER_EXPIRED = meta(
  'WAIVER-EXPIRED-01',
  text('Miễn trừ đã hết hạn', 'Waiver has expired'),
  'error',
  text('Khắc phục phát hiện, hoặc gia hạn miễn trừ bằng quyết định mới (cập nhật expires, approvedOn, reference).', 'Fix the finding, or renew the waiver with a new decision (update expires, approvedOn, reference).'),
);
export const WAIVER_UNKNOWN_RULE = meta(
  'WAIVER-RULE-01',
  text('Miễn trừ cho quy tắc không tồn tại', 'Waiver names an unknown rule'),
  'warning',
  text('Sửa mã quy tắc theo docs/rules.md, hoặc xóa miễn trừ.', 'Correct the rule id (see docs/rules.md), or remove the waiver.'),
);
export const WAIVER_UNUSED = meta(
  'WAIVER-UNUSED-01',
  text('Miễn trừ không dùng đến', 'Waiver is not used'),
  'warning',
  text('Không có phát hiện không đạt nào cho quy tắc và đối tượng này: xóa miễn trừ khi không còn cần.', 'No failing finding matches this rule and target: remove the waiver once it is no longer needed.'),
);
export const WAIVER_RULES: readonly ModelRule[] = [WAIVER_EXPIRED, WAIVER_UNKNOWN_RULE, WAIVER_UNUSED];

const normaliseTarget = (t: string) => (t.startsWith('province/') ? 'province' : t);

export function applyWaivers(findings: readonly Finding[], input: { model: Model; locate: Locate }, selection: BaselineSelection): Finding[] {
  const { model, locate } = input;
  const { asOf, ruleset } = selection;
  const known = knownRuleIds();
  for (const f of findings) known.add(f.rule);
  const byKey = new Map<string, Waiver>();
  const out: Finding[] = [];
  const extra: Finding[] = [];
  const metaFinding = (rule: ModelRule, w: Waiver, message: { vi: string; en: string }, path: string[]): Finding => ({
    rule: rule.id,
    severity: rule.severity,
    status: 'fail',
    target: `waivers/${w.name}`,
    message,
    location: locate(w.source, path, 'key'),
    reference: clausesFor(rule, ruleset.id).join('; '),
    fingerprint: fingerprint(rule.id, `waivers/${w.name}`, ruleset.id),
    ruleset: ruleset.id,
    title: rule.title,
    clauses: clausesFor(rule, ruleset.id),
    confidence: 'verified',
    remediation: rule.remediation,
    waiver: w.name,
    pointer: '/' + path.join('/'),
  });
  for (const w of model.waivers) {
    if (!known.has(w.rule)) {
      extra.push(metaFinding(WAIVER_UNKNOWN_RULE, w, text(`Quy tắc "${w.rule}" không có trong bộ quy tắc nào.`, `Rule "${w.rule}" is not in any rule-set.`), ['spec', 'rule']));
      continue;
    }
    if (w.expires < asOf) {
      extra.push(metaFinding(WAIVER_EXPIRED, w, text(`Miễn trừ ${w.rule} cho ${w.target} hết hạn ngày ${w.expires} (ngày đánh giá ${asOf}).`, `Waiver of ${w.rule} for ${w.target} expired on ${w.expires} (as of ${asOf}).`), ['spec', 'expires']));
      continue;
    }
    byKey.set(`${w.rule}\n${normaliseTarget(w.target)}`, w);
  }
  const used = new Set<string>();
  // Other providers may report one rule several times for a target without a part: the pointer, then the
  // order of appearance (deterministic for the same inventory) tell them apart.
  const seen = new Map<string, number>();
  for (const f of findings) {
    let withPrint = f;
    if (!f.fingerprint) {
      const part = f.part ?? f.pointer;
      const key = `${f.rule}\n${f.target}\n${part ?? ''}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const p = n === 1 ? part : `${part ?? ''}#${n}`;
      withPrint = { ...f, fingerprint: fingerprint(f.rule, f.target, ruleset.id, p), ruleset: f.ruleset ?? ruleset.id };
    }
    const w = f.status === 'fail' ? byKey.get(`${f.rule}\n${f.target}`) : undefined;
    if (w) {
      used.add(w.name);
      out.push({ ...withPrint, status: 'waived', waiver: w.name });
    } else {
      out.push(withPrint);
    }
  }
  for (const w of byKey.values()) {
    if (!used.has(w.name)) {
      extra.push(metaFinding(WAIVER_UNUSED, w, text(`Không có phát hiện không đạt ${w.rule} cho ${w.target}.`, `No failing ${w.rule} finding for ${w.target}.`), ['spec', 'target']));
    }
  }
  return [...out, ...extra];
}
