// The result of `hatang validate`, as the documented JSON contract (docs/output.md) and as text for people.
import { formatDiagnostic, type Diagnostic, type Finding, type Lang, type LoadResult, type Model, type SourceLocation, type Text } from '../model/index.js';

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
  readonly diagnostics: readonly DiagnosticJson[];
  readonly findings: readonly FindingJson[];
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

export function validationReport(
  path: string,
  result: LoadResult,
  findings: readonly Finding[],
  toolVersion: string,
): ValidationReport {
  const { model } = result;
  const statuses: Record<Finding['status'], number> = { fail: 0, pass: 0, waived: 0, manual: 0, 'not-applicable': 0 };
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
    diagnostics: result.diagnostics.map(diagnosticJson),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      status: f.status,
      target: f.target,
      message: f.message,
      location: f.location ?? null,
      reference: f.reference ?? null,
    })),
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

// Vietnamese nouns do not inflect for number; English ones do.
const COUNT_LABELS: Record<string, { vi: string; en: readonly [string, string] }> = {
  sites: { vi: 'site', en: ['site', 'sites'] },
  zones: { vi: 'vùng mạng', en: ['zone', 'zones'] },
  flows: { vi: 'luồng', en: ['flow', 'flows'] },
  devices: { vi: 'thiết bị', en: ['device', 'devices'] },
  clusters: { vi: 'cụm k8s', en: ['cluster', 'clusters'] },
  systems: { vi: 'hệ thống', en: ['system', 'systems'] },
  agencies: { vi: 'cơ quan', en: ['agency', 'agencies'] },
  waivers: { vi: 'miễn trừ', en: ['waiver', 'waivers'] },
};
const countLabel = (key: string, n: number, lang: Lang): string => {
  const label = COUNT_LABELS[key];
  if (!label) return key;
  return lang === 'vi' ? label.vi : label.en[n === 1 ? 0 : 1];
};

/** Plain text for a terminal or a CI log. */
export function renderValidationText(report: ValidationReport, result: LoadResult, lang: Lang): string {
  const lines: string[] = [];
  const vi = lang === 'vi';
  const inv = report.inventory;
  if (inv.province) {
    lines.push(
      vi
        ? `Tỉnh ${inv.province.title} (mã ${inv.province.code}) · ${inv.path} · ${inv.files} tệp · ${inv.hash?.slice(0, 19)}`
        : `Province ${inv.province.title} (code ${inv.province.code}) · ${inv.path} · ${inv.files} file${inv.files === 1 ? '' : 's'} · ${inv.hash?.slice(0, 19)}`,
    );
  } else {
    lines.push(`${vi ? 'Inventory' : 'Inventory'} ${inv.path}`);
  }
  if (report.summary.counts) {
    lines.push('  ' + Object.entries(report.summary.counts).map(([k, n]) => `${n} ${countLabel(k, n as number, lang)}`).join(' · '));
  }
  if (report.summary.systemsByLevel && Object.keys(report.summary.systemsByLevel).length > 0) {
    lines.push(
      `  ${vi ? 'Hệ thống theo cấp độ' : 'Systems by level'}: ` +
        Object.entries(report.summary.systemsByLevel).map(([level, n]) => `${vi ? 'cấp' : 'L'}${vi ? ' ' : ''}${level}: ${n}`).join(' · '),
    );
  }
  for (const d of result.diagnostics) lines.push(formatDiagnostic(d, lang));
  const { errors, warnings } = report.summary;
  const failing = report.summary.findings.fail;
  if (errors > 0) {
    lines.push(
      vi
        ? `✖ Inventory không hợp lệ: ${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ''}.`
        : `✖ Inventory is not valid: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`,
    );
  } else {
    lines.push(
      vi
        ? `✔ Inventory hợp lệ: 0 lỗi, ${warnings} cảnh báo, ${failing} phát hiện không đạt.`
        : `✔ Inventory is valid: 0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}, ${failing} failing finding${failing === 1 ? '' : 's'}.`,
    );
  }
  return lines.join('\n') + '\n';
}
