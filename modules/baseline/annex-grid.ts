// The annex grid: for each information system, at its effective level, every row of its TT 12/2022 annex with a
// status drawn from the findings of the rules that check the row. Pure: the model, the findings (waivers applied)
// and the rule-set in, the grid out; the report, the JSON output and the tests read the same data.
//
// Which findings count for a system:
// - a finding that names a system (its `system` field or a `systems/<name>` target, see `systemOf`) counts for that
//   system only;
// - a model-wide finding without a system (about a flow, a device, a zone, a site or a cluster) counts for every
//   system that runs, is recovered or keeps its backups at a site the finding is about: the device's, zone's or
//   cluster's site, the site itself, or the sites of a flow's zone and site endpoints. A flow that declares the
//   system it serves counts for that system only. Findings about the province, agencies or waivers count for none.
// A row's status is the worst of its findings: fail, then due (not yet in force, with the earliest due date), then
// waived, then manual, then pass. A row whose rules gave no pass, fail, due, waived or manual finding for the system
// (none ran, or all were not applicable) is a manual check with the row's evidence: the annex of the level requires
// it, so it is never left out and never "not applicable". A row marked `manual.always` is never better than manual.
import type { Cluster, Device, Finding, FindingStatus, Flow, Model, System, Text } from '../model/index.js';
import { ANNEX_OF_LEVEL, systemOf, type Citation } from '../rules/index.js';
import { annexRowsOf, citationsAt, type AnnexGroup, type AnnexKind, type AnnexPart, type AnnexRow } from './annex.js';
import { buildIndex } from './engine.js';
import type { Level, ModelIndex } from './rule.js';
import type { Ruleset } from './rulesets.js';

export type AnnexStatus = 'fail' | 'due' | 'waived' | 'manual' | 'pass';

/** From worst to best. */
export const ANNEX_STATUSES: readonly AnnexStatus[] = ['fail', 'due', 'waived', 'manual', 'pass'];

export type FindingCounts = Readonly<Record<FindingStatus, number>>;

export interface AnnexGridRow {
  readonly id: string;
  /** The item's number in the annex of the system's level. */
  readonly item: string;
  readonly part: AnnexPart;
  readonly group: AnnexGroup;
  readonly kind: AnnexKind;
  readonly title: Text;
  /** What the annex of this level says where it differs from the title (the product and its condition). */
  readonly requirement?: Text;
  readonly status: AnnexStatus;
  /** For `due`: the earliest date from which one of the row's findings applies. */
  readonly dueDate?: string;
  /** The row's rules in the rule-set in use. */
  readonly rules: readonly string[];
  /** The annex item of this level and its TCVN 11930:2017 clause. */
  readonly citations: readonly Citation[];
  /** The row's findings for the system, by status (passes are counted, never listed). */
  readonly counts: FindingCounts;
  /** What an auditor must see, for a `manual` row: the row's evidence, then the manual findings' own. */
  readonly evidence: readonly Text[];
}

export interface AnnexSystemGrid {
  readonly system: string;
  /** The system's effective level. */
  readonly level: Level;
  /** Roman numeral of the annex of that level. */
  readonly annex: string;
  readonly rows: readonly AnnexGridRow[];
  /** Rows per status. */
  readonly counts: Readonly<Record<AnnexStatus, number>>;
}

export interface AnnexGridInput {
  readonly model: Model;
  /** Every finding of the evaluation, waivers applied. */
  readonly findings: readonly Finding[];
  /** The rule-set in use: a row lists only its rules in it. Absent: every rule the row names. */
  readonly ruleset?: Pick<Ruleset, 'rules'> | undefined;
}

const zero = (): Record<FindingStatus, number> => ({ fail: 0, due: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 });

/** Lookups for placing model-wide findings, built once per grid. */
interface Places {
  readonly index: ModelIndex;
  readonly device: ReadonlyMap<string, Device>;
  readonly cluster: ReadonlyMap<string, Cluster>;
  readonly flow: ReadonlyMap<string, Flow>;
  /** Systems that run, are recovered or keep their backups at each site. */
  readonly bySite: ReadonlyMap<string, readonly string[]>;
}

function places(model: Model, index: ModelIndex): Places {
  const bySite = new Map<string, string[]>();
  for (const s of model.systems) {
    for (const site of sitesOfSystem(s, index)) {
      const list = bySite.get(site);
      if (list) list.push(s.name);
      else bySite.set(site, [s.name]);
    }
  }
  const byName = <T extends { readonly name: string }>(list: readonly T[]) => new Map(list.map((x) => [x.name, x]));
  return { index, device: byName(model.devices), cluster: byName(model.clusters), flow: byName(model.flows), bySite };
}

/** Names of the systems a model-wide finding without a system is about (see the header). */
function concernedSystems(f: Finding, p: Places): readonly string[] {
  const slash = f.target.indexOf('/');
  const kind = f.target.slice(0, slash);
  const name = f.target.slice(slash + 1);
  let sites: (string | undefined)[] = [];
  if (kind === 'sites') sites = [name];
  else if (kind === 'zones') sites = [p.index.zone.get(name)?.site];
  else if (kind === 'devices') sites = [p.device.get(name)?.site];
  else if (kind === 'clusters') sites = [p.cluster.get(name)?.site];
  else if (kind === 'flows') {
    const flow = p.flow.get(name);
    if (flow?.system) return [flow.system];
    sites = [flow?.from, flow?.to].map((e) => (e?.type === 'zone' ? p.index.zone.get(e.zone)?.site : e?.type === 'site' ? e.site : undefined));
  }
  return [...new Set(sites.flatMap((s) => (s === undefined ? [] : (p.bySite.get(s) ?? []))))];
}

/** Sites where a system runs (its components' sites, its DR site), is recovered or keeps its backups. */
function sitesOfSystem(s: System, index: ModelIndex): string[] {
  const dr = s.dr && s.dr.mode !== 'none' ? [s.dr.site] : [];
  return [...new Set([...index.sitesOf(s).map((x) => x.name), ...dr, s.backup?.site])].filter((n): n is string => n !== undefined);
}

/** The findings of each system, by rule. */
function findingsBySystem(input: AnnexGridInput, index: ModelIndex): Map<string, Map<string, Finding[]>> {
  const { model } = input;
  const where = places(model, index);
  const out = new Map<string, Map<string, Finding[]>>(model.systems.map((s) => [s.name, new Map()]));
  for (const f of input.findings) {
    const own = systemOf(f);
    const names = own !== undefined ? [own] : concernedSystems(f, where);
    for (const n of names) {
      const byRule = out.get(n);
      const list = byRule?.get(f.rule);
      if (list) list.push(f);
      else byRule?.set(f.rule, [f]);
    }
  }
  return out;
}

/** The evidence of a manual row: the row's own, then what the manual findings ask for, each once. */
function evidenceOf(row: AnnexRow, findings: readonly Finding[]): Text[] {
  const seen = new Set<string>();
  const out: Text[] = [];
  for (const e of [...(row.manual?.evidence ?? []), ...findings.filter((f) => f.status === 'manual').flatMap((f) => f.evidence ?? [])]) {
    if (seen.has(e.vi)) continue;
    seen.add(e.vi);
    out.push(e);
  }
  if (out.length === 0)
    out.push({ vi: `Hồ sơ chứng minh đáp ứng yêu cầu: ${row.title.vi}`, en: `Records showing that the requirement is met: ${row.title.en}` });
  return out;
}

/** The status of a row from its findings for the system (see the header). */
function statusOf(row: AnnexRow, counts: FindingCounts): AnnexStatus {
  if (counts.fail > 0) return 'fail';
  if (counts.due > 0) return 'due';
  if (counts.waived > 0) return 'waived';
  if (counts.manual > 0 || counts.pass === 0 || row.manual?.always) return 'manual';
  return 'pass';
}

function gridRow(row: AnnexRow, level: Level, rules: readonly string[], byRule: ReadonlyMap<string, readonly Finding[]>): AnnexGridRow {
  const findings = rules.flatMap((r) => byRule.get(r) ?? []);
  const counts = zero();
  for (const f of findings) counts[f.status] += 1;
  const status = statusOf(row, counts);
  const due = findings.flatMap((f) => (f.status === 'due' && f.dueDate ? [f.dueDate] : [])).sort();
  const requirement = row.perLevel?.[level];
  return {
    id: row.id,
    item: row.items[level] ?? row.id,
    part: row.part,
    group: row.group,
    kind: row.kind,
    title: row.title,
    ...(requirement ? { requirement } : {}),
    status,
    ...(status === 'due' && due.length > 0 ? { dueDate: due[0]! } : {}),
    rules,
    citations: citationsAt(row, level),
    counts,
    evidence: status === 'manual' ? evidenceOf(row, findings) : [],
  };
}

/** The findings each system's rows read, by system and rule (see the header): for outputs that show which findings decide a row. */
export function annexFindings(input: AnnexGridInput): ReadonlyMap<string, ReadonlyMap<string, readonly Finding[]>> {
  return findingsBySystem(input, buildIndex(input.model));
}

/** The annex grid of every information system of the model, in the model's order. */
export function annexGrid(input: AnnexGridInput): AnnexSystemGrid[] {
  const index = buildIndex(input.model);
  const inRuleset = input.ruleset ? new Set(input.ruleset.rules.map((r) => r.id)) : undefined;
  const bySystem = findingsBySystem(input, index);
  return input.model.systems.map((s) => {
    const level = index.levelOf(s);
    const byRule = bySystem.get(s.name) ?? new Map<string, Finding[]>();
    const rows = annexRowsOf(level).map((row) => gridRow(row, level, inRuleset ? row.rules.filter((r) => inRuleset.has(r)) : row.rules, byRule));
    const counts: Record<AnnexStatus, number> = { fail: 0, due: 0, waived: 0, manual: 0, pass: 0 };
    for (const r of rows) counts[r.status] += 1;
    return { system: s.name, level, annex: ANNEX_OF_LEVEL[level], rows, counts };
  });
}
