// The words of each rule-set. NĐ 331/2026/NĐ-CP implements the Cybersecurity Law 116/2025/QH15 and speaks of
// "an ninh mạng" (cybersecurity) where NĐ 85/2016/NĐ-CP and TT 12/2022/TT-BTTTT speak of "an toàn thông tin"
// (information security); everything printed under NĐ 331 uses its terms. Applied once, to each finding's text.
import type { Text } from '../model/index.js';
import type { RulesetId } from './ids.js';

/** Longest phrase first, so that "an toàn thông tin mạng" is not half-replaced. Case kept for the first letter. */
const ND331_TERMS: readonly (readonly [RegExp, string])[] = [
  [/an toàn thông tin mạng/g, 'an ninh mạng'],
  [/An toàn thông tin mạng/g, 'An ninh mạng'],
  [/an toàn thông tin/g, 'an ninh mạng'],
  [/An toàn thông tin/g, 'An ninh mạng'],
  [/\bATTT\b/g, 'an ninh mạng'],
];

const ANY_TERM = /an toàn thông tin|\bATTT\b/i;

/**
 * The Vietnamese of a text in the terms of the rule-set (English is left as is). Words quoted from the inventory
 * (`verbatim`: a provider's registered name, a document's title) are the author's and stay as written.
 */
export function inTermsOf(ruleset: RulesetId, t: Text, verbatim: () => readonly string[] = () => []): Text {
  if (ruleset !== 'vn-nd331-2026' || !ANY_TERM.test(t.vi)) return t;
  const kept: string[] = [];
  let vi = t.vi;
  for (const v of verbatim()) {
    if (!vi.includes(v)) continue;
    vi = vi.split(v).join(`\u0000${kept.length}\u0000`);
    kept.push(v);
  }
  for (const [from, to] of ND331_TERMS) vi = vi.replace(from, to);
  vi = vi.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
  return vi === t.vi ? t : { vi, en: t.en };
}

/** Every text of the inventory that holds a term the rule-set renames, longest first; computed once, when first asked. */
export function verbatimTexts(model: object): () => readonly string[] {
  let found: string[] | undefined;
  return () => (found ??= collect(model));
}

function collect(root: unknown): string[] {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (ANY_TERM.test(v)) out.add(v);
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
