// The auditor compliance report as data: one pure function from the model and the findings, rendered by the HTML
// and Markdown writers so that both always show the same content.
import type { AddressPlan } from '../addressing/index.js';
import { annexGrid, RULESET_DIFFERENCES, RULESETS, type AnnexSystemGrid, type RulesetDifference } from '../baseline/index.js';
import {
  daysBetween,
  EVIDENCE_KINDS,
  EVIDENCE_LABELS,
  type EvidenceKind,
  type Finding,
  type FindingDomain,
  type FindingStatus,
  type Model,
  type System,
  type Text,
} from '../model/index.js';
import { systemOf } from '../rules/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export const STATUSES: readonly FindingStatus[] = ['fail', 'due', 'pass', 'waived', 'manual', 'not-applicable'];

export type StatusCounts = Record<FindingStatus, number>;

export type Domain = FindingDomain;

/** Domain order in every section. */
export const DOMAINS: readonly Domain[] = ['network', 'host', 'application', 'data', 'operations', 'management', 'inventory'];

export const DOMAIN_LABELS: Record<Domain, Text> = {
  network: { vi: 'An toàn mạng', en: 'Network security' },
  host: { vi: 'An toàn máy chủ', en: 'Host security' },
  application: { vi: 'An toàn ứng dụng', en: 'Application security' },
  data: { vi: 'An toàn dữ liệu', en: 'Data security' },
  operations: { vi: 'Vận hành, giám sát, dự phòng', en: 'Operations, monitoring, recovery' },
  management: { vi: 'Quản lý', en: 'Management' },
  inventory: { vi: 'Mô hình hạ tầng', en: 'Infrastructure model' },
};

/** The report section of a finding: its rule's declared domain (findings of the model's own checks: inventory). */
export const domainOf = (f: Pick<Finding, 'domain'>): Domain => f.domain ?? 'inventory';

export const STATUS_LABELS: Record<FindingStatus, Text> = {
  fail: { vi: 'Không đạt', en: 'Fail' },
  due: { vi: 'Chưa đến hạn', en: 'Due later' },
  pass: { vi: 'Đạt', en: 'Pass' },
  waived: { vi: 'Miễn trừ', en: 'Waived' },
  manual: { vi: 'Cần kiểm tra thủ công', en: 'Manual check' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
};

export interface FindingRow {
  readonly rule: string;
  readonly title?: Text;
  readonly severity: Finding['severity'];
  readonly status: FindingStatus;
  readonly target: string;
  readonly part?: string;
  readonly message: Text;
  readonly clauses: readonly string[];
  readonly location?: string;
  readonly remediation?: Text;
  readonly evidence: readonly Text[];
  readonly waiver?: string;
  readonly unverified: boolean;
}

export interface DomainGroup {
  readonly domain: Domain;
  readonly label: Text;
  readonly counts: StatusCounts;
  readonly findings: readonly FindingRow[];
}

export interface EvidenceRow {
  readonly system: string;
  readonly kind: EvidenceKind;
  readonly label: Text;
  readonly date?: string;
  /** Whole days between the evidence and the as-of date; absent when missing. */
  readonly ageDays?: number;
  readonly reference?: string;
  readonly by?: string;
}

export interface SystemSection {
  readonly name: string;
  readonly anchor: string;
  readonly title: Text;
  readonly level: number;
  readonly criterion: string;
  readonly criterionNote?: string;
  readonly owner: string;
  readonly operator?: string;
  readonly citizenFacing: boolean;
  readonly counts: StatusCounts;
  readonly evidencePresent: number;
  readonly oldestEvidenceDays?: number;
  readonly domains: readonly DomainGroup[];
  readonly evidence: readonly EvidenceRow[];
  /** The rows of the TT 12/2022 annex of the system's level with their status (modules/baseline/annex-grid.ts). */
  readonly annex: AnnexSystemGrid;
}

export interface WaiverRow {
  readonly name: string;
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
  readonly approver: string;
  readonly approvedOn?: string;
  readonly expires: string;
  readonly reference?: string;
  readonly expired: boolean;
  /** Days from the as-of date to the expiry date (negative once expired). */
  readonly daysLeft: number;
  readonly location: string;
}

export interface PoolRow {
  readonly name: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly prefix: string;
  readonly purpose: string;
  readonly routingDomain: string;
  /** Child prefixes directly inside the pool (zones, agencies, clusters, nested pools). */
  readonly assigned: number;
  /** Share of the pool's addresses in those prefixes, 0..1. */
  readonly utilisation: number;
  /** The first free blocks, in address order. */
  readonly free: readonly string[];
  readonly freeCount: number;
}

export interface ClauseRow {
  readonly rule: string;
  readonly title?: Text;
  readonly domain: Domain;
  readonly clauses: readonly string[];
  readonly rulesets: readonly string[];
  readonly counts: StatusCounts;
}

export type { RulesetDifference } from '../baseline/index.js';

export interface ComplianceReport {
  readonly province: { readonly name: string; readonly code: string; readonly title: string; readonly operator?: string };
  readonly inventoryHash: string;
  readonly version: string;
  readonly asOf: string;
  readonly rulesets: readonly string[];
  readonly totals: StatusCounts;
  readonly systems: readonly SystemSection[];
  /** Findings not tied to one information system (shared infrastructure, address plan). */
  readonly infrastructure: readonly DomainGroup[];
  readonly waivers: readonly WaiverRow[];
  readonly evidence: readonly EvidenceRow[];
  readonly pools: readonly PoolRow[];
  readonly clauses: readonly ClauseRow[];
  readonly differences: readonly RulesetDifference[];
  readonly sites: readonly { readonly name: string; readonly title: string; readonly role: string }[];
}

export interface ComplianceOptions {
  /** Date ages and waiver expiry are computed at (YYYY-MM-DD). */
  readonly asOf: string;
  readonly version: string;
  /** Rule-set the checks ran under, when the caller knows it; otherwise taken from the findings. */
  readonly ruleset?: string;
  /** The address plan of the evaluation (made with the inventory's lock file). */
  readonly plan: AddressPlan;
  /** Every finding of the evaluation, also those --baseline hides: the annex grid reads them. Absent: the findings shown. */
  readonly allFindings?: readonly Finding[];
}

export const zeroCounts = (): StatusCounts => ({ fail: 0, due: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 });

function countStatuses(findings: readonly { readonly status: FindingStatus }[]): StatusCounts {
  const counts = zeroCounts();
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** Anchor id of a system section; names are DNS-like (no underscore), so `<anchor>_<domain>` ids never collide. */
export const systemAnchor = (name: string): string => `system-${name}`;

const STATUS_ORDER: Record<FindingStatus, number> = { fail: 0, due: 1, waived: 2, manual: 3, pass: 4, 'not-applicable': 5 };

function row(f: Finding): FindingRow {
  return {
    rule: f.rule,
    ...(f.title ? { title: f.title } : {}),
    severity: f.severity,
    status: f.status,
    target: f.target,
    ...(f.part ? { part: f.part } : {}),
    message: f.message,
    clauses: f.clauses && f.clauses.length > 0 ? f.clauses : f.reference ? [f.reference] : [],
    ...(f.location ? { location: `${f.location.file}:${f.location.line}:${f.location.column}` } : {}),
    ...(f.remediation ? { remediation: f.remediation } : {}),
    evidence: f.evidence ?? [],
    ...(f.waiver ? { waiver: f.waiver } : {}),
    unverified: f.confidence === 'unverified',
  };
}

/** Groups findings by catalogue domain: failing first within each group, then by rule and target. */
export function groupByDomain(findings: readonly Finding[]): DomainGroup[] {
  const groups = new Map<Domain, Finding[]>();
  for (const f of findings) {
    const domain = domainOf(f);
    const list = groups.get(domain);
    if (list) list.push(f);
    else groups.set(domain, [f]);
  }
  return DOMAINS.filter((d) => groups.has(d)).map((domain) => {
    const list = [...(groups.get(domain) ?? [])].sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || cmp(a.rule, b.rule) || cmp(a.target, b.target) || cmp(a.part ?? '', b.part ?? ''),
    );
    return { domain, label: DOMAIN_LABELS[domain], counts: countStatuses(list), findings: list.map(row) };
  });
}

export function evidenceRows(system: System, asOf: string): EvidenceRow[] {
  return EVIDENCE_KINDS.map((kind) => {
    const item = system.evidence[kind];
    return {
      system: system.name,
      kind,
      label: EVIDENCE_LABELS[kind],
      ...(item ? { date: item.date, ageDays: daysBetween(item.date, asOf) } : {}),
      ...(item?.reference ? { reference: item.reference } : {}),
      ...(item?.by ? { by: item.by } : {}),
    };
  });
}

/** Pools with their utilisation from the address plan (explicit prefixes, and requests as the allocator places them). */
function poolRows(plan: AddressPlan): PoolRow[] {
  return plan.pools.map((pool) => ({
    name: pool.name,
    family: pool.family,
    prefix: pool.prefix,
    purpose: pool.purpose,
    routingDomain: pool.routingDomain,
    assigned: pool.children,
    utilisation: Math.round(pool.percent * 100) / 10_000,
    free: pool.free.slice(0, 3),
    freeCount: pool.freeCount,
  }));
}

/** Splits the findings into those of each information system (by name) and those of shared infrastructure. */
function splitBySystem(model: Model, findings: readonly Finding[]): { bySystem: Map<string, Finding[]>; infrastructure: Finding[] } {
  const bySystem = new Map<string, Finding[]>();
  const infrastructure: Finding[] = [];
  const systemNames = new Set(model.systems.map((s) => s.name));
  for (const f of findings) {
    const name = systemOf(f);
    if (name && systemNames.has(name)) {
      const list = bySystem.get(name);
      if (list) list.push(f);
      else bySystem.set(name, [f]);
    } else infrastructure.push(f);
  }
  return { bySystem, infrastructure };
}

/** The report section of one information system, from its own findings and its evidence. */
function systemSection(s: System, own: readonly Finding[], asOf: string, annex: AnnexSystemGrid): SystemSection {
  const evidence = evidenceRows(s, asOf);
  const ages = evidence.flatMap((e) => (e.ageDays === undefined ? [] : [e.ageDays]));
  return {
    name: s.name,
    anchor: systemAnchor(s.name),
    title: { vi: s.title, en: s.titleEn ?? s.title },
    level: s.level,
    criterion: s.criterion,
    ...(s.criterionNote ? { criterionNote: s.criterionNote } : {}),
    owner: s.owner,
    ...(s.operator ? { operator: s.operator } : {}),
    citizenFacing: s.citizenFacing,
    counts: countStatuses(own),
    evidencePresent: ages.length,
    ...(ages.length > 0 ? { oldestEvidenceDays: Math.max(...ages) } : {}),
    domains: groupByDomain(own),
    evidence,
    annex,
  };
}

/** One row per rule (sorted): its clauses, rule-sets and status counts over all findings. */
function clauseRows(findings: readonly Finding[]): ClauseRow[] {
  const clauseMap = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = clauseMap.get(f.rule);
    if (list) list.push(f);
    else clauseMap.set(f.rule, [f]);
  }
  return [...clauseMap.keys()].sort(cmp).map((rule): ClauseRow => {
    const list = clauseMap.get(rule) ?? [];
    const clauseSet = new Set<string>();
    for (const f of list) for (const c of row(f).clauses) clauseSet.add(c);
    const title = list.find((f) => f.title)?.title;
    return {
      rule,
      ...(title ? { title } : {}),
      domain: domainOf(list[0]!),
      clauses: [...clauseSet].sort(cmp),
      rulesets: [...new Set(list.flatMap((f) => (f.ruleset ? [f.ruleset] : [])))].sort(cmp),
      counts: countStatuses(list),
    };
  });
}

/** One waiver with its days left at the as-of date. */
function waiverRow(w: Model['waivers'][number], asOf: string): WaiverRow {
  const daysLeft = daysBetween(asOf, w.expires);
  return {
    name: w.name,
    rule: w.rule,
    target: w.target,
    reason: w.reason,
    approver: w.approver,
    ...(w.approvedOn ? { approvedOn: w.approvedOn } : {}),
    expires: w.expires,
    ...(w.reference ? { reference: w.reference } : {}),
    // The expiry date itself is still covered (inclusive).
    expired: daysLeft < 0,
    daysLeft,
    location: `${w.source.file}:${w.source.line}:${w.source.column}`,
  };
}

/** Builds the report data; every list is in a fixed order so that the rendered files are byte-identical. */
export function complianceReport(model: Model, findings: readonly Finding[], options: ComplianceOptions): ComplianceReport {
  const { bySystem, infrastructure } = splitBySystem(model, findings);
  // The annex grid reads every finding, also those --baseline hides, so that a hidden failure never turns a row green.
  const grids = annexGrid({
    model,
    findings: options.allFindings ?? findings,
    ruleset: RULESETS.find((r) => r.id === (options.ruleset ?? findings.find((f) => f.ruleset)?.ruleset)),
  });
  const systems = model.systems.map((s, i) => systemSection(s, bySystem.get(s.name) ?? [], options.asOf, grids[i]!));
  return {
    province: {
      name: model.province.name,
      code: model.province.code,
      title: model.province.title,
      ...(model.province.operator ? { operator: model.province.operator } : {}),
    },
    inventoryHash: model.hash,
    version: options.version,
    asOf: options.asOf,
    rulesets: [...new Set([...(options.ruleset ? [options.ruleset] : []), ...findings.flatMap((f) => (f.ruleset ? [f.ruleset] : []))])].sort(cmp),
    totals: countStatuses(findings),
    systems,
    infrastructure: groupByDomain(infrastructure),
    waivers: model.waivers.map((w) => waiverRow(w, options.asOf)),
    evidence: systems.flatMap((s) => s.evidence),
    pools: poolRows(options.plan),
    clauses: clauseRows(findings),
    differences: RULESET_DIFFERENCES,
    sites: model.sites.map((s) => ({ name: s.name, title: s.title, role: s.role })),
  };
}
