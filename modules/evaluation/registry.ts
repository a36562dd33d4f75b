// Every rule hatang knows, of every kind: the baseline rules of each rule-set, the address-plan rules and the
// rules of waivers. Waivers, SARIF, JUnit, the report and the catalogue read rule data from here.
import { PLAN_RULES, type PlanRule } from '../addressing/index.js';
import { RULESETS, type Rule, type Ruleset } from '../baseline/index.js';
import { WAIVER_RULES, type RuleMeta } from '../rules/index.js';

/** The rules an evaluation under `ruleset` runs, by kind. */
export interface RulesOfRuleset {
  readonly baseline: readonly Rule[];
  readonly plan: readonly PlanRule[];
  readonly waivers: readonly RuleMeta[];
}

export function rulesOf(ruleset: Ruleset): RulesOfRuleset {
  return { baseline: ruleset.rules, plan: PLAN_RULES, waivers: WAIVER_RULES };
}

/** Every rule of every rule-set and kind, once, by id. */
export const ALL_RULES: ReadonlyMap<string, RuleMeta> = new Map(
  [...RULESETS.flatMap((r) => r.rules), ...PLAN_RULES, ...WAIVER_RULES].map((r) => [r.id, r as RuleMeta]),
);

/** Rule-sets a rule belongs to (address-plan and waiver rules: all of them). */
export function rulesetsOf(id: string): readonly string[] {
  const inSets = RULESETS.filter((r) => r.rules.some((x) => x.id === id)).map((r) => r.id);
  return inSets.length > 0 ? inSets : RULESETS.map((r) => r.id);
}

/** The ids a waiver may name. */
export const ALL_RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.keys());
