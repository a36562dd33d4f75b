// From a loaded model and its findings to metric samples: pure, deterministic, sorted.
import type { AddressPlan } from '../addressing/index.js';
import { achievableRpo, drSiteOf } from '../dr/index.js';
import type { Evaluation } from '../evaluation/index.js';
import { daysBetween, EVIDENCE_KINDS, type Model, type System } from '../model/index.js';
import { parsePrefixStrict, type Prefix } from '../net/index.js';
import { systemOf } from '../rules/index.js';
import { METRIC_DEFINITIONS } from './definitions.js';
import { collectEstate } from './estate.js';
import { evidenceDueDate } from './evidence.js';

export interface Sample {
  /** Label values in the order of the metric's `labels`. */
  readonly labels: readonly string[];
  readonly value: number;
}

/** Samples per metric name; every metric of METRIC_DEFINITIONS that is not serve-only has an entry (maybe empty). */
export type MetricSamples = ReadonlyMap<string, readonly Sample[]>;

/** Use of one address pool, as an addressing plan reports it. */
export interface PoolUsage {
  readonly pool: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly size: number;
  readonly used: number;
}

export interface CollectInput {
  /** The evaluation: model, findings, rule-set and date, address plan. */
  readonly evaluation: Pick<Evaluation, 'model' | 'findings' | 'selection' | 'plan'>;
  readonly version: string;
}

const DAY_SECONDS = 86_400;

export function collectMetrics(input: CollectInput): MetricSamples {
  const { model, selection } = input.evaluation;
  const { asOf } = selection;
  const out = new Map<string, Sample[]>();
  for (const def of METRIC_DEFINITIONS) if (!def.serveOnly) out.set(def.name, []);
  const add = (name: string, labels: readonly string[], value: number) => {
    const list = out.get(name);
    if (!list) throw new Error(`metric ${name} is not defined`);
    list.push({ labels, value });
  };

  add('hatang_build_info', [input.version], 1);
  add('hatang_inventory_info', [model.province.name, model.province.code, selection.ruleset.id, model.hash.replace(/^sha256:/, '').slice(0, 16)], 1);
  add('hatang_evaluation_timestamp_seconds', [], Date.parse(`${asOf}T00:00:00Z`) / 1000);
  const objects: [string, number][] = [
    ['Agency', model.agencies.length],
    ['Cluster', model.clusters.length],
    ['Device', model.devices.length],
    ['Flow', model.flows.length],
    ['Province', 1],
    ['Site', model.sites.length],
    ['System', model.systems.length],
    ['Waiver', model.waivers.length],
    ['Zone', model.zones.length],
  ];
  for (const [kind, count] of objects) add('hatang_inventory_objects', [kind], count);

  const systems = new Map(model.systems.map((s) => [s.name, s]));
  for (const level of [1, 2, 3, 4, 5]) add('hatang_systems', [String(level)], model.systems.filter((s) => s.level === level).length);
  for (const s of model.systems) {
    add('hatang_system_info', [s.name, String(s.level), s.owner, s.criterion, s.dr?.mode ?? 'none'], 1);
    for (const kind of EVIDENCE_KINDS) {
      const item = s.evidence[kind];
      if (!item) continue;
      add('hatang_evidence_age_seconds', [s.name, kind], daysBetween(item.date, asOf) * DAY_SECONDS);
      const due = evidenceDueDate(input.evaluation, s, kind);
      if (due) add('hatang_evidence_expires_in_seconds', [s.name, kind], daysBetween(asOf, due) * DAY_SECONDS);
    }
    if (s.rpoMinutes !== undefined) add('hatang_system_rpo_target_seconds', [s.name], s.rpoMinutes * 60);
    const achievable = achievableRpoMinutes(s, model);
    if (achievable !== undefined) add('hatang_system_rpo_achievable_seconds', [s.name], Math.round(achievable * 60));
    add('hatang_system_dr_ready', [s.name], drReady(input.evaluation, s) ? 1 : 0);
  }

  const findingCounts = new Map<string, { labels: string[]; count: number }>();
  for (const f of input.evaluation.findings) {
    const system = systemOf(f);
    const level = f.level ?? (system ? systems.get(system)?.level : undefined);
    const labels = [f.rule, f.severity, f.status, system ?? '', level === undefined ? '' : String(level)];
    const key = labels.join('\u0000');
    const entry = findingCounts.get(key);
    if (entry) entry.count++;
    else findingCounts.set(key, { labels, count: 1 });
  }
  for (const { labels, count } of findingCounts.values()) add('hatang_findings', labels, count);

  for (const w of model.waivers) add('hatang_waiver_expires_in_seconds', [w.name, w.rule], daysBetween(asOf, w.expires) * DAY_SECONDS);

  const usage = new Map(poolUse(input.evaluation.plan).map((u) => [`${u.pool}\u0000${u.family}`, u]));
  for (const pool of model.province.addressPools) {
    const u = usage.get(`${pool.name}\u0000${pool.family}`);
    const size = u?.size ?? prefixSize(parsePrefixStrict(pool.prefix, pool.family));
    const used = Math.min(u?.used ?? 0, size);
    add('hatang_address_pool_size_addresses', [pool.name, pool.family, pool.purpose], size);
    add('hatang_address_pool_used_addresses', [pool.name, pool.family], used);
    add('hatang_address_pool_free_addresses', [pool.name, pool.family], size - used);
    add('hatang_address_pool_utilisation_ratio', [pool.name, pool.family], size > 0 ? used / size : 0);
  }

  collectEstate(model, add);

  for (const list of out.values()) list.sort(compareSamples);
  return out;
}

/** Achievable RPO from modules/dr; undefined when the inventory lacks the figures to tell (no method or no data size). */
export function achievableRpoMinutes(s: System, model: Model): number | undefined {
  const estimate = achievableRpo(model, s);
  return estimate.basis === 'unknown' ? undefined : estimate.minutes;
}

/**
 * A DR site to recover at, an achievable RPO within the stated target (finite when none is stated), and a DR drill
 * not yet due again (the drill interval the baseline rules read, `drDrillIntervalMonths`).
 */
export function drReady(evaluation: Pick<Evaluation, 'model' | 'selection'>, s: System): boolean {
  const { model, selection } = evaluation;
  if (!drSiteOf(model, s)) return false;
  const achievable = achievableRpoMinutes(s, model);
  if (achievable === undefined || !Number.isFinite(achievable)) return false;
  if (s.rpoMinutes !== undefined && achievable > s.rpoMinutes) return false;
  const due = evidenceDueDate(evaluation, s, 'drDrill');
  return due !== undefined && selection.asOf <= due;
}

/** Pool use from the address plan (IPAM style: a pool counts the space of its child prefixes). */
function poolUse(plan: AddressPlan): PoolUsage[] {
  return plan.pools.map((p) => ({ pool: p.name, family: p.family, size: Number(p.total), used: Number(p.used) }));
}

function prefixSize(parsed: { ok: true; prefix: Prefix } | { ok: false }): number {
  return parsed.ok ? 2 ** ((parsed.prefix.family === 'ipv4' ? 32 : 128) - parsed.prefix.length) : 0;
}

function compareSamples(a: Sample, b: Sample): number {
  for (let i = 0; i < a.labels.length; i++) {
    const x = a.labels[i] as string;
    const y = b.labels[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
