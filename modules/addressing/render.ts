// The plan as text for people (table), for tools (json, csv), and the difference between two plans.
import type { Finding, Flow, Lang, Model } from '../model/index.js';
import type { AddressPlan, PlannedPrefix } from './types.js';
import { compareCodeUnits as cmp, dateText, msgIn, POOL_PURPOSE_LABELS, REGISTRATION_STATUS_LABELS, SEVERITY_LABELS } from '../model/index.js';

const pick = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

/** What a planned prefix is for, in the subject table (a routed network has no role shown). */
const ROLE_WORDS: Readonly<Record<Exclude<PlannedPrefix['role'], 'network'>, readonly [vi: string, en: string]>> = {
  'cluster-pod': ['dải ứng dụng của cụm', 'cluster-pod'],
  'cluster-service': ['dải dịch vụ của cụm', 'cluster-service'],
  link: ['liên kết điểm – điểm', 'link'],
};

/** A plan with the findings of the address-plan rules about it (from the same evaluation). */
export interface JudgedPlan {
  readonly plan: AddressPlan;
  readonly findings: readonly Finding[];
}

/** The JSON document of `hatang plan --format json` (docs/addressing.md); fields are only ever added. */
export function planDocument({ plan, findings }: JudgedPlan, inventory: string) {
  return {
    version: 1,
    inventory,
    province: plan.province,
    pools: plan.pools,
    allocations: plan.allocations.map(({ source, path: _path, ...rest }) => ({
      ...rest,
      location: { file: source.file, line: source.line, column: source.column },
    })),
    reserved: plan.reserved,
    lock: { changed: plan.lockChanged, entries: Object.keys(plan.lock.allocations).length },
    findings,
  };
}

const CSV_COLUMNS = ['key', 'target', 'role', 'family', 'prefix', 'origin', 'size', 'pool', 'routingDomain', 'site', 'vlan', 'hosts', 'gateway'] as const;

function csvCell(value: unknown): string {
  if (value === undefined) return '';
  const s = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Renders the plan as a table (for terminals), JSON or CSV (one row per planned prefix). */
export function renderPlan(judged: JudgedPlan, format: 'table' | 'json' | 'csv', lang: Lang, inventory: string): string {
  if (format === 'json') return JSON.stringify(planDocument(judged, inventory), null, 2) + '\n';
  if (format === 'csv') return planCsv(judged.plan);
  return planText(judged, lang);
}

/** One CSV row per planned prefix, CRLF line ends. */
function planCsv(plan: AddressPlan): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of plan.allocations) rows.push(CSV_COLUMNS.map((c) => csvCell((a as unknown as Record<string, unknown>)[c])).join(','));
  return rows.join('\r\n') + '\r\n';
}

/** The plan for terminals: pools, prefixes by object, what the lock holds, findings and a summary line. */
function planText({ plan, findings }: JudgedPlan, lang: Lang): string {
  const out: string[] = [];
  out.push(pick(lang, `Quy hoạch địa chỉ — ${plan.province}`, `Address plan — ${plan.province}`), '');
  out.push(pick(lang, 'Dải gốc', 'Pools'));
  out.push(poolTable(plan, lang));
  const publicRanges = registrationTable(plan, lang);
  if (publicRanges) out.push('', pick(lang, 'Dải địa chỉ công khai: đăng ký với cơ quan giám sát', 'Public ranges: registration for monitoring'), publicRanges);
  out.push('', pick(lang, 'Dải địa chỉ theo đối tượng', 'Prefixes by object'));
  out.push(subjectTable(plan, lang));
  if (plan.reserved.length > 0) {
    out.push(
      '',
      pick(
        lang,
        'Giữ chỗ trong tệp khóa địa chỉ (yêu cầu không còn; giải phóng bằng --write-lock --release)',
        'Held by the lock (request gone; free them with --write-lock --release)',
      ),
    );
    out.push(
      table(
        [pick(lang, 'mục khóa', 'key'), pick(lang, 'dải gốc', 'pool'), pick(lang, 'dải địa chỉ', 'prefix')],
        plan.reserved.map((r) => [r.key, r.pool, r.prefix]),
      ),
    );
  }
  if (findings.length > 0) {
    out.push('', pick(lang, 'Kết quả kiểm tra quy hoạch', 'Plan findings'));
    for (const f of findings) {
      const loc = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : '';
      out.push(`${loc}${SEVERITY_LABELS[f.severity][lang]} ${f.rule} [${f.target}]: ${f.message[lang]}`);
    }
  }
  out.push('', summaryLine(plan, findings, lang));
  return out.join('\n') + '\n';
}

/** The pools with their use and first free blocks. */
function poolTable(plan: AddressPlan, lang: Lang): string {
  return table(
    [
      pick(lang, 'tên', 'name'),
      pick(lang, 'dải địa chỉ', 'prefix'),
      pick(lang, 'mục đích', 'purpose'),
      pick(lang, 'miền định tuyến', 'routing domain'),
      pick(lang, 'đã dùng', 'used'),
      '%',
      pick(lang, 'khối trống đầu tiên', 'first free blocks'),
    ],
    plan.pools.map((p) => [
      p.name,
      p.prefix,
      lang === 'vi' ? POOL_PURPOSE_LABELS[p.purpose].vi : p.purpose,
      p.routingDomain,
      `${short(p.used)}/${short(p.total)}`,
      p.percent.toFixed(2),
      p.free.slice(0, 3).join(' ') + (p.freeCount > 3 ? ` (+${p.freeCount - 3})` : ''),
    ]),
  );
}

/** Inventory text in one table cell: line breaks and other control characters become a space. */
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

/**
 * The public pools with their registration with the national cyberspace monitoring centre: status in words, the body,
 * the document and its date (dd/mm/yyyy in Vietnamese); "" when the province has no public pool.
 */
function registrationTable(plan: AddressPlan, lang: Lang): string {
  const pools = plan.pools.filter((p) => p.purpose === 'public');
  if (pools.length === 0) return '';
  return table(
    [
      pick(lang, 'tên', 'name'),
      pick(lang, 'dải địa chỉ', 'prefix'),
      pick(lang, 'tình trạng', 'status'),
      pick(lang, 'đăng ký với', 'registered with'),
      pick(lang, 'văn bản', 'reference'),
      pick(lang, 'ngày', 'date'),
    ],
    pools.map((p) => {
      const r = p.registration;
      if (!r) return [p.name, p.prefix, pick(lang, 'chưa khai báo', 'not declared'), '—', '—', '—'];
      return [
        p.name,
        p.prefix,
        REGISTRATION_STATUS_LABELS[r.status][lang],
        oneLine(r.with),
        r.reference ? oneLine(r.reference) : '—',
        r.date ? dateText(r.date, lang) : '—',
      ];
    }),
  );
}

/** One row per subject: the key without its family (a zone, an agency, a cluster range, a link), IPv4 and IPv6 side by side. */
function subjectTable(plan: AddressPlan, lang: Lang): string {
  const bySubject = new Map<string, PlannedPrefix[]>();
  for (const a of plan.allocations) {
    const subject = a.key.slice(0, a.key.lastIndexOf('/'));
    const list = bySubject.get(subject) ?? [];
    list.push(a);
    bySubject.set(subject, list);
  }
  const rows: string[][] = [];
  for (const [subject, list] of bySubject) {
    const first = list[0]!;
    rows.push([
      subject,
      first.role === 'network' ? '' : pick(lang, ...ROLE_WORDS[first.role]),
      first.site ?? '',
      first.vlan !== undefined ? String(first.vlan) : '',
      prefixCell(list, 'ipv4', lang),
      prefixCell(list, 'ipv6', lang),
    ]);
  }
  return table([pick(lang, 'đối tượng', 'object'), pick(lang, 'vai trò', 'role'), pick(lang, 'trung tâm', 'site'), 'VLAN', 'IPv4', 'IPv6'], rows);
}

/** A subject's prefix of one family, with whether it is locked or new unless written in the inventory. */
function prefixCell(list: readonly PlannedPrefix[], family: 'ipv4' | 'ipv6', lang: Lang): string {
  const a = list.find((x) => x.family === family);
  if (!a) return '—';
  if (!a.prefix) return pick(lang, `(chưa cấp /${a.size})`, `(unallocated /${a.size})`);
  return a.origin === 'explicit' ? a.prefix : `${a.prefix} (${a.origin === 'locked' ? pick(lang, 'đã khóa', 'locked') : pick(lang, 'mới cấp', 'new')})`;
}

/** The count of prefixes and of failed findings at error and warning severity. */
function summaryLine(plan: AddressPlan, findings: readonly Finding[], lang: Lang): string {
  const errors = findings.filter((f) => f.status === 'fail' && f.severity === 'error');
  const warnings = findings.filter((f) => f.status === 'fail' && f.severity === 'warning');
  return msgIn(lang, 'plan.summary', { prefixes: plan.allocations.length, errors: errors.length, warnings: warnings.length });
}

/** Large decimal counts in a short form: 1208925819614629174706176 → 2^80. */
function short(decimal: string): string {
  if (decimal.length <= 12) return decimal;
  const n = BigInt(decimal);
  const log = n.toString(2).length - 1;
  return 1n << BigInt(log) === n ? `2^${log}` : `~2^${log}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface PlanDiff {
  readonly prefixes: {
    readonly added: readonly { key: string; prefix: string }[];
    readonly removed: readonly { key: string; prefix: string }[];
    readonly changed: readonly { key: string; before: string; after: string }[];
  };
  readonly flows: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly string[];
  };
}

const flowShape = (f: Flow) => JSON.stringify({ from: f.from, to: f.to, ports: f.ports, system: f.system ?? null });

/** What changed between two plans (and their models' flows), for code review: keys sorted. */
export function diffPlans(before: { plan: AddressPlan; model: Model }, after: { plan: AddressPlan; model: Model }): PlanDiff {
  const map = (p: AddressPlan) => new Map(p.allocations.filter((a) => a.prefix).map((a) => [a.key, a.prefix!]));
  const b = map(before.plan);
  const a = map(after.plan);
  const added = [...a].filter(([k]) => !b.has(k)).map(([key, prefix]) => ({ key, prefix }));
  const removed = [...b].filter(([k]) => !a.has(k)).map(([key, prefix]) => ({ key, prefix }));
  const changed = [...a].filter(([k, v]) => b.has(k) && b.get(k) !== v).map(([key, v]) => ({ key, before: b.get(key)!, after: v }));
  const fb = new Map(before.model.flows.map((f) => [f.name, flowShape(f)]));
  const fa = new Map(after.model.flows.map((f) => [f.name, flowShape(f)]));
  const byKey = <T extends { key: string }>(x: T, y: T) => cmp(x.key, y.key);
  return {
    prefixes: { added: added.sort(byKey), removed: removed.sort(byKey), changed: changed.sort(byKey) },
    flows: {
      added: [...fa.keys()].filter((k) => !fb.has(k)).sort(cmp),
      removed: [...fb.keys()].filter((k) => !fa.has(k)).sort(cmp),
      changed: [...fa]
        .filter(([k, v]) => fb.has(k) && fb.get(k) !== v)
        .map(([k]) => k)
        .sort(cmp),
    },
  };
}

export function renderPlanDiff(diff: PlanDiff, format: 'table' | 'json' | 'csv', lang: Lang, before: string, after: string): string {
  if (format === 'json') return JSON.stringify({ version: 1, before, after, ...diff }, null, 2) + '\n';
  if (format === 'csv') {
    const rows = ['change,kind,key,before,after'];
    for (const x of diff.prefixes.added) rows.push(`added,prefix,${csvCell(x.key)},,${csvCell(x.prefix)}`);
    for (const x of diff.prefixes.removed) rows.push(`removed,prefix,${csvCell(x.key)},${csvCell(x.prefix)},`);
    for (const x of diff.prefixes.changed) rows.push(`changed,prefix,${csvCell(x.key)},${csvCell(x.before)},${csvCell(x.after)}`);
    for (const k of diff.flows.added) rows.push(`added,flow,${csvCell(k)},,`);
    for (const k of diff.flows.removed) rows.push(`removed,flow,${csvCell(k)},,`);
    for (const k of diff.flows.changed) rows.push(`changed,flow,${csvCell(k)},,`);
    return rows.join('\r\n') + '\r\n';
  }
  const out = [pick(lang, `Khác biệt quy hoạch: ${before} → ${after}`, `Plan diff: ${before} → ${after}`)];
  for (const x of diff.prefixes.added) out.push(`+ ${x.key} ${x.prefix}`);
  for (const x of diff.prefixes.removed) out.push(`- ${x.key} ${x.prefix}`);
  for (const x of diff.prefixes.changed) out.push(`~ ${x.key} ${x.before} → ${x.after}`);
  for (const k of diff.flows.added) out.push(`+ flows/${k}`);
  for (const k of diff.flows.removed) out.push(`- flows/${k}`);
  for (const k of diff.flows.changed) out.push(`~ flows/${k}`);
  const n = diff.prefixes.added.length + diff.prefixes.removed.length + diff.prefixes.changed.length;
  const m = diff.flows.added.length + diff.flows.removed.length + diff.flows.changed.length;
  out.push(msgIn(lang, 'plan.diff-summary', { prefixes: n, flows: m }));
  return out.join('\n') + '\n';
}
