// Runs a rule-set over the model: applicability by level and criterion, manual findings, locations, fingerprints.
import { text, type Finding, type Locate, type Model, type Site, type System, type Zone, type ZoneKind } from '../model/index.js';
import { findingOf, guard, type EmitContext, type OutcomeDefaults } from '../rules/index.js';
import { parameterValue, type ParameterName, type ParameterOverrides } from './parameters.js';
import type { Level, ModelContext, ModelIndex, Rule, SystemContext, SystemRule } from './rule.js';
import type { Ruleset } from './rulesets.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export interface BaselineSelection {
  readonly ruleset: Ruleset;
  readonly asOf: string;
  /** `option` when given by --ruleset, `as-of` when chosen by the date. */
  readonly chosenBy: 'option' | 'as-of';
}

export function buildIndex(model: Model): ModelIndex {
  const zone = new Map(model.zones.map((z) => [z.name, z]));
  const site = new Map(model.sites.map((s) => [s.name, s]));
  const group = <T extends { site: string }>(list: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.site, [...(m.get(x.site) ?? []), x]);
    return m;
  };
  const zonesBySite = group(model.zones);
  const devicesBySite = group(model.devices);
  const levelOf = (s: System): Level => {
    let level: number = s.level;
    for (const c of s.components) {
      if (c.level !== undefined && c.level > level) level = c.level;
    }
    return level as Level;
  };
  const zoneLevels = new Map<string, number>();
  for (const s of model.systems) {
    const l = levelOf(s);
    for (const c of s.components) zoneLevels.set(c.zone, Math.max(zoneLevels.get(c.zone) ?? 0, l));
  }
  const sitesOf = (s: System): Site[] => {
    const names = new Set(s.components.map((c) => zone.get(c.zone)?.site).filter((n): n is string => n !== undefined));
    return [...names]
      .sort(cmp)
      .map((n) => site.get(n)!)
      .filter(Boolean);
  };
  // A site carries the level of every system placed there, backed up or recovered there.
  const siteLevels = new Map<string, number>();
  for (const s of model.systems) {
    const l = levelOf(s);
    const names = [...sitesOf(s).map((x) => x.name), s.dr?.site, s.backup?.site].filter((n): n is string => n !== undefined);
    for (const n of names) siteLevels.set(n, Math.max(siteLevels.get(n) ?? 0, l));
  }
  return {
    zone,
    site,
    siteLevel: (n) => siteLevels.get(n) ?? 0,
    zonesBySite,
    devicesBySite,
    sitesOf,
    levelOf,
    zoneLevel: (z) => zoneLevels.get(z) ?? 0,
    hasZoneKind: (s: string, kind: ZoneKind) => (zonesBySite.get(s) ?? []).some((z: Zone) => z.zoneKind === kind),
  };
}

export interface BaselineInput {
  readonly model: Model;
  readonly locate: Locate;
}

/** Findings of one rule-set for the model, unsorted and without waivers (applied over every rule's findings later). */
export function runBaseline(input: BaselineInput, selection: Pick<BaselineSelection, 'ruleset' | 'asOf'>, overrides: ParameterOverrides = {}): Finding[] {
  const { model, locate } = input;
  const { ruleset, asOf } = selection;
  const base: ModelContext = {
    model,
    index: buildIndex(model),
    ruleset: { id: ruleset.id, title: ruleset.title, inForceFrom: ruleset.inForceFrom },
    asOf,
    param: (name: ParameterName, level = 3) => parameterValue(name, ruleset.id, level, overrides),
  };
  const emit: EmitContext = {
    ruleset: ruleset.id,
    locate,
    parameters: (rule, level) =>
      ((rule as Rule).parameters ?? []).map((p) => {
        const v = base.param(p, level);
        return { name: v.name, value: v.value, unit: v.unit, verified: v.verified };
      }),
  };
  const findings: Finding[] = [];
  for (const rule of ruleset.rules) {
    if (rule.scope === 'model') {
      const defaults = { target: 'province', source: model.province.source };
      for (const o of guard(rule.id, () => rule.check(base))) findings.push(findingOf(rule, o, defaults, emit));
      continue;
    }
    for (const system of model.systems) findings.push(...runSystemRule(rule, { ...base, system, level: base.index.levelOf(system) }, emit));
  }
  return findings;
}

/** One system rule for one system: not applicable by level or condition, manual, pass, or its failures. */
function runSystemRule(rule: SystemRule, ctx: SystemContext, emit: EmitContext): Finding[] {
  const { system, level } = ctx;
  const defaults: OutcomeDefaults = { target: `systems/${system.name}`, system: system.name, level, source: system.source };
  const one = (o: Parameters<typeof findingOf>[1]) => [findingOf(rule, o, defaults, emit)];
  if (!rule.levels.includes(level)) {
    return one({ status: 'not-applicable', message: text(`Không áp dụng ở cấp độ ${level}.`, `Not required at level ${level}.`), path: ['spec', 'level'] });
  }
  if (rule.appliesTo && !rule.appliesTo.test(ctx)) {
    const c = rule.appliesTo.text;
    return one({
      status: 'not-applicable',
      message: text(`Không áp dụng: chỉ cho ${c.vi}.`, `Not applicable: only for ${c.en}.`),
      path: ['spec', 'criterion'],
    });
  }
  if (!rule.check) {
    const list = rule.evidence ?? [];
    return one({
      status: 'manual',
      message: text(
        `Cần kiểm tra thủ công: ${list.map((e) => e.vi).join('; ') || rule.title.vi}.`,
        `Needs a manual check: ${list.map((e) => e.en).join('; ') || rule.title.en}.`,
      ),
    });
  }
  const check = rule.check;
  const outcomes = guard(rule.id, () => check(ctx));
  if (outcomes.length === 0) return one({ status: 'pass', message: text(`Đạt ở cấp độ ${level}.`, `Met at level ${level}.`) });
  return outcomes.map((o) => findingOf(rule, o, defaults, emit));
}
