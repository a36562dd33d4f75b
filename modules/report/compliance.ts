// The auditor compliance report as data: one pure function from the model and the findings, rendered by the HTML
// and Markdown writers so that both always show the same content.
import { planAddresses, type AddressPlan } from '../addressing/index.js';
import { daysBetween, type EvidenceKind, type Finding, type FindingStatus, type Model, type System, type Text } from '../model/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export const STATUSES: readonly FindingStatus[] = ['fail', 'pass', 'waived', 'manual', 'not-applicable'];

export type StatusCounts = Record<FindingStatus, number>;

export type Domain = 'network' | 'host' | 'application' | 'data' | 'operations' | 'management' | 'inventory';

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

// Domains of the catalogue rules whose prefix alone does not tell (regulations.md §2).
const RULE_DOMAINS: Readonly<Record<string, Domain>> = {
  'NET-WAF-01': 'application',
  'NET-MAIL-01': 'application',
  'AVL-DR-01': 'operations',
  'AVL-DR-03': 'operations',
  'DB-FW-01': 'data',
  'LOG-SRV-01': 'host',
  'LOG-APP-01': 'application',
  'MON-DLP-01': 'data',
};
const PREFIX_DOMAINS: Readonly<Record<string, Domain>> = {
  NET: 'network', AVL: 'network', DB: 'data', HOST: 'host', LOG: 'operations', MON: 'operations', DATA: 'data',
  APP: 'application', OPS: 'operations', GOV: 'management',
};

/** The catalogue domain of a rule id; rules outside the catalogue (address plan, model checks) are `inventory`. */
export function ruleDomain(rule: string): Domain {
  return RULE_DOMAINS[rule] ?? PREFIX_DOMAINS[rule.split('-')[0] ?? ''] ?? 'inventory';
}

export const STATUS_LABELS: Record<FindingStatus, Text> = {
  fail: { vi: 'Không đạt', en: 'Fail' },
  pass: { vi: 'Đạt', en: 'Pass' },
  waived: { vi: 'Miễn trừ', en: 'Waived' },
  manual: { vi: 'Cần kiểm tra thủ công', en: 'Manual check' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
};

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['levelApproval', 'independentAssessment', 'penetrationTest', 'restoreDrill', 'drDrill'];

export const EVIDENCE_LABELS: Record<EvidenceKind, Text> = {
  levelApproval: { vi: 'Quyết định phê duyệt cấp độ', en: 'Level approval' },
  independentAssessment: { vi: 'Kiểm tra, đánh giá ATTT', en: 'Security assessment' },
  penetrationTest: { vi: 'Kiểm thử xâm nhập', en: 'Penetration test' },
  restoreDrill: { vi: 'Diễn tập khôi phục sao lưu', en: 'Restore drill' },
  drDrill: { vi: 'Diễn tập chuyển đổi dự phòng', en: 'DR drill' },
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

export interface RulesetDifference {
  readonly topic: Text;
  readonly before: Text;
  readonly after: Text;
  readonly source: string;
}

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
  /** The address plan (with the inventory's lock file); planned here without a lock when absent. */
  readonly plan?: AddressPlan;
}

// Differences between the two rulebooks that change what a report says (regulations.md §0, §1, §2, §3).
const DIFFERENCES: readonly RulesetDifference[] = [
  {
    topic: { vi: 'Tách biệt hạ tầng thuê (cấp độ 4)', en: 'Separation of hosted systems (level 4)' },
    before: { vi: 'Tách vật lý với hệ thống khác', en: 'Physically separated from other systems' },
    after: { vi: 'Tách lô-gic cho cấp độ 3–4; tách vật lý chỉ với cấp độ 5', en: 'Logical separation for levels 3–4; physical only for level 5' },
    source: 'TT 12/2022 Điều 9.10; NĐ 331/2026 Điều 30.8',
  },
  {
    topic: { vi: 'Chu kỳ kiểm tra, đánh giá ATTT', en: 'Security assessment interval' },
    before: { vi: 'Cấp độ 3–4 hằng năm; cấp độ 5 sáu tháng', en: 'Levels 3–4 yearly; level 5 every 6 months' },
    after: { vi: 'Theo cấp độ và rủi ro, không nêu chu kỳ cố định', en: 'By level and risk; no fixed interval' },
    source: 'NĐ 85/2016 Điều 20.2(c); NĐ 331/2026 Điều 28.5, 31.2(c)',
  },
  {
    topic: { vi: 'Ngưỡng dữ liệu cá nhân (cấp độ 2/3)', en: 'Personal-data threshold (level 2/3)' },
    before: { vi: '10.000 người dùng', en: '10,000 users' },
    after: { vi: '100.000 chủ thể (cơ bản) hoặc 10.000 (nhạy cảm); hệ thống xử lý TTHC là cấp độ 3', en: '100,000 basic or 10,000 sensitive data subjects; systems handling administrative procedures are level 3' },
    source: 'NĐ 85/2016 Điều 8–9; NĐ 331/2026 Điều 12–13',
  },
  {
    topic: { vi: 'Thời hạn thẩm định hồ sơ cấp độ', en: 'Dossier appraisal time' },
    before: { vi: '15 ngày (cấp độ 3), 30 ngày (cấp độ 4–5)', en: '15 days (level 3), 30 days (levels 4–5)' },
    after: { vi: '15 ngày làm việc (cấp độ 3), 25 ngày làm việc (cấp độ 4–5)', en: '15 working days (level 3), 25 working days (levels 4–5)' },
    source: 'NĐ 85/2016 Điều 12–17; NĐ 331/2026 Điều 18–24',
  },
];

export const zeroCounts = (): StatusCounts => ({ fail: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 });

function countStatuses(findings: readonly { readonly status: FindingStatus }[]): StatusCounts {
  const counts = zeroCounts();
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** Anchor id of a system section; names are DNS-like (no underscore), so `<anchor>_<domain>` ids never collide. */
export const systemAnchor = (name: string): string => `system-${name}`;

const STATUS_ORDER: Record<FindingStatus, number> = { fail: 0, waived: 1, manual: 2, pass: 3, 'not-applicable': 4 };

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
    const domain = ruleDomain(f.rule);
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

function systemOf(f: Finding): string | undefined {
  if (f.system) return f.system;
  return f.target.startsWith('systems/') ? f.target.slice('systems/'.length) : undefined;
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

/** Builds the report data; every list is in a fixed order so that the rendered files are byte-identical. */
export function complianceReport(model: Model, findings: readonly Finding[], options: ComplianceOptions): ComplianceReport {
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
  const systems = model.systems.map((s): SystemSection => {
    const own = bySystem.get(s.name) ?? [];
    const evidence = evidenceRows(s, options.asOf);
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
    };
  });

  const clauseMap = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = clauseMap.get(f.rule);
    if (list) list.push(f);
    else clauseMap.set(f.rule, [f]);
  }
  const clauses = [...clauseMap.keys()].sort(cmp).map((rule): ClauseRow => {
    const list = clauseMap.get(rule) ?? [];
    const clauseSet = new Set<string>();
    for (const f of list) for (const c of row(f).clauses) clauseSet.add(c);
    const title = list.find((f) => f.title)?.title;
    return {
      rule,
      ...(title ? { title } : {}),
      domain: ruleDomain(rule),
      clauses: [...clauseSet].sort(cmp),
      rulesets: [...new Set(list.flatMap((f) => (f.ruleset ? [f.ruleset] : [])))].sort(cmp),
      counts: countStatuses(list),
    };
  });

  const waivers = model.waivers.map((w): WaiverRow => {
    const daysLeft = daysBetween(options.asOf, w.expires);
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
  });

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
    waivers,
    evidence: systems.flatMap((s) => s.evidence),
    pools: poolRows(options.plan ?? planAddresses(model)),
    clauses,
    differences: DIFFERENCES,
    sites: model.sites.map((s) => ({ name: s.name, title: s.title, role: s.role })),
  };
}
