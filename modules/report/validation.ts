// The result of `hatang validate`, as the documented JSON contract (docs/output.md) and as text for people.
import { CONFIDENCE_LABELS, groupSharedCauses, SEVERITY_RANK } from '../rules/index.js';
import type { AnnexSystemGrid } from '../baseline/index.js';
import { annexJson, type AnnexSystemJson } from './annex.js';
import {
  formatDiagnostic,
  type Diagnostic,
  type Finding,
  type FindingCitation,
  type FindingConfidence,
  type FindingDomain,
  type FindingSeverity,
  type FindingParameter,
  type Lang,
  type LoadResult,
  type Model,
  type SourceLocation,
  type Text,
  forTerminal,
  msgIn,
  type MessageKey,
  provinceTitle,
  sentenceCase,
  viDate,
} from '../model/index.js';

/** Bumped only on an incompatible change of the JSON layout. */
export const VALIDATION_FORMAT_VERSION = 1;

export interface ValidationReport {
  readonly version: number;
  readonly tool: { readonly name: 'hatang'; readonly version: string };
  readonly inventory: {
    readonly path: string;
    readonly hash: string | null;
    readonly files: number;
    readonly province: { readonly name: string; readonly code: string; readonly title: string } | null;
  };
  readonly valid: boolean;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly findings: Readonly<Record<Finding['status'], number>>;
    readonly counts: Readonly<Record<string, number>> | null;
    readonly systemsByLevel: Readonly<Record<string, number>> | null;
  };
  /** Rule-set, as-of date, threshold and baseline used for the findings; null when no baseline rules ran. */
  readonly baseline: BaselineInfo | null;
  readonly diagnostics: readonly DiagnosticJson[];
  readonly findings: readonly FindingJson[];
  /** Per information system, the rows of the TT 12/2022 annex of its level with their status; null when nothing was judged. */
  readonly annex: readonly AnnexSystemJson[] | null;
}

export interface BaselineInfo {
  readonly ruleset: string;
  readonly title: Text;
  readonly asOf: string;
  readonly chosenBy: 'option' | 'as-of';
  readonly failOn: string;
  /** Whether `due` findings count for the exit code (--fail-on-due). */
  readonly failOnDue: boolean;
  /** Warnings about the selection, e.g. a date no implemented rule-set covers. */
  readonly warnings: readonly Text[];
  readonly baselineFile: string | null;
  readonly hiddenByBaseline: number;
  readonly parameters: Readonly<Record<string, number>>;
}

interface DiagnosticJson {
  readonly code: string;
  readonly severity: string;
  readonly message: Text;
  readonly location: SourceLocation | null;
  readonly pointer: string | null;
  readonly found: string | null;
  readonly expected: string | null;
  readonly suggestion: string | null;
}

interface FindingJson {
  readonly rule: string;
  readonly severity: string;
  readonly status: string;
  readonly target: string;
  readonly message: Text;
  readonly location: SourceLocation | null;
  readonly reference: string | null;
  readonly fingerprint: string | null;
  readonly ruleset: string | null;
  readonly title: Text | null;
  /** The rule's declared domain (report section); `inventory` for checks of the model itself. */
  readonly domain: FindingDomain;
  readonly system: string | null;
  readonly level: number | null;
  readonly part: string | null;
  /** The clauses in their Vietnamese legal form (the same as `reference`, one per entry). */
  readonly clauses: readonly string[];
  /** The same clauses as structured citations: document id, article, clause, point, annex, item. */
  readonly citations: readonly FindingCitation[];
  /** `verified`, `practice` or `unverified` (docs/rules.md explains them). */
  readonly confidence: FindingConfidence | null;
  readonly remediation: Text | null;
  readonly evidence: readonly Text[];
  readonly parameters: readonly FindingParameter[];
  readonly waiver: string | null;
  readonly pointer: string | null;
  /** For status `due`: the date from which it fails. */
  readonly dueDate: string | null;
  /**
   * Only on a finding that merges one shared cause of several systems (e.g. a site without a time server): the
   * systems it stands for, sorted; `target` is then the cause's object and `system`, `level` and `part` are null.
   */
  readonly systems?: readonly string[];
}

export function entityCounts(model: Model): Record<string, number> {
  return {
    sites: model.sites.length,
    zones: model.zones.length,
    flows: model.flows.length,
    devices: model.devices.length,
    clusters: model.clusters.length,
    systems: model.systems.length,
    agencies: model.agencies.length,
    waivers: model.waivers.length,
  };
}

/**
 * The report of `findings` (one per system and cause, as the evaluation has them). The findings it lists show each
 * shared cause once (`groupSharedCauses`), and its counts count what it lists; the annex grid, given separately, keeps
 * every system's rows.
 */
export function validationReport(
  path: string,
  result: LoadResult,
  perSystem: readonly Finding[],
  toolVersion: string,
  baseline: BaselineInfo | null = null,
  annex: readonly AnnexSystemGrid[] | null = null,
): ValidationReport {
  const { model } = result;
  const findings = groupSharedCauses(perSystem);
  const statuses: Record<Finding['status'], number> = { fail: 0, due: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 };
  for (const f of findings) statuses[f.status]++;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const byLevel: Record<string, number> = {};
  for (const s of model?.systems ?? []) byLevel[String(s.level)] = (byLevel[String(s.level)] ?? 0) + 1;
  return {
    version: VALIDATION_FORMAT_VERSION,
    tool: { name: 'hatang', version: toolVersion },
    inventory: {
      path,
      hash: model?.hash ?? null,
      files: model?.files.length ?? 0,
      province: model ? { name: model.province.name, code: model.province.code, title: model.province.title } : null,
    },
    valid: errors === 0,
    summary: {
      errors,
      warnings: result.diagnostics.length - errors,
      findings: statuses,
      counts: model ? entityCounts(model) : null,
      systemsByLevel: model ? Object.fromEntries(Object.entries(byLevel).sort()) : null,
    },
    baseline,
    diagnostics: result.diagnostics.map(diagnosticJson),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      status: f.status,
      target: f.target,
      message: f.message,
      location: f.location ?? null,
      reference: f.reference ?? null,
      fingerprint: f.fingerprint ?? null,
      ruleset: f.ruleset ?? null,
      title: f.title ?? null,
      domain: f.domain ?? 'inventory',
      system: f.system ?? null,
      level: f.level ?? null,
      part: f.part ?? null,
      clauses: f.clauses ?? [],
      citations: f.citations ?? [],
      confidence: f.confidence ?? null,
      remediation: f.remediation ?? null,
      evidence: f.evidence ?? [],
      parameters: f.parameters ?? [],
      waiver: f.waiver ?? null,
      pointer: f.pointer ?? null,
      dueDate: f.dueDate ?? null,
      ...(f.systems ? { systems: f.systems } : {}),
    })),
    annex: annex ? annexJson(annex) : null,
  };
}

function diagnosticJson(d: Diagnostic): DiagnosticJson {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    location: d.location ?? null,
    pointer: d.pointer ?? null,
    found: d.found ?? null,
    expected: d.expected ?? null,
    suggestion: d.suggestion ?? null,
  };
}

/** The inventory's contents by the catalogue's counting words ("3 vùng mạng", "1 zone", "3 zones"). */
const COUNT_KEYS = {
  sites: 'count.sites',
  zones: 'count.zones',
  flows: 'count.flows',
  devices: 'count.devices',
  clusters: 'count.clusters',
  systems: 'count.systems',
  agencies: 'count.agencies',
  waivers: 'count.waivers',
} as const satisfies Record<string, MessageKey>;
const counted = (key: string, n: number, lang: Lang): string =>
  key in COUNT_KEYS ? msgIn(lang, COUNT_KEYS[key as keyof typeof COUNT_KEYS], { n }) : `${n} ${key}`;

/** Colour functions of the text output; identity when colour is off (files, pipes, JSON, SARIF, JUnit never get any). */
export interface TextStyle {
  /** Whether the functions colour at all. */
  readonly enabled: boolean;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly magenta: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly dim: (s: string) => string;
}

const same = (s: string) => s;
/** No colour: what tests, files and pipes get. */
export const PLAIN_STYLE: TextStyle = { enabled: false, red: same, yellow: same, green: same, cyan: same, magenta: same, blue: same, dim: same };

/** The mark of each kind of line, one symbol per kind, and its colour. */
export const MARKS = {
  error: { symbol: '✖', color: 'red' },
  warning: { symbol: '▲', color: 'yellow' },
  info: { symbol: 'ℹ', color: 'blue' },
  due: { symbol: '◷', color: 'magenta' },
  waived: { symbol: '≈', color: 'dim' },
  manual: { symbol: '?', color: 'cyan' },
  pass: { symbol: '✔', color: 'green' },
} as const satisfies Record<string, { symbol: string; color: Exclude<keyof TextStyle, 'enabled'> }>;
export type MarkKind = keyof typeof MARKS;

/** The coloured mark of a kind of line. */
export const mark = (kind: MarkKind, style: TextStyle): string => style[MARKS[kind].color](MARKS[kind].symbol);

/** The mark of a listed finding: its severity when it fails, else its status. */
function findingMark(f: Pick<FindingJson, 'status' | 'severity'>): MarkKind {
  if (f.status === 'fail') return f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info';
  return f.status === 'due' ? 'due' : f.status === 'waived' ? 'waived' : f.status === 'manual' ? 'manual' : 'pass';
}

/** What the text output listed, counted by the word each line shows: input diagnostics and listed findings together. */
export interface ListedCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly due: number;
  readonly waived: number;
}

export function listedCounts(report: ValidationReport): ListedCounts {
  const counts = { error: report.summary.errors, warning: report.summary.warnings, info: 0, due: 0, waived: 0 };
  // Findings are listed only for a valid inventory (renderFindingsBySystem).
  if (report.valid && report.baseline) {
    for (const f of report.findings) {
      const kind = findingMark(f);
      if (kind === 'error' || kind === 'warning' || kind === 'info' || kind === 'due' || kind === 'waived') counts[kind]++;
    }
  }
  return counts;
}

// The counting words of the summary line (the message catalogue). Kinds with nothing listed are left out, but errors
// and warnings.
const LISTED_KEYS = {
  error: 'count.errors',
  warning: 'count.warnings',
  info: 'count.info',
  due: 'count.due',
  waived: 'count.waived',
} as const satisfies Record<keyof ListedCounts, MessageKey>;

/** "0 lỗi, 45 cảnh báo, 12 chưa đến hạn": every kind of line listed, named as the lines name it. */
export function listedSummary(counts: ListedCounts, lang: Lang): string {
  return (Object.keys(LISTED_KEYS) as (keyof ListedCounts)[])
    .filter((k) => k === 'error' || k === 'warning' || counts[k] > 0)
    .map((k) => msgIn(lang, LISTED_KEYS[k], { n: counts[k] }))
    .join(', ');
}

/** The last line: whether the inventory is valid and the run passes, with the count of every kind of line listed. */
function summaryLine(report: ValidationReport, lang: Lang, style: TextStyle): string {
  const vi = lang === 'vi';
  const { errors, warnings } = report.summary;
  if (errors > 0) {
    return `${mark('error', style)} ${
      vi
        ? `Mô hình hạ tầng không hợp lệ: ${msgIn(lang, 'count.errors', { n: errors })}${warnings ? `, ${msgIn(lang, 'count.warnings', { n: warnings })}` : ''}.`
        : `Inventory is not valid: ${msgIn(lang, 'count.errors', { n: errors })}${warnings ? `, ${msgIn(lang, 'count.warnings', { n: warnings })}` : ''}.`
    }`;
  }
  const listed = listedSummary(listedCounts(report), lang);
  const blocking = blockingFindings(report);
  if (blocking > 0) {
    // Valid input, but findings at or above --fail-on make the run fail (exit 1): say so, do not tick it.
    const threshold = report.baseline?.failOn ?? 'error';
    return `${mark('error', style)} ${
      vi
        ? `Mô hình hạ tầng hợp lệ (0 lỗi đầu vào) nhưng có ${msgIn(lang, 'count.failing-findings', { n: blocking })} ở mức ${SEVERITY_VI[threshold] ?? threshold} trở lên; đã liệt kê: ${listed}.`
        : `The inventory is valid (0 input errors) but ${msgIn(lang, 'count.failing-findings', { n: blocking })} at ${threshold} or above; listed: ${listed}.`
    }`;
  }
  return `${mark('pass', style)} ${vi ? `Mô hình hạ tầng hợp lệ: ${listed}.` : `Inventory is valid: ${listed}.`}`;
}

/**
 * Text for a terminal or a CI log; every line through `forTerminal`, as names and messages come from the inventory,
 * and colour (when `style` has it) only on the marks, added after.
 */
export function renderValidationText(report: ValidationReport, result: LoadResult, lang: Lang, style: TextStyle = PLAIN_STYLE): string {
  const lines: string[] = [];
  const vi = lang === 'vi';
  const inv = report.inventory;
  if (inv.province) {
    lines.push(
      vi
        ? `${sentenceCase(provinceTitle(inv.province, 'vi'))} (mã ${inv.province.code}) · ${inv.path} · ${msgIn(lang, 'count.files', { n: inv.files })} · ${inv.hash?.slice(0, 19)}`
        : `${provinceTitle(inv.province, 'en')} (code ${inv.province.code}) · ${inv.path} · ${msgIn(lang, 'count.files', { n: inv.files })} · ${inv.hash?.slice(0, 19)}`,
    );
  } else {
    lines.push(`${vi ? 'Mô hình hạ tầng' : 'Inventory'} ${inv.path}`);
  }
  if (report.summary.counts) {
    lines.push(
      '  ' +
        Object.entries(report.summary.counts)
          .map(([k, n]) => counted(k, n as number, lang))
          .join(' · '),
    );
  }
  if (report.summary.systemsByLevel && Object.keys(report.summary.systemsByLevel).length > 0) {
    lines.push(
      `  ${vi ? 'Hệ thống theo cấp độ' : 'Systems by level'}: ` +
        Object.entries(report.summary.systemsByLevel)
          .map(([level, n]) => `${vi ? 'cấp' : 'L'}${vi ? ' ' : ''}${level}: ${n}`)
          .join(' · '),
    );
  }
  const out = lines.map(forTerminal);
  for (const d of result.diagnostics) {
    const line = forTerminal(formatDiagnostic(d, lang));
    out.push(!style.enabled ? line : `${mark(d.severity === 'error' ? 'error' : 'warning', style)} ${line}`);
  }
  if (report.baseline && report.valid) out.push(...renderFindingsBySystem(report, result, lang, style));
  out.push(summaryLine(report, lang, style));
  return out.join('\n') + '\n';
}

const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' };
/** The group key of the findings that merge a cause shared by several systems (no system name can be empty-led). */
const SHARED = '\u0000shared';

/** Findings grouped by information system (with its level), then the findings about other objects. */
function renderFindingsBySystem(report: ValidationReport, result: LoadResult, lang: Lang, style: TextStyle): string[] {
  const vi = lang === 'vi';
  const b = report.baseline!;
  const lines: string[] = [];
  const marks = new Map<number, MarkKind>();
  lines.push(
    vi
      ? `Bộ quy tắc ${b.ruleset} (${b.title.vi}) · ngày đánh giá ${viDate(b.asOf)}${b.chosenBy === 'as-of' ? ' (bộ quy tắc chọn theo ngày)' : ''} · ngưỡng không đạt (--fail-on): ${SEVERITY_VI[b.failOn] ?? b.failOn}`
      : `Rule-set ${b.ruleset} (${b.title.en}) · as of ${b.asOf}${b.chosenBy === 'as-of' ? ' (rule-set chosen by date)' : ''} · --fail-on ${b.failOn}`,
  );
  for (const w of b.warnings ?? []) lines.push(`${vi ? 'Cảnh báo' : 'Warning'}: ${w[lang]}`);
  if (b.baselineFile) {
    lines.push(
      vi
        ? `Chỉ hiện phát hiện mới so với ${b.baselineFile} (${b.hiddenByBaseline} đã ẩn).`
        : `Only findings new since ${b.baselineFile} (${b.hiddenByBaseline} hidden).`,
    );
  }
  const systems = new Map((result.model?.systems ?? []).map((s) => [s.name, s]));
  const groups = new Map<string, FindingJson[]>();
  for (const f of report.findings) {
    const key = f.systems ? SHARED : (f.system ?? '');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // Each system, then the causes shared by several systems, then other objects.
  const rank = (k: string) => (k === '' ? 2 : k === SHARED ? 1 : 0);
  const keys = [...groups.keys()].sort((a, c) => rank(a) - rank(c) || (a < c ? -1 : a > c ? 1 : 0));
  for (const key of keys) {
    const list = groups.get(key)!;
    const count = (st: string) => list.filter((f) => f.status === st).length;
    const counts = vi
      ? `${count('fail')} không đạt · ${count('due')} chưa đến hạn · ${count('waived')} chấp nhận rủi ro tạm thời · ${count('manual')} thủ công · ${count('pass')} đạt · ${count('not-applicable')} không áp dụng`
      : `${count('fail')} failing · ${count('due')} due later · ${count('waived')} waived · ${count('manual')} manual · ${count('pass')} passing · ${count('not-applicable')} not applicable`;
    const s = systems.get(key);
    if (s) {
      const level = list.find((f) => f.level !== null)?.level ?? s.level;
      lines.push(
        vi
          ? `■ systems/${key} — cấp độ ${level}${level !== s.level ? ` (khai báo ${s.level})` : ''} · ${counts}`
          : `■ systems/${key} — level ${level}${level !== s.level ? ` (declared ${s.level})` : ''} · ${counts}`,
      );
    } else if (key === SHARED) {
      lines.push(vi ? `■ Nguyên nhân chung của nhiều hệ thống · ${counts}` : `■ Causes shared by several systems · ${counts}`);
    } else {
      lines.push(vi ? `■ Đối tượng khác · ${counts}` : `■ Other objects · ${counts}`);
    }
    for (const f of list) {
      if (f.status !== 'fail' && f.status !== 'waived' && f.status !== 'due') continue;
      const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : '';
      const what = f.target === `systems/${key}` ? (f.part ? ` [${f.part}]` : '') : ` [${f.target}${f.part ? ` ${f.part}` : ''}]`;
      const waived =
        f.status === 'waived'
          ? vi
            ? ` (chấp nhận rủi ro tạm thời: ${f.waiver})`
            : ` (waived: ${f.waiver})`
          : f.status === 'due' && f.dueDate
            ? vi
              ? ` (đến hạn ngày ${viDate(f.dueDate)})`
              : ` (due on ${f.dueDate})`
            : '';
      const unverified = f.confidence && f.confidence !== 'verified' ? ` · ${vi ? 'mức tin cậy' : 'confidence'}: ${CONFIDENCE_LABELS[f.confidence][lang]}` : '';
      const severity = vi ? (SEVERITY_VI[f.severity] ?? f.severity) : f.severity;
      lines.push(`${where}${severity} ${f.rule}${what}: ${f.message[lang]}${waived} — ${f.reference ?? ''}${unverified}`);
      marks.set(lines.length - 1, findingMark(f));
    }
  }
  // Text from the inventory made safe first; the coloured mark goes in after, so that its escape is never escaped.
  return lines.map((line, i) => {
    const kind = marks.get(i);
    return kind === undefined ? forTerminal(line) : `  ${mark(kind, style)} ${forTerminal(line)}`;
  });
}

/** Failing findings at or above the report's --fail-on threshold: the ones that make the exit code 1. */
function blockingFindings(report: ValidationReport): number {
  const threshold = SEVERITY_RANK[(report.baseline?.failOn ?? 'error') as FindingSeverity] ?? 3;
  const counted = (s: string) => s === 'fail' || (s === 'due' && report.baseline?.failOnDue === true);
  return report.findings.filter((f) => counted(f.status) && (SEVERITY_RANK[f.severity as FindingSeverity] ?? 0) >= threshold).length;
}
