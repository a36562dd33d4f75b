// Runs a rule-set over the model: applicability by level and criterion, manual findings, locations, fingerprints.
import { createHash } from 'node:crypto';
import { isValidDate, text, todayUtc, type Finding, type FindingParameter, type Locate, type Model, type Site, type System, type Zone, type ZoneKind } from '../model/index.js';
import { parameterValue, type ParameterName, type ParameterOverrides } from './parameters.js';
import { clausesFor, type Level, type ModelContext, type ModelIndex, type Outcome, type Rule, type SystemContext } from './rule.js';
import { RULESETS, type Ruleset } from './rulesets.js';
import { compareCodeUnits as cmp } from '../model/index.js';

/** The day NĐ 331/2026/NĐ-CP came into force (regulations.md §0). */
export const ND331_IN_FORCE = '2026-08-19';

export interface BaselineOptions {
  /** YYYY-MM-DD; default: today (UTC). */
  readonly asOf?: string;
  /** Rule-set id; default: the one in force at `asOf`. */
  readonly ruleset?: string;
  readonly parameters?: ParameterOverrides;
}

export interface BaselineSelection {
  readonly ruleset: Ruleset;
  readonly asOf: string;
  /** `option` when given by --ruleset, `as-of` when chosen by the date. */
  readonly chosenBy: 'option' | 'as-of';
}

/** A rule threw: the run fails closed (exit 2) instead of passing with the rule's findings missing. */
export class BaselineEngineError extends Error {
  constructor(readonly rule: string, error: unknown) {
    super(`rule ${rule} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A bad --ruleset, --as-of or --param: the command line is invalid (exit 2). */
export class BaselineOptionError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}

/** Picks the rule-set: the explicit one, or the one in force at the as-of date. */
export function selectRuleset(options: BaselineOptions = {}): BaselineSelection {
  const asOf = options.asOf ?? todayUtc();
  if (!isValidDate(asOf)) {
    throw new BaselineOptionError(text(`--as-of "${asOf}" không phải ngày dạng YYYY-MM-DD.`, `--as-of "${asOf}" is not a date of the form YYYY-MM-DD.`));
  }
  if (options.ruleset !== undefined) {
    const ruleset = RULESETS.find((r) => r.id === options.ruleset);
    if (!ruleset) {
      const ids = RULESETS.map((r) => r.id).join(', ');
      throw new BaselineOptionError(text(`Bộ quy tắc "${options.ruleset}" không tồn tại; có: ${ids}.`, `Rule-set "${options.ruleset}" does not exist; expected one of: ${ids}.`));
    }
    return { ruleset, asOf, chosenBy: 'option' };
  }
  const inForce = [...RULESETS].filter((r) => r.inForceFrom <= asOf).sort((a, b) => (a.inForceFrom < b.inForceFrom ? 1 : -1))[0] ?? RULESETS[0]!;
  return { ruleset: inForce, asOf, chosenBy: 'as-of' };
}

/** Every rule id of every rule-set (waivers may name any of them). */
export function knownRuleIds(): Set<string> {
  return new Set(RULESETS.flatMap((r) => r.rules.map((rule) => rule.id)));
}

export function fingerprint(rule: string, target: string, ruleset: string, part?: string): string {
  return createHash('sha256').update([rule, target, part ?? '', ruleset].join('\n')).digest('hex').slice(0, 32);
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
    return [...names].sort(cmp).map((n) => site.get(n)!).filter(Boolean);
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

function guard<T>(rule: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw new BaselineEngineError(rule, error);
  }
}

export interface BaselineInput {
  readonly model: Model;
  readonly locate: Locate;
}

/** Findings of one rule-set for the model, unsorted and without waivers (see waivers.ts). */
export function runBaseline(input: BaselineInput, selection: BaselineSelection, overrides: ParameterOverrides = {}): Finding[] {
  const { model, locate } = input;
  const { ruleset, asOf } = selection;
  const index = buildIndex(model);
  const base: ModelContext = {
    model,
    index,
    ruleset: { id: ruleset.id, title: ruleset.title, inForceFrom: ruleset.inForceFrom },
    asOf,
    param: (name: ParameterName, level = 3) => parameterValue(name, ruleset.id, level, overrides),
  };
  const findings: Finding[] = [];
  const emit = (rule: Rule, o: Outcome, defaults: { target: string; system?: string; level?: number; source: System['source'] }) => {
    const target = o.target ?? defaults.target;
    const level = o.level ?? defaults.level;
    const system = o.system ?? defaults.system;
    const source = o.source ?? defaults.source;
    const path = o.path ?? ['spec'];
    const params: FindingParameter[] = (rule.parameters ?? []).map((p) => {
      const v = base.param(p, level ?? 3);
      return { name: v.name, value: v.value, unit: v.unit, verified: v.verified };
    });
    const unverified = rule.confidence === 'unverified' || params.some((p) => !p.verified);
    findings.push({
      rule: rule.id,
      severity: o.severity ?? rule.severity,
      status: o.status,
      target,
      message: o.message,
      location: locate(source, path, 'key'),
      reference: clausesFor(rule, ruleset.id).join('; '),
      fingerprint: fingerprint(rule.id, target, ruleset.id, o.part),
      ruleset: ruleset.id,
      title: rule.title,
      ...(system !== undefined ? { system } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(o.part !== undefined ? { part: o.part } : {}),
      clauses: clausesFor(rule, ruleset.id),
      confidence: unverified ? 'unverified' : 'verified',
      remediation: rule.remediation,
      ...(o.status === 'manual' && rule.evidence ? { evidence: rule.evidence } : {}),
      ...(params.length > 0 ? { parameters: params } : {}),
      pointer: '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
    });
  };

  for (const rule of ruleset.rules) {
    if (rule.scope === 'model') {
      for (const o of guard(rule.id, () => rule.check(base))) emit(rule, o, { target: 'province', source: model.province.source });
      continue;
    }
    for (const system of model.systems) {
      const level = index.levelOf(system);
      const ctx: SystemContext = { ...base, system, level };
      const defaults = { target: `systems/${system.name}`, system: system.name, level, source: system.source };
      if (!rule.levels.includes(level)) {
        emit(rule, { status: 'not-applicable', message: text(`Không áp dụng ở cấp độ ${level}.`, `Not required at level ${level}.`), path: ['spec', 'level'] }, defaults);
        continue;
      }
      if (rule.appliesTo && !rule.appliesTo.test(ctx)) {
        const c = rule.appliesTo.text;
        emit(rule, { status: 'not-applicable', message: text(`Không áp dụng: chỉ cho ${c.vi}.`, `Not applicable: only for ${c.en}.`), path: ['spec', 'criterion'] }, defaults);
        continue;
      }
      if (!rule.check) {
        const list = rule.evidence ?? [];
        emit(rule, {
          status: 'manual',
          message: text(
            `Cần kiểm tra thủ công: ${list.map((e) => e.vi).join('; ') || rule.title.vi}.`,
            `Needs a manual check: ${list.map((e) => e.en).join('; ') || rule.title.en}.`,
          ),
        }, defaults);
        continue;
      }
      const check = rule.check;
      const outcomes = guard(rule.id, () => check(ctx));
      if (outcomes.length === 0) {
        emit(rule, { status: 'pass', message: text(`Đạt ở cấp độ ${level}.`, `Met at level ${level}.`) }, defaults);
      }
      for (const o of outcomes) emit(rule, o, defaults);
    }
  }
  return findings;
}
