// The estate as the compliance report and the level dossier show it, built once from the model and the findings:
// the connections to national systems (the body that runs each, the network taken), the rented services (providers,
// their sites, rented systems, the layers of the four-layer model) and the agency edge (firewall, own Internet link,
// computers and anti-malware, video conference, one-stop desks) with the agency-edge findings of the evaluation.
// Every value a reader sees is a `Text` or inventory text; the renderers only escape and lay it out.
import {
  AGENCY_KIND_LABELS,
  EXTERNAL_CATEGORY_LABELS,
  EXTERNAL_PATH_LABELS,
  PROVIDER_KIND_LABELS,
  SERVICE_MODEL_LABELS,
  SITE_OWNERSHIP_LABELS,
  SITE_ROLE_LABELS,
  SOC_LAYERS,
  SOC_LAYER_LABELS,
  SOURCING_LABELS,
  ZONE_KIND_LABELS,
  compareCodeUnits as cmp,
  externalOf,
  isNational,
  msg,
  thousands,
  viDate,
  type Agency,
  type AgencyKind,
  type Contract,
  type EndpointCounts,
  type ExternalCategory,
  type ExternalEndpoint,
  type ExternalPath,
  type Finding,
  type FindingConfidence,
  type FindingSeverity,
  type FindingStatus,
  type Flow,
  type Model,
  type Provider,
  type Site,
  type SocLayerName,
  type System,
  type Text,
} from '../model/index.js';

const t = (vi: string, en: string): Text => ({ vi, en });
const same = (s: string): Text => ({ vi: s, en: s });
const join = (parts: readonly Text[], sep: string): Text => t(parts.map((p) => p.vi).join(sep), parts.map((p) => p.en).join(sep));
const concat = (...parts: readonly Text[]): Text => join(parts, '');

/** An operator the catalogue does not name. */
export const NOT_STATED: Text = t('chưa xác định trong tài liệu', 'not stated');
/** A field the inventory leaves out. */
export const NOT_DECLARED: Text = t('chưa khai báo', 'not declared');
/** The note on a network the inventory does not give for a flow and the catalogue takes from practice, not from a text. */
export const PATH_ASSUMED: Text = t('mặc định theo thực tiễn, chưa khai báo trong mô hình hạ tầng', 'practice default, not declared in the inventory');

type Party = Pick<Model, 'agencies' | 'province'>;

/** A provider of the Province by name. */
export const providerOf = (model: Party, name: string | undefined): Provider | undefined =>
  name === undefined ? undefined : model.province.providers.find((p) => p.name === name);

/** An agency's or a provider's title by its name; the name itself only where the model has neither. */
export function partyTitle(model: Party, ref: string): string {
  return model.agencies.find((a) => a.name === ref)?.title ?? providerOf(model, ref)?.title ?? ref;
}

/** A contract in words: "hợp đồng số 12/HĐ ngày 01/03/2025, hết hạn ngày 28/02/2028". */
export function contractText(c: Contract): Text {
  const date = c.date ? t(` ngày ${viDate(c.date)}`, ` of ${c.date}`) : same('');
  const expires = c.expires ? t(`, hết hạn ngày ${viDate(c.expires)}`, `, expiring ${c.expires}`) : same('');
  return concat(t(`hợp đồng số ${c.reference}`, `contract ${c.reference}`), date, expires);
}

/** Who operates a system: an agency, or a provider operating it under contract (a rented service). */
export interface OperatorInfo {
  readonly title: string;
  readonly provider: boolean;
  /** For a provider: that it is the service provider operating under contract, with the contract when given. */
  readonly role?: Text;
}

export function systemOperator(model: Party, s: Pick<System, 'operator' | 'service'>): OperatorInfo | undefined {
  if (s.operator === undefined) return undefined;
  // A name of the providers is a provider (as the resolver reads it), else an agency.
  const provider = providerOf(model, s.operator);
  if (!provider) return { title: partyTitle(model, s.operator), provider: false };
  const contract = s.service?.contract && (s.service.provider === undefined || s.service.provider === provider.name) ? s.service.contract : undefined;
  const kind = PROVIDER_KIND_LABELS[provider.providerKind];
  const under = contract
    ? contractText(contract)
    : t('hợp đồng thuê dịch vụ (mô hình hạ tầng chưa ghi số hợp đồng)', 'a service contract (the inventory records no reference)');
  const role = concat(t(`nhà cung cấp dịch vụ (${kind.vi}), vận hành hệ thống theo `, `the service provider (${kind.en}), operating the system under `), under);
  return { title: provider.title, provider: true, role };
}

/** How a system is provided, in words, with its provider and contract ("thuê dịch vụ phần mềm — Công ty X, hợp đồng số …"). */
export function serviceText(model: Party, s: Pick<System, 'service'>): Text | undefined {
  if (!s.service) return undefined;
  const detail = [
    ...(s.service.provider ? [same(partyTitle(model, s.service.provider))] : []),
    ...(s.service.contract ? [contractText(s.service.contract)] : []),
  ];
  return detail.length > 0 ? concat(SERVICE_MODEL_LABELS[s.service.model], same(' — '), join(detail, ', ')) : SERVICE_MODEL_LABELS[s.service.model];
}

/** An external endpoint in words with its abbreviation, unless the title already carries it ("Trục liên thông văn bản quốc gia (VDXP)"). */
export function endpointName(e: Pick<ExternalEndpoint, 'title' | 'abbreviation'>): Text {
  const add = (title: string) => (e.abbreviation && !title.includes(e.abbreviation) ? `${title} (${e.abbreviation})` : title);
  return t(add(e.title.vi), add(e.title.en));
}

/** The external end of a flow between the province and an external endpoint, with the province's end. */
function externalEnd(flow: Flow): { readonly external: string; readonly other: Flow['from']; readonly outbound: boolean } | undefined {
  if (flow.to.type === 'external' && flow.from.type !== 'external') return { external: flow.to.external, other: flow.from, outbound: true };
  if (flow.from.type === 'external' && flow.to.type !== 'external') return { external: flow.from.external, other: flow.to, outbound: false };
  return undefined;
}

/** The network a flow to or from a national system takes. */
export interface NationalPath {
  readonly endpoint: ExternalEndpoint;
  readonly path: ExternalPath;
  /** The network in words, with the practice-default note when the inventory does not give it. */
  readonly label: Text;
  /** No `via` on the flow and the catalogue's path is hatang's practice default, not read in a text. */
  readonly assumed: boolean;
}

/** `flow.via ?? endpoint.path` for a flow to or from a national system; undefined for every other flow. */
export function nationalPath(model: Pick<Model, 'externals'>, flow: Flow): NationalPath | undefined {
  const end = externalEnd(flow);
  const endpoint = end ? externalOf(model, end.external) : undefined;
  if (!endpoint || !isNational(endpoint)) return undefined;
  const path = flow.via ?? endpoint.path;
  const assumed = flow.via === undefined && endpoint.pathConfidence !== 'verified';
  return {
    endpoint,
    path,
    label: assumed ? concat(EXTERNAL_PATH_LABELS[path], t(` (${PATH_ASSUMED.vi})`, ` (${PATH_ASSUMED.en})`)) : EXTERNAL_PATH_LABELS[path],
    assumed,
  };
}

/** The province's end of a flow in words: the zone (its title, else its kind) and its site, or the site. */
function endText(model: Pick<Model, 'zones' | 'sites'>, e: Flow['from']): Text {
  const site = (name: string) => model.sites.find((s) => s.name === name)?.title ?? name;
  if (e.type === 'site') return same(site(e.site));
  if (e.type === 'external') return same(e.external);
  const z = model.zones.find((x) => x.name === e.zone);
  if (!z) return same(e.zone);
  return concat(z.title ? same(z.title) : ZONE_KIND_LABELS[z.zoneKind], same(` — ${site(z.site)}`));
}

/** One flow between the province and a national system. */
export interface NationalConnectionRow {
  readonly flow: string;
  readonly external: string;
  /** Its title with its abbreviation. */
  readonly endpoint: Text;
  readonly abbreviation?: string;
  /** The body that runs it, or NOT_STATED. */
  readonly operator: Text;
  readonly operatorStated: boolean;
  readonly path: ExternalPath;
  readonly pathLabel: Text;
  readonly pathAssumed: boolean;
  readonly direction: Text;
  /** The zone (or site) name, and the zone and site in words. */
  readonly end: string;
  readonly endLabel: Text;
  readonly system?: string;
  readonly systemTitle?: Text;
}

/** An external endpoint the province declares beyond the built-in catalogue. */
export interface DeclaredExternalRow {
  readonly name: string;
  /** Its title with its abbreviation. */
  readonly title: Text;
  readonly abbreviation?: string;
  readonly category: ExternalCategory;
  readonly categoryLabel: Text;
  readonly operator: Text;
  readonly operatorStated: boolean;
  readonly pathLabel: Text;
  readonly basis?: string;
  /** Flows of the inventory that reach it. */
  readonly flows: number;
}

export interface NationalSection {
  readonly connections: readonly NationalConnectionRow[];
  readonly declared: readonly DeclaredExternalRow[];
}

function connectionRow(model: Model, flow: Flow, np: NationalPath): NationalConnectionRow {
  const end = externalEnd(flow)!;
  const system = flow.system ? model.systems.find((s) => s.name === flow.system) : undefined;
  const e = np.endpoint;
  return {
    flow: flow.name,
    external: e.name,
    endpoint: endpointName(e),
    ...(e.abbreviation ? { abbreviation: e.abbreviation } : {}),
    operator: e.operator ?? NOT_STATED,
    operatorStated: e.operator !== undefined,
    path: np.path,
    pathLabel: np.label,
    pathAssumed: np.assumed,
    direction: end.outbound ? t('từ tỉnh đến hệ thống quốc gia', 'from the province') : t('từ hệ thống quốc gia đến tỉnh', 'to the province'),
    end: end.other.type === 'zone' ? end.other.zone : end.other.type === 'site' ? end.other.site : end.external,
    endLabel: endText(model, end.other),
    ...(flow.system ? { system: flow.system, systemTitle: system ? t(system.title, system.titleEn ?? system.title) : same(flow.system) } : {}),
  };
}

/** Flows between the province and national systems (by endpoint, then flow), and the province's own endpoints. */
export function nationalSection(model: Model): NationalSection {
  const connections = model.flows
    .flatMap((f) => {
      const np = nationalPath(model, f);
      return np ? [connectionRow(model, f, np)] : [];
    })
    .sort((a, b) => cmp(a.external, b.external) || cmp(a.flow, b.flow));
  const reaches = (name: string) => model.flows.filter((f) => externalEnd(f)?.external === name).length;
  const declared = model.externals
    .filter((e) => !e.builtin)
    .map((e): DeclaredExternalRow => ({
      name: e.name,
      title: endpointName(e),
      ...(e.abbreviation ? { abbreviation: e.abbreviation } : {}),
      category: e.category,
      categoryLabel: EXTERNAL_CATEGORY_LABELS[e.category],
      operator: e.operator ?? NOT_STATED,
      operatorStated: e.operator !== undefined,
      pathLabel: EXTERNAL_PATH_LABELS[e.path],
      ...(e.basis ? { basis: e.basis } : {}),
      flows: reaches(e.name),
    }));
  return { connections, declared };
}

export interface ProviderRow {
  readonly name: string;
  readonly title: string;
  readonly kindLabel: Text;
  readonly description?: string;
}

/** A site with who owns it (the report's site table). */
export interface SiteOwnershipRow {
  readonly name: string;
  readonly title: string;
  readonly roleLabel: Text;
  readonly ownership: Site['ownership'];
  /** "của tỉnh" / "của nhà cung cấp dịch vụ (Công ty X)". */
  readonly ownershipLabel: Text;
  readonly provider?: string;
}

export interface RentedSystemRow {
  readonly name: string;
  readonly title: Text;
  readonly modelLabel: Text;
  /** The provider's title. */
  readonly provider?: string;
  /** The provider also operates the system. */
  readonly operatedByProvider: boolean;
  readonly contract?: Contract;
  readonly contractLabel?: Text;
}

export interface SocLayerRow {
  readonly layer: SocLayerName;
  readonly label: Text;
  readonly sourcing?: 'in-house' | 'rented';
  /** In-house or rented in words; NOT_DECLARED for a layer the inventory leaves out. */
  readonly sourcingLabel: Text;
  readonly provider?: string;
  readonly contractLabel?: Text;
  readonly description?: string;
}

export interface RentedSection {
  readonly providers: readonly ProviderRow[];
  readonly sites: readonly SiteOwnershipRow[];
  readonly systems: readonly RentedSystemRow[];
  /** The four layers in their order; absent when the inventory does not declare the four-layer model. */
  readonly layers?: readonly SocLayerRow[];
}

/** A site with its role and who owns it. */
export function siteOwnershipRow(model: Party, s: Site): SiteOwnershipRow {
  const provider = s.provider ? partyTitle(model, s.provider) : undefined;
  const own = SITE_OWNERSHIP_LABELS[s.ownership];
  return {
    name: s.name,
    title: s.title,
    roleLabel: SITE_ROLE_LABELS[s.role],
    ownership: s.ownership,
    ownershipLabel: provider ? concat(own, same(` (${provider})`)) : own,
    ...(provider ? { provider } : {}),
  };
}

function rentedSystemRow(model: Model, s: System): RentedSystemRow {
  const operator = systemOperator(model, s);
  const providerName = s.service?.provider ?? (operator?.provider ? s.operator : undefined);
  return {
    name: s.name,
    title: t(s.title, s.titleEn ?? s.title),
    modelLabel: s.service ? SERVICE_MODEL_LABELS[s.service.model] : t('chưa khai báo hình thức cung cấp', 'service model not declared'),
    ...(providerName ? { provider: partyTitle(model, providerName) } : {}),
    operatedByProvider: operator?.provider ?? false,
    ...(s.service?.contract ? { contract: s.service.contract, contractLabel: contractText(s.service.contract) } : {}),
  };
}

function socLayerRows(model: Model): SocLayerRow[] | undefined {
  const declared = model.province.securityOperations?.layers;
  if (!declared) return undefined;
  return SOC_LAYERS.map((layer): SocLayerRow => {
    const l = declared.find((x) => x.layer === layer);
    if (!l) return { layer, label: SOC_LAYER_LABELS[layer], sourcingLabel: NOT_DECLARED };
    return {
      layer,
      label: SOC_LAYER_LABELS[layer],
      sourcing: l.sourcing,
      sourcingLabel: SOURCING_LABELS[l.sourcing],
      ...(l.provider ? { provider: partyTitle(model, l.provider) } : {}),
      ...(l.contract ? { contractLabel: contractText(l.contract) } : {}),
      ...(l.description ? { description: l.description } : {}),
    };
  });
}

/** Providers, every site with its owner, the rented systems and the four-layer model. */
export function rentedSection(model: Model): RentedSection {
  const rented = (s: System) =>
    (s.service !== undefined && (s.service.model !== 'on-premises' || s.service.provider !== undefined)) || !!providerOf(model, s.operator);
  const layers = socLayerRows(model);
  return {
    providers: model.province.providers.map((p) => ({
      name: p.name,
      title: p.title,
      kindLabel: PROVIDER_KIND_LABELS[p.providerKind],
      ...(p.description ? { description: p.description } : {}),
    })),
    sites: model.sites.map((s) => siteOwnershipRow(model, s)),
    systems: model.systems.filter(rented).map((s) => rentedSystemRow(model, s)),
    ...(layers ? { layers } : {}),
  };
}

/** Whether the inventory says yes, no, or nothing. */
export type Declared = 'yes' | 'no' | 'undeclared';

export interface AgencyEdgeRow {
  readonly name: string;
  readonly title: string;
  readonly kindLabel: Text;
  readonly tslcd: boolean;
  readonly firewall: Declared;
  /** "có (Fortinet FortiGate 60F)", "không", "chưa khai báo". */
  readonly firewallLabel: Text;
  readonly internet: Declared;
  readonly internetLabel: Text;
  /** "7.390/7.559 máy trạm (97,8 %)". */
  readonly workstations?: Text;
  readonly servers?: Text;
  readonly videoConferenceEndpoints?: number;
  readonly oneStopDesks?: number;
}

/** An agency-edge finding of the evaluation, as the report lists it. */
export interface AgencyFindingRow {
  readonly rule: string;
  readonly title?: Text;
  readonly status: FindingStatus;
  readonly severity: FindingSeverity;
  readonly message: Text;
  readonly location: string;
  readonly remediation?: Text;
  readonly confidence?: FindingConfidence;
}

export interface AgencyFindingGroup {
  readonly agency: string;
  readonly title: string;
  readonly kindLabel?: Text;
  readonly findings: readonly AgencyFindingRow[];
}

export interface AgencyEdgeSection {
  readonly rows: readonly AgencyEdgeRow[];
  /** The totals over the rows, each counted with the message catalogue. */
  readonly totals: readonly Text[];
  /** The province-wide computer figures (Province `endpoints`), when declared. */
  readonly province?: Text;
  /** Per agency, its agency-edge findings that need attention (fail, due, temporary risk acceptance, manual check). */
  readonly groups: readonly AgencyFindingGroup[];
  /** Agencies with agency-edge findings, and those among them that pass every check. */
  readonly checked: number;
  readonly clear?: Text;
}

const YES = t('có', 'yes');
const NO = t('không', 'no');

const KIND_ORDER: readonly AgencyKind[] = ['province-office', 'department', 'district', 'commune', 'ward', 'special-zone', 'other'];
const byKind = (a: Agency, b: Agency) => KIND_ORDER.indexOf(a.agencyKind) - KIND_ORDER.indexOf(b.agencyKind) || cmp(a.name, b.name);

/** A share in per cent, one decimal ("97,8 %" / "97.8%"). */
function share(part: number, whole: number): Text {
  const x = (Math.round((part / whole) * 1000) / 10).toFixed(1);
  return t(`${x.replace('.', ',')}\u00a0%`, `${x}%`);
}

/** Protected out of all computers of one kind, with the share; what is missing said in words. */
export function endpointFigure(counts: EndpointCounts | undefined, kind: 'workstations' | 'servers'): Text | undefined {
  const total = kind === 'workstations' ? counts?.workstations : counts?.servers;
  const covered = kind === 'workstations' ? counts?.workstationsProtected : counts?.serversProtected;
  const count = (n: number) => (kind === 'workstations' ? msg('count.workstations', { n }) : msg('count.servers', { n }));
  if (total !== undefined && covered !== undefined) {
    const figure =
      kind === 'workstations'
        ? msg('count.protected-workstations', { protected: covered, n: total })
        : msg('count.protected-servers', { protected: covered, n: total });
    return total > 0 ? concat(figure, t(` (${share(covered, total).vi})`, ` (${share(covered, total).en})`)) : figure;
  }
  if (total !== undefined) return concat(count(total), t('; số máy có phần mềm phòng, chống mã độc chưa khai báo', '; protected count not declared'));
  if (covered !== undefined) return concat(count(covered), t(' có phần mềm phòng, chống mã độc; tổng số chưa khai báo', ' protected; total not declared'));
  return undefined;
}

const mbps = (n: number): Text => t(`${thousands(n, 'vi')} Mb/s`, `${thousands(n, 'en')} Mb/s`);

function edgeRow(a: Agency): AgencyEdgeRow {
  const firewall: Declared = a.edge === undefined ? 'undeclared' : a.edge.firewall ? 'yes' : 'no';
  const product = [a.edge?.vendor, a.edge?.model].filter(Boolean).join(' ');
  const internet: Declared = a.internet === undefined ? 'undeclared' : a.internet.link ? 'yes' : 'no';
  const link = a.internet?.link
    ? [...(a.internet.provider ? [same(a.internet.provider)] : []), ...(a.internet.bandwidthMbps !== undefined ? [mbps(a.internet.bandwidthMbps)] : [])]
    : [];
  const word = (d: Declared) => (d === 'yes' ? YES : d === 'no' ? NO : NOT_DECLARED);
  const workstations = endpointFigure(a.endpoints, 'workstations');
  const servers = endpointFigure(a.endpoints, 'servers');
  return {
    name: a.name,
    title: a.title,
    kindLabel: AGENCY_KIND_LABELS[a.agencyKind],
    tslcd: a.tslcd !== undefined,
    firewall,
    firewallLabel: firewall === 'yes' && product ? concat(YES, same(` (${product})`)) : word(firewall),
    internet,
    internetLabel: link.length > 0 ? concat(YES, same(' ('), join(link, ', '), same(')')) : word(internet),
    ...(workstations ? { workstations } : {}),
    ...(servers ? { servers } : {}),
    ...(a.videoConferenceEndpoints !== undefined ? { videoConferenceEndpoints: a.videoConferenceEndpoints } : {}),
    ...(a.oneStopDesks !== undefined ? { oneStopDesks: a.oneStopDesks } : {}),
  };
}

/** The totals of the agency table: how many agencies, firewalls, own links, computers, endpoints, desks. */
function edgeTotals(agencies: readonly Agency[], rows: readonly AgencyEdgeRow[]): Text[] {
  const tally = (key: 'firewall' | 'internet') => ({
    yes: rows.filter((r) => r[key] === 'yes').length,
    no: rows.filter((r) => r[key] === 'no').length,
    unknown: rows.filter((r) => r[key] === 'undeclared').length,
  });
  const full = agencies.filter((a) => a.endpoints?.workstations !== undefined && a.endpoints.workstationsProtected !== undefined);
  const sum = (list: readonly Agency[], f: (a: Agency) => number | undefined) => list.reduce((n, a) => n + (f(a) ?? 0), 0);
  const figure =
    full.length > 0
      ? endpointFigure(
          { workstations: sum(full, (a) => a.endpoints?.workstations), workstationsProtected: sum(full, (a) => a.endpoints?.workstationsProtected) },
          'workstations',
        )
      : undefined;
  const video = agencies.filter((a) => a.videoConferenceEndpoints !== undefined);
  const desks = agencies.filter((a) => a.oneStopDesks !== undefined);
  return [
    msg('report.edge-agencies', { n: rows.length }),
    msg('report.edge-firewall', tally('firewall')),
    msg('report.edge-internet', tally('internet')),
    ...(figure
      ? [
          concat(
            t(
              'máy trạm có phần mềm phòng, chống mã độc, cộng các cơ quan khai báo đủ số liệu: ',
              'protected workstations, over the agencies declaring both figures: ',
            ),
            figure,
          ),
        ]
      : []),
    ...(video.length > 0 ? [msg('count.video-endpoints', { n: sum(video, (a) => a.videoConferenceEndpoints) })] : []),
    ...(desks.length > 0 ? [msg('count.one-stop-desks', { n: sum(desks, (a) => a.oneStopDesks) })] : []),
  ];
}

/** The province-wide figures (Province `endpoints`) in one sentence, when declared. */
function provinceFigures(counts: EndpointCounts | undefined): Text | undefined {
  if (!counts) return undefined;
  const parts = [
    endpointFigure(counts, 'workstations'),
    endpointFigure(counts, 'servers'),
    counts.asOf ? t(`tính đến ngày ${viDate(counts.asOf)}`, `as of ${counts.asOf}`) : undefined,
    counts.reference ? t(`nguồn: ${counts.reference}`, `source: ${counts.reference}`) : undefined,
  ].filter((p): p is Text => p !== undefined);
  const head = t('Số liệu toàn tỉnh (máy có phần mềm phòng, chống mã độc trên tổng số): ', 'Province-wide figures (computers with anti-malware out of all): ');
  return concat(head, join(parts, '; '), same('.'));
}

const ATTENTION: readonly FindingStatus[] = ['fail', 'due', 'waived', 'manual'];

/** The agency-edge findings (rules AGY-…, target `agencies/<name>`) of the evaluation, per agency. */
function agencyFindings(model: Model, findings: readonly Finding[], order: readonly string[]): Pick<AgencyEdgeSection, 'groups' | 'checked' | 'clear'> {
  const byAgency = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.target.startsWith('agencies/') || !f.rule.startsWith('AGY-')) continue;
    const name = f.target.slice('agencies/'.length).split('/')[0]!;
    byAgency.set(name, [...(byAgency.get(name) ?? []), f]);
  }
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = [...byAgency.keys()].sort((a, b) => rank(a) - rank(b) || cmp(a, b));
  const groups = names.flatMap((name): AgencyFindingGroup[] => {
    const list = byAgency.get(name)!.filter((f) => ATTENTION.includes(f.status));
    if (list.length === 0) return [];
    list.sort(
      (a, b) =>
        ATTENTION.indexOf(a.status) - ATTENTION.indexOf(b.status) || cmp(a.rule, b.rule) || cmp(a.part ?? '', b.part ?? '') || cmp(a.message.vi, b.message.vi),
    );
    const agency = model.agencies.find((a) => a.name === name);
    return [
      { agency: name, title: agency?.title ?? name, ...(agency ? { kindLabel: AGENCY_KIND_LABELS[agency.agencyKind] } : {}), findings: list.map(findingRow) },
    ];
  });
  const clear = names.length - groups.length;
  return { groups, checked: names.length, ...(clear > 0 ? { clear: msg('report.edge-clear', { n: clear }) } : {}) };
}

function findingRow(f: Finding): AgencyFindingRow {
  return {
    rule: f.rule,
    ...(f.title ? { title: f.title } : {}),
    status: f.status,
    severity: f.severity,
    message: f.message,
    location: f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : f.target,
    ...(f.remediation ? { remediation: f.remediation } : {}),
    ...(f.confidence ? { confidence: f.confidence } : {}),
  };
}

const hasEdgeData = (a: Agency): boolean =>
  a.tslcd !== undefined ||
  a.internet !== undefined ||
  a.edge !== undefined ||
  a.endpoints !== undefined ||
  a.videoConferenceEndpoints !== undefined ||
  a.oneStopDesks !== undefined;

/** One row per agency with a TSLCD link or any edge data, the totals, the province's figures and the findings. */
export function agencyEdgeSection(model: Model, findings: readonly Finding[]): AgencyEdgeSection {
  const agencies = model.agencies.filter(hasEdgeData).sort(byKind);
  const rows = agencies.map(edgeRow);
  const province = provinceFigures(model.province.endpoints);
  const order = [...model.agencies].sort(byKind).map((a) => a.name);
  return { rows, totals: edgeTotals(agencies, rows), ...(province ? { province } : {}), ...agencyFindings(model, findings, order) };
}

/** The three estate sections of the compliance report. */
export interface EstateSections {
  readonly national: NationalSection;
  readonly rented: RentedSection;
  readonly agencies: AgencyEdgeSection;
}

export function estateSections(model: Model, findings: readonly Finding[]): EstateSections {
  return { national: nationalSection(model), rented: rentedSection(model), agencies: agencyEdgeSection(model, findings) };
}
