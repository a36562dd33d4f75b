// The auditor compliance report as data: one pure function from the model and the findings, rendered by the HTML
// and Markdown writers so that both always show the same content.
import type { AddressPlan } from '../addressing/index.js';
import { annexFindings, annexGrid, RULESET_DIFFERENCES, RULESETS, type AnnexSystemGrid, type RulesetDifference } from '../baseline/index.js';
import {
  agencyTitle,
  daysBetween,
  POOL_PURPOSE_LABELS,
  type PoolPurpose,
  provinceHeading,
  EVIDENCE_KINDS,
  EVIDENCE_LABELS,
  msg,
  type EvidenceKind,
  type Finding,
  type FindingConfidence,
  type FindingDomain,
  type FindingSeverity,
  type FindingStatus,
  type Model,
  type System,
  type Text,
} from '../model/index.js';
import { firewallSection, type FirewallSection } from './firewall.js';
import { estateSections, siteOwnershipRow, systemOperator, type EstateSections, type SiteOwnershipRow } from './estate.js';
import { CONFIDENCE_LABELS, CONFIDENCE_MEANINGS, CONFIDENCES, systemOf, weakestConfidence } from '../rules/index.js';
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
  // A temporary risk acceptance with a remediation roadmap (TT 12/2022 Art. 14.9, NĐ 331/2026 Art. 36.10), never an
  // exemption from a requirement: nobody can exempt a system from a decree.
  waived: { vi: 'Chấp nhận rủi ro tạm thời', en: 'Risk accepted (waiver)' },
  manual: { vi: 'Cần kiểm tra thủ công', en: 'Manual check' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
};

/** "3 không đạt" / "3 fail": a count of findings or annex items of one status, as every output writes it. */
export const statusCount = (status: FindingStatus, n: number): Text =>
  msg('count.status', { n, label: { vi: STATUS_LABELS[status].vi.toLowerCase(), en: STATUS_LABELS[status].en.toLowerCase() } });

/** What a temporary risk acceptance is, said once above the register (report and Markdown). */
export const RISK_ACCEPTANCE_NOTE: Text = {
  vi:
    'Chấp nhận rủi ro tạm thời không miễn áp dụng yêu cầu nào: yêu cầu vẫn là chưa đáp ứng; người có thẩm quyền chấp nhận rủi ro còn lại ' +
    'trong một thời hạn, kèm biện pháp bù đắp, và lộ trình hoàn thiện yêu cầu chưa đáp ứng được báo cáo theo khoản 9 Điều 14 Thông tư số ' +
    '12/2022/TT-BTTTT.',
  en:
    'A temporary risk acceptance (waiver) exempts from no requirement: the requirement is still unmet; a competent person accepts the remaining ' +
    'risk for a limited time, with compensating measures, and the roadmap to meet the requirement is reported under Circular 12/2022 Art. 14(9).',
};

/** Severity in words ("Không đạt (cảnh báo)"), defined once with the model's other labels. */
export { SEVERITY_LABELS } from '../model/index.js';

/** The confidence column ("Mức tin cậy") and its one explanation, in the appendix. */
export interface ConfidenceRow {
  readonly confidence: FindingConfidence;
  readonly label: Text;
  readonly meaning: Text;
}

export const CONFIDENCE_ROWS: readonly ConfidenceRow[] = CONFIDENCES.map((c) => ({
  confidence: c,
  label: CONFIDENCE_LABELS[c],
  meaning: CONFIDENCE_MEANINGS[c],
}));

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
  /** How sure the rule is of what it requires; absent for findings that do not say. */
  readonly confidence?: FindingConfidence;
  /** For `due`: the date the requirement applies from. */
  readonly dueDate?: string;
}

/** Results not listed one by one (passes, not applicable): one line per rule with how many findings it gave. */
export interface RuleTally {
  readonly status: 'pass' | 'not-applicable';
  readonly rule: string;
  readonly title?: Text;
  readonly count: number;
}

export interface DomainGroup {
  readonly domain: Domain;
  readonly label: Text;
  readonly counts: StatusCounts;
  readonly findings: readonly FindingRow[];
  /** The passes and not-applicable results, counted per rule. */
  readonly tally: readonly RuleTally[];
}

/** What a failing (or not yet due) finding needs: the fix and the evidence that would close it. */
export interface FailingRow extends FindingRow {
  /** The evidence that would close the finding. */
  readonly closing: readonly Text[];
}

/** The findings that decide one annex row for one system: where each failing one is, and how sure the rules are. */
export interface AnnexRowDetail {
  /** `<rule>: <file>:<line>:<column>` (or the target when the finding has no location), one per failing finding. */
  readonly failing: readonly { readonly rule: string; readonly location: string }[];
  /** The weakest confidence of the row's findings for the system; absent when no rule decided the row. */
  readonly confidence?: FindingConfidence;
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
  /** Failing findings, then those not yet due, with their fix and the evidence that would close them: first in the section. */
  readonly failing: readonly FailingRow[];
  readonly domains: readonly DomainGroup[];
  readonly evidence: readonly EvidenceRow[];
  /** Per annex row id: the failing findings' locations and the row's confidence. */
  readonly annexDetails: Readonly<Record<string, AnnexRowDetail>>;
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
  /** The remediation roadmap: the fix of the findings the acceptance covers (or of its rule), due by the expiry date. */
  readonly remediation?: Text;
  /** Findings the acceptance covers at the as-of date. */
  readonly covers: number;
}

export interface PoolRow {
  readonly name: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly prefix: string;
  readonly purpose: string;
  /** The purpose in words (POOL_PURPOSE_LABELS). */
  readonly purposeLabel: Text;
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
  readonly province: {
    readonly name: string;
    readonly code: string;
    readonly title: string;
    readonly operator?: string;
    /** "Tỉnh Quảng Ngãi" / "Thành phố Đà Nẵng", and the kind alone as a table label. */
    readonly heading: { readonly title: Text; readonly kind: Text };
  };
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
  /** The firewall policy the flow matrix requires, per site and firewall device (what `hatang firewall` writes). */
  readonly firewalls: FirewallSection;
  readonly clauses: readonly ClauseRow[];
  readonly differences: readonly RulesetDifference[];
  /** Every site with its role and who owns it. */
  readonly sites: readonly (SiteOwnershipRow & { readonly role: string })[];
  /** The connections to national systems, the rented services and the agency edge. */
  readonly estate: EstateSections;
  /** The three confidence values, explained once in the appendix. */
  readonly confidences: readonly ConfidenceRow[];
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
    ...(f.confidence ? { confidence: f.confidence } : {}),
    ...(f.status === 'due' && f.dueDate ? { dueDate: f.dueDate } : {}),
  };
}

/** Passes and not-applicable results counted per rule, in rule order. */
function tallyOf(findings: readonly Finding[]): RuleTally[] {
  const out: RuleTally[] = [];
  for (const status of ['pass', 'not-applicable'] as const) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) if (f.status === status) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const rule of [...byRule.keys()].sort(cmp)) {
      const list = byRule.get(rule)!;
      const title = list.find((f) => f.title)?.title;
      out.push({ status, rule, ...(title ? { title } : {}), count: list.length });
    }
  }
  return out;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The evidence that would close a failing finding: its own, else the record its part names, else a corrected model. */
function closingEvidence(f: Finding): Text[] {
  if (f.evidence && f.evidence.length > 0) return [...f.evidence];
  const kind = f.part?.startsWith('evidence/') ? (f.part.slice('evidence/'.length) as EvidenceKind) : undefined;
  if (kind && EVIDENCE_KINDS.includes(kind)) {
    const label = EVIDENCE_LABELS[kind];
    return [
      {
        vi: `${label.vi} còn hiệu lực tại ngày đánh giá (văn bản, ngày ký), được ghi vào mô hình hạ tầng của hệ thống`,
        en: `${label.en} valid at the as-of date (document and date), recorded in the system's infrastructure model`,
      },
    ];
  }
  return [
    {
      vi: 'Mô hình hạ tầng đã sửa theo biện pháp khắc phục, đối chiếu được với hiện trạng, và kết quả kiểm tra lại của quy tắc này là đạt',
      en: 'The infrastructure model corrected as the remediation says, matching the installation, and a re-check of this rule that passes',
    },
  ];
}

/** Failing findings (errors first), then those not yet due (earliest first). */
function failingRows(findings: readonly Finding[]): FailingRow[] {
  const list = findings.filter((f) => f.status === 'fail' || f.status === 'due');
  list.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.dueDate ?? '', b.dueDate ?? '') ||
      cmp(a.rule, b.rule) ||
      cmp(a.target, b.target) ||
      cmp(a.part ?? '', b.part ?? ''),
  );
  return list.map((f) => ({ ...row(f), closing: closingEvidence(f) }));
}

const locationOf = (f: Finding): string => (f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : f.target);

/** Per annex row of a system: the failing findings' locations and the weakest confidence of its deciding findings. */
function annexDetails(grid: AnnexSystemGrid, byRule: ReadonlyMap<string, readonly Finding[]> | undefined): Record<string, AnnexRowDetail> {
  const out: Record<string, AnnexRowDetail> = {};
  for (const r of grid.rows) {
    const found = r.rules.flatMap((rule) => byRule?.get(rule) ?? []).filter((f) => f.status !== 'not-applicable');
    const failing = found.filter((f) => f.status === 'fail').map((f) => ({ rule: f.rule, location: locationOf(f) }));
    const seen = new Set<string>();
    const unique = failing.filter((x) => !seen.has(`${x.rule} ${x.location}`) && seen.add(`${x.rule} ${x.location}`));
    const confidences = found.flatMap((f) => (f.confidence ? [f.confidence] : []));
    out[r.id] = { failing: unique, ...(confidences.length > 0 ? { confidence: weakestConfidence(confidences) } : {}) };
  }
  return out;
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
    return { domain, label: DOMAIN_LABELS[domain], counts: countStatuses(list), findings: list.map(row), tally: tallyOf(list) };
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
    purposeLabel: POOL_PURPOSE_LABELS[pool.purpose as PoolPurpose] ?? { vi: pool.purpose, en: pool.purpose },
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
function systemSection(
  s: System,
  own: readonly Finding[],
  asOf: string,
  annex: AnnexSystemGrid,
  byRule: ReadonlyMap<string, readonly Finding[]> | undefined,
): SystemSection {
  const evidence = evidenceRows(s, asOf);
  const ages = evidence.flatMap((e) => (e.ageDays === undefined ? [] : [e.ageDays]));
  // A manual check of a rule the annex grid shows (part 2, with the evidence to see) is not listed a second time.
  const inGrid = new Set(annex.rows.flatMap((r) => r.rules));
  const byDomain = own.filter((f) => !(f.status === 'manual' && inGrid.has(f.rule)));
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
    failing: failingRows(own),
    domains: groupByDomain(byDomain),
    evidence,
    annexDetails: annexDetails(annex, byRule),
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
export function waiverRow(w: Model['waivers'][number], asOf: string, findings: readonly Finding[]): WaiverRow {
  const daysLeft = daysBetween(asOf, w.expires);
  const covered = findings.filter((f) => f.waiver === w.name && f.status === 'waived');
  const remediation = covered.find((f) => f.remediation)?.remediation ?? findings.find((f) => f.rule === w.rule && f.remediation)?.remediation;
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
    ...(remediation ? { remediation } : {}),
    covers: covered.length,
  };
}

/** Builds the report data; every list is in a fixed order so that the rendered files are byte-identical. */
export function complianceReport(model: Model, findings: readonly Finding[], options: ComplianceOptions): ComplianceReport {
  const { bySystem, infrastructure } = splitBySystem(model, findings);
  // The annex grid reads every finding, also those --baseline hides, so that a hidden failure never turns a row green.
  const gridInput = {
    model,
    findings: options.allFindings ?? findings,
    ruleset: RULESETS.find((r) => r.id === (options.ruleset ?? findings.find((f) => f.ruleset)?.ruleset)),
  };
  const grids = annexGrid(gridInput);
  const deciding = annexFindings(gridInput);
  const systems = model.systems.map((s, i) => {
    const section = systemSection(s, bySystem.get(s.name) ?? [], options.asOf, grids[i]!, deciding.get(s.name));
    // Owner and operator by their titles, never the slugs; an operator may be a provider.
    const operatorTitle = systemOperator(model, s)?.title;
    const operator = operatorTitle ? { operator: operatorTitle } : {};
    return { ...section, owner: agencyTitle(model.agencies, s.owner), ...operator };
  });
  return {
    province: {
      name: model.province.name,
      code: model.province.code,
      title: model.province.title,
      ...(model.province.operator ? { operator: model.province.operator } : {}),
      heading: provinceHeading(model.province),
    },
    inventoryHash: model.hash,
    version: options.version,
    asOf: options.asOf,
    rulesets: [...new Set([...(options.ruleset ? [options.ruleset] : []), ...findings.flatMap((f) => (f.ruleset ? [f.ruleset] : []))])].sort(cmp),
    totals: countStatuses(findings),
    systems,
    infrastructure: groupByDomain(infrastructure),
    waivers: model.waivers.map((w) => waiverRow(w, options.asOf, options.allFindings ?? findings)),
    evidence: systems.flatMap((s) => s.evidence),
    pools: poolRows(options.plan),
    firewalls: firewallSection(model, options.plan),
    clauses: clauseRows(findings),
    differences: RULESET_DIFFERENCES,
    sites: model.sites.map((s) => ({ ...siteOwnershipRow(model, s), role: s.role })),
    estate: estateSections(model, findings),
    confidences: CONFIDENCE_ROWS,
  };
}
