// Runs the address-plan rules over a plan context; findings carry each rule's declared data.
import type { Finding } from '../model/index.js';
import { findingOf, guard, type EmitContext } from '../rules/index.js';
import type { PlanContext, PlanRule } from './rule.js';

/** Findings of the plan rules, unsorted and without waivers (applied over every rule's findings later). */
export function runPlanRules(rules: readonly PlanRule[], ctx: PlanContext, emit: EmitContext): Finding[] {
  const defaults = { target: 'province', source: ctx.model.province.source };
  return rules.flatMap((rule) => guard(rule.id, () => rule.check(ctx)).map((o) => findingOf(rule, o, defaults, emit)));
}
