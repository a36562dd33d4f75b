// Runs a rule-set over the model: applicability by level and criterion, manual findings, locations, fingerprints.
import { text, viDate, type Finding, type Locate, type Model, type Site, type System, type Zone, type ZoneKind } from '../model/index.js';
import { findingOf, guard, verbatimTexts, type EmitContext, type Outcome, type OutcomeDefaults } from '../rules/index.js';
import { parameterValue, type ParameterName, type ParameterOverrides } from './parameters.js';
import type { Level, ModelContext, ModelIndex, Placement, Rule, SystemContext, SystemRule } from './rule.js';
import type { Ruleset } from './rulesets.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export interface BaselineSelection {
  readonly ruleset: Ruleset;
  readonly asOf: string;
  /** `option` when given by --ruleset, `as-of` when chosen by the date. */
  readonly chosenBy: 'option' | 'as-of';
}

const groupBySite = <T extends { site: string }>(list: readonly T[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(x.site, [...(m.get(x.site) ?? []), x]);
  return m;
};

const effectiveLevel = (s: System): Level => {
  let level: number = s.level;
  for (const c of s.components) {
    if (c.level !== undefined && c.level > level) level = c.level;
  }
  return level as Level;
};

/**
 * Where each system runs: the sites of its components (primary), then its DR site unless the DR mode is `none`.
 * At the DR site a component takes the first zone (in name order) of its primary zone's kind.
 */
function placementsOf(s: System, zone: ReadonlyMap<string, Zone>, site: ReadonlyMap<string, Site>, zonesBySite: ReadonlyMap<string, Zone[]>): Placement[] {
  const primary = [...new Set(s.components.map((c) => zone.get(c.zone)?.site).filter((n): n is string => n !== undefined))].sort(cmp);
  const out: Placement[] = primary
    .filter((n) => site.has(n))
    .map((n) => ({
      site: site.get(n)!,
      role: 'primary' as const,
      components: s.components.flatMap((component, index) => {
        const z = zone.get(component.zone);
        return z?.site === n ? [{ component, index, zone: z }] : [];
      }),
    }));
  const dr = s.dr;
  if (dr && dr.mode !== 'none' && dr.site && site.has(dr.site) && !primary.includes(dr.site)) {
    const zones = [...(zonesBySite.get(dr.site) ?? [])].sort((a, b) => cmp(a.name, b.name));
    const components = s.components.map((component, index) => {
      const kind = zone.get(component.zone)?.zoneKind;
      const there = zones.find((z) => z.zoneKind === kind);
      return there ? { component, index, zone: there } : { component, index };
    });
    out.push({ site: site.get(dr.site)!, role: 'dr', drMode: dr.mode, components });
  }
  return out;
}

export function buildIndex(model: Model): ModelIndex {
  const zone = new Map(model.zones.map((z) => [z.name, z]));
  const site = new Map(model.sites.map((s) => [s.name, s]));
  const zonesBySite = groupBySite(model.zones);
  const devicesBySite = groupBySite(model.devices);
  const placements = new Map(model.systems.map((s) => [s, placementsOf(s, zone, site, zonesBySite)]));
  const placed = (s: System): Placement[] => placements.get(s) ?? placementsOf(s, zone, site, zonesBySite);
  // A zone carries the level of every system running in it; a site that of every system placed, backed up or recovered there.
  const zoneLevels = new Map<string, number>();
  const siteLevels = new Map<string, number>();
  const raise = (m: Map<string, number>, k: string, l: number) => m.set(k, Math.max(m.get(k) ?? 0, l));
  for (const s of model.systems) {
    const l = effectiveLevel(s);
    for (const p of placed(s)) for (const c of p.components) if (c.zone) raise(zoneLevels, c.zone.name, l);
    for (const n of [...placed(s).map((p) => p.site.name), s.dr?.site, s.backup?.site]) if (n !== undefined) raise(siteLevels, n, l);
  }
  return {
    zone,
    site,
    siteLevel: (n) => siteLevels.get(n) ?? 0,
    zonesBySite,
    devicesBySite,
    sitesOf: (s) => placed(s).map((p) => p.site),
    placementsOf: placed,
    levelOf: effectiveLevel,
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
    ruleset: { id: ruleset.id, title: ruleset.title, inForceFrom: ruleset.inForceFrom, ...(ruleset.transition ? { transition: ruleset.transition } : {}) },
    asOf,
    param: (name: ParameterName, level = 3) => parameterValue(name, ruleset.id, level, overrides),
  };
  const emit: EmitContext = {
    ruleset: ruleset.id,
    locate,
    verbatim: verbatimTexts(model),
    parameters: (rule, level) =>
      ((rule as Rule).parameters ?? []).map((p) => {
        const v = base.param(p, level);
        return { name: v.name, value: v.value, unit: v.unit, verified: v.verified, confidence: v.confidence };
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
  if (rule.appliesTo && !rule.appliesTo.test(ctx) && rule.plan) {
    const { plan } = rule;
    return one({
      status: 'manual',
      message: text(
        `Cấp độ ${level} cần ${plan.text.vi}; sản phẩm chuyên dụng chỉ bắt buộc cho ${rule.appliesTo.text.vi}. Cần kiểm tra: ${plan.evidence.map((e) => e.vi).join('; ')}.`,
        `Level ${level} needs ${plan.text.en}; the dedicated product is required only for ${rule.appliesTo.text.en}. To check: ${plan.evidence.map((e) => e.en).join('; ')}.`,
      ),
      path: ['spec', 'criterion'],
    });
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
  return outcomes.map((o) => findingOf(rule, duringTransition(rule, ctx, o), defaults, emit));
}

/** A failing outcome of a new requirement, for a system that existed before the transition began: `due` until its end. */
function duringTransition(rule: SystemRule, ctx: SystemContext, o: Outcome): Outcome {
  const t = ctx.ruleset.transition;
  if (o.status !== 'fail' || !t || !t.rules.includes(rule.id) || ctx.asOf >= t.until) return o;
  const { system } = ctx;
  const existed = [system.inOperationSince, system.evidence.levelApproval?.date].some((d) => d !== undefined && d < t.existingBefore);
  if (!existed) return o;
  const [since, until] = [viDate(t.existingBefore), viDate(t.until)];
  const { cause } = o;
  return {
    ...o,
    status: 'due',
    dueDate: t.until,
    message: text(
      `${o.message.vi} Hệ thống đã có trước ngày ${since} nên theo khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP phải đáp ứng từ ngày ${until}.`,
      `${o.message.en} The system existed before ${t.existingBefore}, so under Decree 331/2026 Art. 39(1) this applies from ${t.until}.`,
    ),
    // The shared cause's words say it for every system of its group (all existed before the transition began).
    ...(cause
      ? {
          cause: {
            ...cause,
            message: text(
              `${cause.message.vi} Các hệ thống bị ảnh hưởng đã có trước ngày ${since} nên theo khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP phải đáp ứng từ ngày ${until}.`,
              `${cause.message.en} The systems affected existed before ${t.existingBefore}, so under Decree 331/2026 Art. 39(1) this applies from ${t.until}.`,
            ),
          },
        }
      : {}),
  };
}
