// The security levels and the rule-set ids every rule, citation and finding speaks of (no imports: the bottom of the
// rules core).

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export const RULESET_IDS = ['vn-nd85-tt12-2022', 'vn-nd331-2026'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];
