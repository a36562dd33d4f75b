// Runbooks generated from the model: DR failover and failback, restore drills and assessment checklists per system,
// IPv6 and TSLCD onboarding per agency, and the province's incident-response plan. Pure: model in, files out.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { drMode } from '../dr/index.js';
import { buildPlan, renderManifests, type K8sPlan } from '../k8s/index.js';
import { RULESETS } from '../baseline/index.js';
import {
  AGENCY_KIND_LABELS,
  CRITERION_LABELS,
  DEVICE_KIND_LABELS,
  EVIDENCE_KINDS,
  EVIDENCE_LABELS,
  TSLCD_TIER_LABELS,
  TSLCD_VPN_LABELS,
  ZONE_KIND_LABELS,
  dateText,
  roleLabel,
  thousands,
  type AddressSpec,
  type Agency,
  type EvidenceItem,
  type ExternalPath,
  type Lang,
  type Model,
  type System,
} from '../model/index.js';
import { failoverChecks, ipv6Checks, tslcdChecks } from './checks.js';
import { externalWords, rentedDuty, rentedLayers, rentedWho, type RentedService } from './externals.js';
import { zoneIsolations } from './isolation.js';
import { code, codeOrDash, md, plain, tidy, withToc, yamlString } from './markdown.js';
import { coldManifestPath, failbackSteps, failoverSteps, restoreSteps, type T } from './steps.js';
import { agencyView, lookup, modeName, replicationName, switchoverName, systemView, zonePrefixes, type Lookup, type RunbookOptions } from './view.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export type { RunbookOptions } from './view.js';
export { slug, withToc, yamlString } from './markdown.js';

export interface RunbookFile {
  /** Relative to the runbook folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Templates live next to the sources; the compiled module finds them from dist/ too. */
const TEMPLATES = [join(here, 'templates'), resolve(here, '..', '..', '..', 'modules', 'runbook', 'templates')].find((d) => existsSync(d))!;

let eta: Eta | undefined;
const engine = (): Eta => (eta ??= new Eta({ views: TEMPLATES, autoEscape: false, autoTrim: false, cache: true, useWith: false }));

/**
 * What every template gets. Inventory values are escaped where a template prints them: `c` for text (inline
 * Markdown, table cells), `code` for a name in a code span, `y` for a YAML string; commands come built (checks.ts).
 */
interface Common {
  readonly t: T;
  readonly h: T;
  readonly c: typeof md;
  readonly code: typeof code;
  readonly y: typeof yamlString;
  readonly lang: Lang;
  readonly banner: string;
  readonly zonePrefixes: typeof zonePrefixes;
  /** An evidence item as `date — reference`, escaped. */
  readonly ev: (item: EvidenceItem) => string;
  /** A DR mode, a replication method and a switchover method by name, in the runbook's language. */
  readonly modeName: (mode: string) => string;
  /** A date as the runbook's reader writes it (dd/mm/yyyy in Vietnamese). */
  readonly date: (iso: string) => string;
  /** A decimal number as the runbook's reader writes it (120,6 in Vietnamese). */
  readonly num: (n: number) => string;
  /** Enumerations of the model by name, in the runbook's language (labels.ts). */
  readonly zoneKind: (kind: string) => string;
  readonly role: (role: string) => string;
  readonly label: (table: 'agencyKind' | 'criterion' | 'tier' | 'vpn' | 'device', value: string) => string;
  /** A flow end: a zone as a code span, an external endpoint in words with its operator and the network `via` (externals.ts). */
  readonly endpoint: (name: string, via?: ExternalPath) => string;
  /** A rented system's provider with the service and contract, and what the provider answers for (externals.ts). */
  readonly rentedWho: (r: RentedService) => string;
  readonly rentedDuty: (r: RentedService) => string;
  /** A site by its title (escaped), or its name as a code span when the model does not know it. */
  readonly site: (name: string | undefined) => string;
  readonly replicationName: (method: string) => string;
  readonly switchoverName: (method: string) => string;
}

const STEP_NAMES: Record<string, [string, string]> = {
  decision: ['Phát hiện, quyết định', 'Detection and decision'],
  start: ['Khởi động tại trung tâm dự phòng', 'Start-up at the DR site'],
  copy: ['Chép bản sao lưu qua đường truyền', 'Copy the backup over the link'],
  restore: ['Khôi phục dữ liệu', 'Restore the data'],
  verify: ['Kiểm tra', 'Verification'],
  dns: ['Chờ hết thời gian lưu đệm (TTL) của bản ghi DNS', 'DNS TTL'],
};

export function generateRunbooks(input: Model, options: RunbookOptions): RunbookFile[] {
  const addressPlan = options.plan;
  const allocations = new Map(addressPlan.allocations.flatMap((a) => (a.prefix ? [[a.key, a.prefix] as const] : [])));
  // Address requests print the prefix the plan gave them, as if written in the inventory.
  const model = withAllocations(input, allocations);
  const l = lookup(model, { allocations, k8s: buildPlan(model, { addresses: addressPlan }), coldK8s: coldPlan(model, addressPlan) });
  const folder = plain(model.root.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? model.province.name);
  const common = commonData(options.lang, folder, model);
  const ruleset = options.ruleset ?? '—';
  const files: RunbookFile[] = [];
  const cx: Context = { model, l, options, t: common.t, folder, ruleset, files, emit: emitter(model, options.lang, ruleset, common, files) };

  const systems = [...model.systems].sort((a, b) => cmp(a.name, b.name));
  for (const system of systems) emitSystemRunbooks(cx, system);
  const agencies = [...model.agencies].sort((a, b) => cmp(a.name, b.name));
  for (const agency of agencies) emitAgencyRunbooks(cx, agency);
  emitIndexes(cx, systems, agencies);

  return files.sort((a, b) => cmp(a.path, b.path));
}

/** Renders one template with the common data and adds the file, with its front matter, to the list. */
type Emit = (path: string, template: string, data: object, front: Record<string, string | number>) => void;

/** What the writers of the runbooks of one system or agency, and of the indexes, share. */
interface Context {
  readonly model: Model;
  readonly l: Lookup;
  readonly options: RunbookOptions;
  readonly t: T;
  /** Name of the inventory folder, as printed in the runbooks. */
  readonly folder: string;
  readonly ruleset: string;
  readonly emit: Emit;
  /** The files written so far (the emit function adds to it; the cold-DR manifests go in as they are). */
  readonly files: RunbookFile[];
}

const LABELS = {
  agencyKind: AGENCY_KIND_LABELS,
  criterion: CRITERION_LABELS,
  tier: TSLCD_TIER_LABELS,
  vpn: TSLCD_VPN_LABELS,
  device: DEVICE_KIND_LABELS,
} as const;

/** A value of one of the model's enumerations by name, or as written when the table does not know it. */
function labelOf(table: keyof typeof LABELS, value: string, lang: Lang): string {
  const labels = LABELS[table] as Readonly<Record<string, { vi: string; en: string }>>;
  return labels[value]?.[lang] ?? value;
}

/** Data every template gets: translators, cell escaping, names of the model's values and the "generated, do not edit" banner. */
function commonData(lang: Lang, folder: string, model: Model): Common {
  const t: T = (vi, en) => (lang === 'vi' ? vi : en);
  // Headings in the runbook's language only: a Vietnamese document carries no English headings.
  const h: T = t;
  const zones = new Set(model.zones.map((z) => z.name));
  return {
    t,
    h,
    c: md,
    code: codeOrDash,
    y: yamlString,
    lang,
    zonePrefixes,
    ev: (item) => (item.reference ? `${dateText(item.date, lang)} — ${md(item.reference)}` : dateText(item.date, lang)),
    modeName: (mode) => modeName(mode, lang),
    date: (iso) => dateText(iso, lang),
    num: (n) => {
      const [whole = '', part] = String(n).split('.');
      return thousands(Number(whole), lang) + (part ? (lang === 'vi' ? ',' : '.') + part : '');
    },
    zoneKind: (kind) => ZONE_KIND_LABELS[kind as keyof typeof ZONE_KIND_LABELS]?.[lang] ?? kind,
    role: (role) => roleLabel(role, lang),
    label: (table, value) => labelOf(table, value, lang),
    site: (name) => {
      const site = model.sites.find((x) => x.name === name);
      return site ? md(site.title) : codeOrDash(name);
    },
    endpoint: (name, via) => (zones.has(name) ? code(name) : externalWords(model, name, lang, via)),
    rentedWho: (r) => rentedWho(r, lang),
    rentedDuty: (r) => rentedDuty(r, lang),
    replicationName: (method) => replicationName(method, lang),
    switchoverName: (method) => switchoverName(method, lang),
    banner: t(
      `> Sinh tự động bằng lệnh \`hatang runbooks\` từ hồ sơ khai báo hạ tầng ${code(folder)}. Không sửa tay: sửa hồ sơ khai báo rồi sinh lại.`,
      `> Generated by \`hatang runbooks\` from the ${code(folder)} inventory. Do not edit by hand: change the inventory and regenerate.`,
    ),
  };
}

/**
 * The emit function that writes into `files`: front matter (YAML strings as JSON, with `<`, `>` and invisible
 * characters escaped, so that no renderer sees markup in them), then the rendered body with its table of contents.
 */
function emitter(model: Model, lang: Lang, ruleset: string, common: Common, files: RunbookFile[]): Emit {
  return (path, template, data, front) => {
    const body = engine().render(template, { ...common, ...data });
    const fm = [
      '---',
      // The inventory hash is in the index only: a change to one zone rewrites only the runbooks that print it.
      ...Object.entries({
        ...front,
        province: `${model.province.code} ${model.province.title}`,
        ...(front.runbook === 'index' ? { inventoryHash: model.hash } : {}),
        ruleset,
        lang,
      }).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : yamlString(v)}`),
      '---',
      '',
    ].join('\n');
    files.push({ path, content: tidy(fm + withToc(body, common.h('Mục lục', 'Contents'))) });
  };
}

/** Links to the runbooks a system has, relative to `prefix`. */
function systemLinks(t: T, s: System, prefix: string): { text: string; href: string }[] {
  const links: { text: string; href: string }[] = [];
  if (drMode(s) !== 'none') {
    links.push(
      { text: t('chuyển đổi dự phòng', 'failover'), href: `${prefix}failover.md` },
      { text: t('quay về trung tâm chính', 'failback'), href: `${prefix}failback.md` },
    );
  }
  if (s.backup) links.push({ text: t('diễn tập khôi phục', 'restore drill'), href: `${prefix}restore-drill.md` });
  if (s.level >= 3) links.push({ text: t('đánh giá', 'assessment'), href: `${prefix}assessment.md` });
  return links;
}

/** Links to the runbooks an agency has, relative to `prefix`. */
function agencyLinks(a: Agency, prefix: string): { text: string; href: string }[] {
  return [...(a.ipv4 || a.ipv6 ? [{ text: 'IPv6', href: `${prefix}ipv6.md` }] : []), ...(a.tslcd ? [{ text: 'TSLCD', href: `${prefix}tslcd.md` }] : [])];
}

/** A system's failover and failback (with DR), restore drill (with backup) and assessment checklist (level 3 and up). */
function emitSystemRunbooks(cx: Context, system: System): void {
  const { l, options, t, emit } = cx;
  const v = systemView(l, system, options.lang);
  const dir = `systems/${system.name}`;
  const front = { name: system.title, system: system.name, level: system.level, drMode: v.mode };
  const step = (s: string) => t(...(STEP_NAMES[s] ?? [s, s]));
  const env = { folder: cx.folder };
  if (v.mode !== 'none') {
    const data = { v, steps: failoverSteps(v, t, env), checks: failoverChecks(v), step, file: `inventory/${cx.folder}` };
    emit(`${dir}/failover.md`, './failover', data, { runbook: 'dr-failover', ...front });
    emit(`${dir}/failback.md`, './failback', { v, steps: failbackSteps(v, t, env) }, { runbook: 'dr-failback', ...front });
    if (v.mode === 'cold') cx.files.push(...coldManifests(l, v.system.name, v.drCluster?.name, new Set(v.drNamespaces), cx.folder));
  }
  if (system.backup) {
    const target = restoreTarget(l, system, v.backupSite?.name);
    emit(
      `${dir}/restore-drill.md`,
      './restore-drill',
      { v, steps: restoreSteps(v, t, target), target: { text: target.text(t) } },
      { runbook: 'restore-drill', ...front },
    );
  }
  if (system.level >= 3) {
    emit(
      `${dir}/assessment.md`,
      './assessment',
      {
        v,
        ruleset: cx.ruleset,
        rulesetTitle: RULESETS.find((r) => r.id === cx.ruleset)?.title[options.lang],
        evidence: EVIDENCE_KINDS.map((kind) => ({ label: t(EVIDENCE_LABELS[kind].vi, EVIDENCE_LABELS[kind].en), item: system.evidence[kind] })),
        manual: (options.findings ?? [])
          .filter((f) => f.target === `systems/${system.name}` && f.status === 'manual')
          .map((f) => ({ rule: f.rule, reference: f.reference ?? '—', message: f.message[options.lang] }))
          .sort((a, b) => cmp(a.rule, b.rule)),
        links: systemLinks(t, system, '').filter((x) => !x.href.startsWith('assessment')),
      },
      { runbook: 'assessment-preparation', ...front },
    );
  }
}

/** An agency's IPv6 dual-stack runbook (with an address request) and TSLCD onboarding (on the TSLCD). */
function emitAgencyRunbooks(cx: Context, agency: Agency): void {
  const { model, l, emit } = cx;
  const v = agencyView(l, agency);
  const front = { name: agency.title, agency: agency.name, ...(agency.code ? { code: agency.code } : {}) };
  if (agency.ipv4 || agency.ipv6) emit(`agencies/${agency.name}/ipv6.md`, './ipv6', { v, checks: ipv6Checks(v) }, { runbook: 'ipv6-dual-stack', ...front });
  if (agency.tslcd) {
    const siteZones = v.site ? model.zones.filter((z) => z.site === v.site?.name && (z.zoneKind === 'dmz' || z.zoneKind === 'internal-servers')) : [];
    emit(
      `agencies/${agency.name}/tslcd.md`,
      './tslcd',
      {
        v,
        siteZones: siteZones.map((z) => `${code(z.name)}: ${zonePrefixes(z)}`).join('; ') || '—',
        checks: tslcdChecks(
          v,
          siteZones.flatMap((z) => (z.ipv4?.gateway ? [z.ipv4.gateway] : [])),
        ),
      },
      { runbook: 'tslcd-onboarding', ...front },
    );
  }
}

/** The province's incident-response plan and the README that links every runbook. */
function emitIndexes(cx: Context, systems: readonly System[], agencies: readonly Agency[]): void {
  const { model, l, t, emit, options } = cx;
  const systemRows = systems.map((s) => ({
    name: s.name,
    title: s.title,
    level: s.level,
    mode: drMode(s),
    owner: l.agency(s.owner)?.title ?? s.owner,
    links: systemLinks(t, s, `systems/${s.name}/`),
  }));
  emit(
    'incident-response.md',
    './incident-response',
    {
      province: model.province,
      systems: systemRows,
      layers: incidentLayers(l, options.lang),
      isolations: zoneIsolations(model, options.plan),
    },
    { runbook: 'incident-response', name: t('Ứng phó sự cố', 'Incident response') },
  );
  emit(
    'README.md',
    './index',
    {
      province: model.province,
      systems: systemRows,
      agencies: agencies.map((a) => ({ name: a.name, title: a.title, kind: a.agencyKind, links: agencyLinks(a, `agencies/${a.name}/`) })),
    },
    { runbook: 'index', name: model.province.title },
  );
}

/** The Kubernetes plan made as if every cold system on a cluster were warm: its namespaces at the DR site. */
function coldPlan(model: Model, addresses: Parameters<typeof buildPlan>[1]['addresses']): K8sPlan | undefined {
  const cold = (s: System) => s.dr?.mode === 'cold' && s.cluster !== undefined;
  if (!model.systems.some(cold)) return undefined;
  const systems = model.systems.map((s) => (cold(s) && s.dr ? { ...s, dr: { ...s.dr, mode: 'warm' as const } } : s));
  return buildPlan({ ...model, systems }, { addresses });
}

/**
 * The DR-site namespaces of a cold system as YAML, as `hatang manifests` writes a namespace (the plan keeps none for
 * cold DR): the failover applies them with `kubectl apply -f`. The system's ConfigMap keeps its real DR mode.
 */
function coldManifests(l: Lookup, system: string, cluster: string | undefined, namespaces: ReadonlySet<string>, folder: string): RunbookFile[] {
  const plan = l.plans.coldK8s;
  const target = plan?.clusters.find((c) => c.name === cluster);
  if (!plan || !target || !cluster) return [];
  const objects = target.objects
    .filter((o) => (o.kind === 'Namespace' ? namespaces.has(o.metadata.name) : namespaces.has(o.metadata.namespace ?? '')))
    .map((o) => (o.kind === 'ConfigMap' && o.metadata.name === 'hatang-system' ? { ...o, data: { ...(o as { data?: object }).data, drMode: 'cold' } } : o));
  const prefix = `runbooks/${folder}/`;
  return renderManifests({ ...plan, clusters: [{ ...target, objects }] })
    .filter((f) => !f.path.endsWith('/kustomization.yaml'))
    .map((f) => {
      const ns = f.path.slice(cluster.length + 1, -'.yaml'.length);
      return { path: coldManifestPath({ folder }, system, cluster, ns).slice(prefix.length), content: f.content };
    });
}

function withAllocations(model: Model, allocations: ReadonlyMap<string, string>): Model {
  const fill = <T extends { ipv4?: AddressSpec; ipv6?: AddressSpec }>(target: string, e: T): T => {
    const spec = (family: 'ipv4' | 'ipv6'): AddressSpec | undefined => {
      const given = e[family];
      const planned = allocations.get(`${target}/${family}`);
      return given && given.prefix === undefined && planned ? { ...given, prefix: planned } : given;
    };
    const ipv4 = spec('ipv4');
    const ipv6 = spec('ipv6');
    return { ...e, ...(ipv4 ? { ipv4 } : {}), ...(ipv6 ? { ipv6 } : {}) };
  };
  return {
    ...model,
    zones: model.zones.map((z) => fill(`zones/${z.name}`, z)),
    agencies: model.agencies.map((a) => fill(`agencies/${a.name}`, a)),
  };
}

/** Where a restore drill runs: a namespace on a cluster at the backup site, else an isolated VM in a zone there. */
function restoreTarget(l: Lookup, system: System, backupSite: string | undefined) {
  const model = l.model;
  const cluster = system.cluster && backupSite ? model.clusters.filter((c) => c.site === backupSite).sort((a, b) => cmp(a.name, b.name))[0] : undefined;
  const namespace = system.cluster ? `${system.cluster.namespace}-restore-drill` : undefined;
  const zones = backupSite ? model.zones.filter((z) => z.site === backupSite) : [];
  const zone = zones.find((z) => z.zoneKind === 'internal-servers') ?? zones.find((z) => z.zoneKind === 'backup');
  const prefixes = zonePrefixes(zone);
  return {
    ...(cluster ? { cluster } : {}),
    ...(namespace ? { namespace } : {}),
    ...(zone ? { zone: zone.name } : {}),
    prefixes,
    text: (t: T) =>
      cluster && namespace
        ? t(
            `không gian tên cách ly ${code(namespace)} trên cụm ${code(cluster.name)}`,
            `isolated namespace ${code(namespace)} on cluster ${code(cluster.name)}`,
          )
        : zone
          ? t(`máy ảo cách ly trong vùng ${code(zone.name)} (${prefixes})`, `an isolated VM in zone ${code(zone.name)} (${prefixes})`)
          : t(
              'máy ảo cách ly; nơi lưu bản sao lưu chưa có vùng máy chủ nội bộ hay vùng sao lưu trong hồ sơ khai báo',
              'an isolated VM; the backup site has no internal-servers or backup zone in the inventory',
            ),
  };
}

/** The units of the four layers, as Markdown (inventory text escaped). */
function incidentLayers(l: Lookup, lang: Lang) {
  const model = l.model;
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort(cmp);
  const operators = uniq([model.province.operator, ...model.sites.map((s) => s.operator), ...model.systems.map((s) => l.agency(s.operator)?.title)]).map(md);
  const soc = model.systems.filter((s) => s.components.some((c) => l.zone(c.zone)?.zoneKind === 'soc'));
  const monitoring = uniq([
    ...soc.map((s) => `${md(s.title)} (${code(s.name)})`),
    ...model.devices
      .filter((d) => d.deviceKind === 'siem' || d.deviceKind === 'monitoring')
      .map((d) => `${code(d.name)} (${labelOf('device', d.deviceKind, lang)}, ${md(l.site(d.site)?.title ?? d.site)})`),
  ]);
  const assessors = uniq(model.systems.map((s) => s.evidence.independentAssessment?.by)).map(md);
  // The flows to the national monitoring system, each with the network it takes.
  const national = uniq(
    model.flows
      .filter((f) => f.to.type === 'external' && f.to.external === 'national-soc')
      .map((f) => `${code(f.name)} (${externalWords(model, 'national-soc', lang, f.via)})`),
  );
  // Rented layers (securityOperations) name their provider and contract beside the province's own units.
  const rented = rentedLayers(model, lang);
  return {
    onSite: [...operators, ...(rented['on-site'] ?? [])],
    monitoring: [...monitoring, ...(rented.monitoring ?? [])],
    assessors: [...assessors, ...(rented.assessment ?? [])],
    national: [...national, ...(rented['national-connection'] ?? [])],
  };
}
