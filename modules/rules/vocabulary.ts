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

/** The Vietnamese of a text in the terms of the rule-set (English is left as is). */
export function inTermsOf(ruleset: RulesetId, t: Text): Text {
  if (ruleset !== 'vn-nd331-2026') return t;
  let vi = t.vi;
  for (const [from, to] of ND331_TERMS) vi = vi.replace(from, to);
  return vi === t.vi ? t : { vi, en: t.en };
}
