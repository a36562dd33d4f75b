// Plain, schema-valid documents → the typed Model, checking names and every reference between entities.
import { parseAddress, parsePrefixStrict, prefixContainsAddress, prefixContainsPrefix, type Family, type Prefix } from '../net/index.js';
import { text, type Diagnostic } from './diagnostics.js';
import { compareCodeUnits } from './order.js';
import { nearest } from './suggest.js';
import {
  TARGET_SEGMENT,
  type AddressSpec, type Agency, type Cluster, type Device, type DualStack, type Endpoint, type Entity, type Flow, type Kind,
  type Model, type PortRange, type Province, type Site, type SourceLocation, type SourceRef, type System, type Waiver,
  type Zone,
} from './types.js';

/** A schema-valid document, its data still plain. */
export interface RawEntity {
  readonly kind: Kind;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly data: any;
  readonly source: SourceRef;
}

export type Locate = (source: SourceRef, path: readonly (string | number)[], at?: 'key' | 'value') => SourceLocation;

const KIND_VI: Record<Kind, string> = {
  Province: 'tỉnh', Site: 'site', Zone: 'vùng mạng', Flow: 'luồng', Device: 'thiết bị', Cluster: 'cụm', System: 'hệ thống',
  Agency: 'cơ quan', Waiver: 'miễn trừ',
};
const where = (l: SourceLocation) => `${l.file}:${l.line}:${l.column}`;
/** Misspelling suggestions compare against every name of a kind; past this many, skip them to stay fast. */
const MAX_SUGGESTIONS = 200;

export function resolveModel(
  raws: readonly RawEntity[],
  locate: Locate,
  meta: { readonly root: string; readonly hash: string; readonly files: readonly string[] },
  partial: {
    /** Names of documents already reported as invalid, by kind: references to them are not reported again. */
    readonly rejected?: ReadonlyMap<string, ReadonlySet<string>>;
    /** Some document could not be read at all, so any reference may point into it: report none. */
    readonly incomplete?: boolean;
  } = {},
): { model?: Model; diagnostics: Diagnostic[] } {
  const rejected = partial.rejected ?? new Map<string, ReadonlySet<string>>();
  const diagnostics: Diagnostic[] = [];
  let suggestionsLeft = MAX_SUGGESTIONS;
  const error = (code: Diagnostic['code'], raw: RawEntity, path: (string | number)[], message: ReturnType<typeof text>, extra: Partial<Diagnostic> = {}) => {
    diagnostics.push({
      code,
      severity: 'error',
      location: locate(raw.source, path),
      pointer: '/' + path.join('/'),
      message,
      ...extra,
    });
  };

  // Names are unique per kind; the first definition wins so that references still resolve.
  const byKind = new Map<Kind, Map<string, RawEntity>>();
  for (const raw of raws) {
    let names = byKind.get(raw.kind);
    if (!names) byKind.set(raw.kind, (names = new Map()));
    const name = raw.data.metadata.name as string;
    const first = names.get(name);
    if (first) {
      const firstAt = locate(first.source, ['metadata', 'name']);
      error('duplicate-name', raw, ['metadata', 'name'], text(
        `${KIND_VI[raw.kind]} "${name}" đã được khai báo tại ${where(firstAt)}; tên phải duy nhất trong mỗi loại.`,
        `${raw.kind} "${name}" is already defined at ${where(firstAt)}; names must be unique per kind.`,
      ), { found: name });
      continue;
    }
    names.set(name, raw);
  }
  const named = (kind: Kind) => byKind.get(kind) ?? new Map<string, RawEntity>();

  const provinces = [...named('Province').values()];
  if (provinces.length !== 1) {
    if (provinces.length === 0 && !rejected.has('Province') && !partial.incomplete) {
      diagnostics.push({
        code: 'province-count',
        severity: 'error',
        location: { file: meta.root, line: 1, column: 1 },
        message: text('Inventory cần đúng một tài liệu kind: Province; không tìm thấy tài liệu nào.',
          'An inventory needs exactly one document of kind Province; none was found.'),
      });
    } else if (provinces.length > 1) {
      const firstAt = locate(provinces[0]!.source, []);
      for (const extra of provinces.slice(1)) {
        error('province-count', extra, [], text(
          `Inventory chỉ được có một Province; đã có "${provinces[0]!.data.metadata.name}" tại ${where(firstAt)}. Mỗi tỉnh dùng một thư mục riêng.`,
          `An inventory holds exactly one Province; "${provinces[0]!.data.metadata.name}" is already at ${where(firstAt)}. Use one folder per province.`,
        ));
      }
    }
  }
  const pools = new Map<string, { family: Family; prefix: string; parsed?: Prefix }>();
  for (const p of provinces[0]?.data.spec.addressPools ?? []) {
    const parsed = parsePrefixStrict(String(p.prefix), p.family);
    pools.set(p.name, { family: p.family, prefix: p.prefix, ...(parsed.ok ? { parsed: parsed.prefix } : {}) });
  }

  /** Checks that `name` names an entity of `kind`; reports a located error with a suggestion when not. */
  const ref = (raw: RawEntity, path: (string | number)[], kind: Kind, name: string | undefined): boolean => {
    if (name === undefined) return true;
    const names = named(kind);
    if (names.has(name)) return true;
    if (partial.incomplete || rejected.get(kind)?.has(name)) return false;
    // Names of rejected documents are still what the author meant to reference.
    const suggestion = suggestionsLeft-- > 0 ? nearest(name, [...names.keys(), ...(rejected.get(kind) ?? [])]) : undefined;
    error('dangling-reference', raw, path, text(
      `${KIND_VI[kind]} "${name}" không tồn tại${names.size === 0 ? ` (inventory chưa có ${KIND_VI[kind]} nào)` : ''}.`,
      `${kind} "${name}" does not exist${names.size === 0 ? ` (the inventory defines no ${kind})` : ''}.`,
    ), { found: name, expected: `name of a ${kind}`, ...(suggestion ? { suggestion } : {}) });
    return false;
  };
  const sameSite = (raw: RawEntity, path: (string | number)[], zoneName: string | undefined, site: string, what: { vi: string; en: string }) => {
    if (zoneName === undefined) return;
    const zone = named('Zone').get(zoneName);
    if (!zone || zone.data.spec.site === site) return;
    error('inconsistent-reference', raw, path, text(
      `Vùng "${zoneName}" thuộc site "${zone.data.spec.site}", nhưng ${what.vi} ở site "${site}".`,
      `Zone "${zoneName}" is at site "${zone.data.spec.site}", but ${what.en} is at site "${site}".`,
    ), { found: zoneName });
  };
  const address = (raw: RawEntity, path: (string | number)[], family: Family, value: unknown): AddressSpec | undefined => {
    if (value === undefined) return undefined;
    const spec = typeof value === 'string' ? { prefix: value } : (value as { prefix?: string; size?: number; pool?: string; gateway?: string });
    const out: { prefix?: string; size?: number; pool?: string; gateway?: string } = {};
    let explicit: Prefix | undefined;
    if (spec.prefix !== undefined) {
      const parsed = parsePrefixStrict(spec.prefix, family);
      if (parsed.ok) {
        explicit = parsed.prefix;
        out.prefix = parsed.prefix.text;
        if (spec.gateway !== undefined) {
          const gw = parseAddress(spec.gateway)!;
          out.gateway = spec.gateway;
          if (!prefixContainsAddress(parsed.prefix, gw.family, gw.value)) {
            error('inconsistent-reference', raw, [...path, 'gateway'], text(
              `Gateway ${spec.gateway} nằm ngoài prefix ${parsed.prefix.text}.`,
              `Gateway ${spec.gateway} is outside its prefix ${parsed.prefix.text}.`,
            ), { found: spec.gateway, expected: `an address inside ${parsed.prefix.text}` });
          }
        }
      }
    } else if (spec.gateway !== undefined) {
      out.gateway = spec.gateway;
    }
    if (spec.size !== undefined) out.size = spec.size;
    if (spec.pool !== undefined) {
      out.pool = spec.pool;
      const pool = pools.get(spec.pool);
      if (!pool && (provinces.length === 0 || partial.incomplete)) {
        // without a readable Province the pools are unknown; its absence is reported on its own
      } else if (!pool) {
        const suggestion = nearest(spec.pool, pools.keys());
        error('dangling-reference', raw, [...path, 'pool'], text(
          `Address pool "${spec.pool}" không có trong addressPools của Province.`,
          `Address pool "${spec.pool}" is not among the Province's addressPools.`,
        ), { found: spec.pool, expected: 'name of an address pool', ...(suggestion ? { suggestion } : {}) });
      } else if (pool.family !== family) {
        error('inconsistent-reference', raw, [...path, 'pool'], text(
          `Address pool "${spec.pool}" là ${pool.family}, nhưng trường này cần ${family}.`,
          `Address pool "${spec.pool}" is ${pool.family}, but this field needs ${family}.`,
        ), { found: spec.pool });
      } else if (explicit && pool.parsed && !prefixContainsPrefix(pool.parsed, explicit)) {
        error('inconsistent-reference', raw, [...path, 'prefix'], text(
          `Prefix ${explicit.text} nằm ngoài address pool "${spec.pool}" (${pool.parsed.text}) mà nó khai báo.`,
          `Prefix ${explicit.text} is outside its address pool "${spec.pool}" (${pool.parsed.text}).`,
        ), { found: explicit.text, expected: `a prefix inside ${pool.parsed.text}` });
      }
    }
    return out;
  };
  const dualStack = (raw: RawEntity, path: (string | number)[], value: { ipv4?: unknown; ipv6?: unknown }): DualStack => {
    const ipv4 = address(raw, [...path, 'ipv4'], 'ipv4', value.ipv4);
    const ipv6 = address(raw, [...path, 'ipv6'], 'ipv6', value.ipv6);
    return { ...(ipv4 ? { ipv4 } : {}), ...(ipv6 ? { ipv6 } : {}) };
  };
  const endpoint = (raw: RawEntity, path: (string | number)[], value: { zone?: string; site?: string; external?: string }): Endpoint => {
    if (value.zone !== undefined) {
      ref(raw, [...path, 'zone'], 'Zone', value.zone);
      return { type: 'zone', zone: value.zone };
    }
    if (value.site !== undefined) {
      ref(raw, [...path, 'site'], 'Site', value.site);
      return { type: 'site', site: value.site };
    }
    return { type: 'external', external: value.external as never };
  };

  const base = (raw: RawEntity) => ({
    kind: raw.kind,
    name: raw.data.metadata.name as string,
    ...(raw.data.metadata.description !== undefined ? { description: raw.data.metadata.description as string } : {}),
    labels: sortedRecord(raw.data.metadata.labels ?? {}),
    source: raw.source,
  });
  const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

  // Province
  let province: Province | undefined;
  const provinceRaw = provinces[0];
  if (provinceRaw) {
    const s = provinceRaw.data.spec;
    (s.addressPools ?? []).forEach((pool: { name: string; family: Family; prefix: string }, i: number) => {
      const parsed = parsePrefixStrict(pool.prefix);
      if (parsed.ok && parsed.prefix.family !== pool.family) {
        error('inconsistent-reference', provinceRaw, ['spec', 'addressPools', i, 'prefix'], text(
          `Pool "${pool.name}" khai báo family ${pool.family} nhưng prefix ${pool.prefix} là ${parsed.prefix.family}.`,
          `Pool "${pool.name}" declares family ${pool.family} but its prefix ${pool.prefix} is ${parsed.prefix.family}.`,
        ), { found: pool.prefix, expected: `${pool.family} prefix` });
      }
    });
    const poolNames = new Map<string, number>();
    (s.addressPools ?? []).forEach((pool: { name: string }, i: number) => {
      if (poolNames.has(pool.name)) {
        error('duplicate-name', provinceRaw, ['spec', 'addressPools', i, 'name'], text(
          `Address pool "${pool.name}" bị khai báo hai lần.`, `Address pool "${pool.name}" is defined twice.`,
        ), { found: pool.name });
      }
      poolNames.set(pool.name, i);
    });
    province = {
      ...base(provinceRaw),
      kind: 'Province',
      code: s.code,
      title: s.name,
      tiers: s.tiers,
      ...opt('effectiveFrom', s.effectiveFrom),
      ...opt('asOf', s.asOf),
      ...opt('seat', s.seat),
      ...opt('operator', s.operator),
      formerUnits: s.formerUnits ?? [],
      addressPools: (s.addressPools ?? []).map((p: Record<string, unknown>) => {
        const parsed = parsePrefixStrict(String(p.prefix));
        return { ...p, prefix: parsed.ok ? parsed.prefix.text : p.prefix };
      }),
    };
  }

  const sites: Site[] = [];
  for (const raw of named('Site').values()) {
    const s = raw.data.spec;
    if (s.drFor !== undefined) {
      if (s.drFor === raw.data.metadata.name) {
        error('inconsistent-reference', raw, ['spec', 'drFor'], text('Site không thể là site dự phòng của chính nó.', 'A site cannot be the DR site of itself.'), { found: s.drFor });
      } else {
        ref(raw, ['spec', 'drFor'], 'Site', s.drFor);
      }
    }
    ((s.replicationLinks ?? []) as { to: string }[]).forEach((l, i) => ref(raw, ['spec', 'replicationLinks', i, 'to'], 'Site', l.to));
    const linkNames = new Set<string>();
    const p2p = ((s.pointToPointLinks ?? []) as { name: string; description?: string; ipv4?: unknown; ipv6?: unknown }[]).map((l, i) => {
      if (linkNames.has(l.name)) {
        error('duplicate-name', raw, ['spec', 'pointToPointLinks', i, 'name'], text(`Liên kết "${l.name}" bị khai báo hai lần tại site này.`, `Link "${l.name}" is defined twice at this site.`), { found: l.name });
      }
      linkNames.add(l.name);
      return {
        name: l.name,
        ...opt('description', l.description),
        ...opt('ipv4', address(raw, ['spec', 'pointToPointLinks', i, 'ipv4'], 'ipv4', l.ipv4)),
        ...opt('ipv6', address(raw, ['spec', 'pointToPointLinks', i, 'ipv6'], 'ipv6', l.ipv6)),
      };
    });
    sites.push({
      ...base(raw),
      kind: 'Site',
      title: s.name,
      role: s.role,
      ...opt('drFor', s.drFor),
      ...opt('address', s.address),
      ...opt('location', s.location),
      ...opt('rating', s.rating),
      ...opt('power', s.power),
      ...opt('cooling', s.cooling),
      ...opt('distributionPaths', s.distributionPaths),
      internetUplinks: s.internetUplinks ?? [],
      ...opt('tslcdPaths', s.tslcdPaths),
      ...opt('operator', s.operator),
      ...opt('commissioned', s.commissioned),
      ...opt('stateBackend', s.stateBackend),
      replicationLinks: ((s.replicationLinks ?? []) as Record<string, unknown>[]).map((l) => ({ ...l, count: l.count ?? 1, paths: l.paths ?? 1 })) as unknown as Site['replicationLinks'],
      ...opt('pointToPointLinks', p2p.length > 0 ? p2p : undefined),
    });
  }

  const zones: Zone[] = [];
  for (const raw of named('Zone').values()) {
    const s = raw.data.spec;
    ref(raw, ['spec', 'site'], 'Site', s.site);
    zones.push({
      ...base(raw),
      kind: 'Zone',
      site: s.site,
      zoneKind: s.kind,
      ...opt('title', s.title),
      ...opt('vlan', s.vlan),
      ...opt('ipv4', address(raw, ['spec', 'ipv4'], 'ipv4', s.ipv4)),
      ...opt('ipv6', address(raw, ['spec', 'ipv6'], 'ipv6', s.ipv6)),
      ...opt('hosts', s.hosts),
    });
  }

  const flows: Flow[] = [];
  for (const raw of named('Flow').values()) {
    const s = raw.data.spec;
    const ports: PortRange[] = [];
    (s.ports as string[]).forEach((p, i) => {
      const parsed = parsePort(p);
      if ('vi' in parsed) {
        error('invalid-value', raw, ['spec', 'ports', i], text(`Cổng "${p}" không hợp lệ: ${parsed.vi}.`, `Port "${p}" is not valid: ${parsed.en}.`), {
          found: p,
          expected: 'tcp|udp|sctp/1-65535 with first <= last',
        });
      } else {
        ports.push(parsed);
      }
    });
    if (s.system !== undefined) ref(raw, ['spec', 'system'], 'System', s.system);
    flows.push({
      ...base(raw),
      kind: 'Flow',
      from: endpoint(raw, ['spec', 'from'], s.from),
      to: endpoint(raw, ['spec', 'to'], s.to),
      ports,
      purpose: s.purpose,
      ...opt('system', s.system),
    });
  }

  const devices: Device[] = [];
  for (const raw of named('Device').values()) {
    const s = raw.data.spec;
    ref(raw, ['spec', 'site'], 'Site', s.site);
    const what = { vi: `thiết bị "${raw.data.metadata.name}"`, en: `device "${raw.data.metadata.name}"` };
    if (s.zone !== undefined && ref(raw, ['spec', 'zone'], 'Zone', s.zone)) sameSite(raw, ['spec', 'zone'], s.zone, s.site, what);
    const boundaryZones: string[] = s.boundaries?.zones ?? [];
    boundaryZones.forEach((z, i) => {
      if (ref(raw, ['spec', 'boundaries', 'zones', i], 'Zone', z)) sameSite(raw, ['spec', 'boundaries', 'zones', i], z, s.site, what);
    });
    devices.push({
      ...base(raw),
      kind: 'Device',
      deviceKind: s.kind,
      capabilities: [...(s.capabilities ?? [])].sort(),
      site: s.site,
      ...opt('zone', s.zone),
      boundaryZones: [...boundaryZones].sort(),
      boundaryExternals: [...(s.boundaries?.externals ?? [])].sort(),
      redundancy: s.redundancy,
      ...opt('count', s.count),
      service: s.service ?? false,
      ...opt('vendor', s.vendor),
      ...opt('model', s.model),
    });
  }

  const clusters: Cluster[] = [];
  for (const raw of named('Cluster').values()) {
    const s = raw.data.spec;
    ref(raw, ['spec', 'site'], 'Site', s.site);
    const poolNames = new Set<string>();
    (s.nodePools as { name: string; zone: string }[]).forEach((pool, i) => {
      if (poolNames.has(pool.name)) {
        error('duplicate-name', raw, ['spec', 'nodePools', i, 'name'], text(`Node pool "${pool.name}" bị khai báo hai lần.`, `Node pool "${pool.name}" is defined twice.`), { found: pool.name });
      }
      poolNames.add(pool.name);
      if (ref(raw, ['spec', 'nodePools', i, 'zone'], 'Zone', pool.zone)) {
        sameSite(raw, ['spec', 'nodePools', i, 'zone'], pool.zone, s.site, { vi: `cụm "${raw.data.metadata.name}"`, en: `cluster "${raw.data.metadata.name}"` });
      }
    });
    clusters.push({
      ...base(raw),
      kind: 'Cluster',
      site: s.site,
      ...opt('distribution', s.distribution),
      ...opt('version', s.version),
      ...opt('context', s.context),
      ...opt('apiEndpoint', s.apiEndpoint),
      nodePools: s.nodePools,
      podCidrs: dualStack(raw, ['spec', 'podCidrs'], s.podCidrs),
      serviceCidrs: dualStack(raw, ['spec', 'serviceCidrs'], s.serviceCidrs),
    });
  }

  const systems: System[] = [];
  for (const raw of named('System').values()) {
    const s = raw.data.spec;
    const self = raw.data.metadata.name as string;
    ref(raw, ['spec', 'owner'], 'Agency', s.owner);
    ref(raw, ['spec', 'operator'], 'Agency', s.operator);
    const componentNames = new Set<string>();
    (s.components as { name: string; zone: string }[]).forEach((c, i) => {
      if (componentNames.has(c.name)) {
        error('duplicate-name', raw, ['spec', 'components', i, 'name'], text(`Thành phần "${c.name}" bị khai báo hai lần.`, `Component "${c.name}" is defined twice.`), { found: c.name });
      }
      componentNames.add(c.name);
      ref(raw, ['spec', 'components', i, 'zone'], 'Zone', c.zone);
    });
    if (s.cluster) ref(raw, ['spec', 'cluster', 'name'], 'Cluster', s.cluster.name);
    if (s.backup?.site !== undefined) ref(raw, ['spec', 'backup', 'site'], 'Site', s.backup.site);
    if (s.dr?.site !== undefined) ref(raw, ['spec', 'dr', 'site'], 'Site', s.dr.site);
    ((s.dependsOn ?? []) as string[]).forEach((d, i) => {
      if (d === self) {
        error('inconsistent-reference', raw, ['spec', 'dependsOn', i], text('Hệ thống không thể phụ thuộc vào chính nó.', 'A system cannot depend on itself.'), { found: d });
      } else {
        ref(raw, ['spec', 'dependsOn', i], 'System', d);
      }
    });
    systems.push({
      ...base(raw),
      kind: 'System',
      title: s.name,
      ...opt('titleEn', s.nameEn),
      owner: s.owner,
      ...opt('operator', s.operator),
      level: s.level,
      criterion: s.criterion,
      ...opt('criterionNote', s.criterionNote),
      citizenFacing: s.citizenFacing ?? false,
      stateSecret: s.stateSecret ?? false,
      ...opt('personalDataSubjects', s.personalDataSubjects),
      ...opt('hosting', s.hosting),
      components: (s.components as Record<string, unknown>[]).map((c) => ({ ...c, public: c.public ?? false })) as unknown as System['components'],
      ...opt('cluster', s.cluster),
      ...opt('rpoMinutes', s.rpo === undefined ? undefined : minutes(s.rpo)),
      ...opt('rtoMinutes', s.rto === undefined ? undefined : minutes(s.rto)),
      ...opt('backup', s.backup === undefined ? undefined : {
        frequencyMinutes: minutes(s.backup.frequency),
        retentionDays: s.backup.retentionDays,
        offsite: s.backup.offsite ?? false,
        ...opt('site', s.backup.site as string | undefined),
      }),
      ...opt('dr', s.dr),
      ...opt('data', s.data),
      ...opt('logging', s.logging),
      ...opt('adminAuth', s.adminAuth),
      ...opt('tls', s.tls),
      evidence: s.evidence ?? {},
      dependsOn: [...(s.dependsOn ?? [])].sort(),
    });
  }

  const agencies: Agency[] = [];
  const agencyRaws = named('Agency');
  for (const raw of agencyRaws.values()) {
    const s = raw.data.spec;
    const self = raw.data.metadata.name as string;
    if (s.parent === self) {
      error('inconsistent-reference', raw, ['spec', 'parent'], text('Cơ quan không thể là cấp trên của chính nó.', 'An agency cannot be its own parent.'), { found: s.parent });
    } else {
      ref(raw, ['spec', 'parent'], 'Agency', s.parent);
    }
    ref(raw, ['spec', 'site'], 'Site', s.site);
    agencies.push({
      ...base(raw),
      kind: 'Agency',
      title: s.name,
      agencyKind: s.kind,
      ...opt('code', s.code),
      formerCodes: s.formerCodes ?? [],
      ...opt('parent', s.parent),
      ...opt('site', s.site),
      ...opt('tslcd', s.tslcd),
      ...opt('ipv4', address(raw, ['spec', 'ipv4'], 'ipv4', s.ipv4)),
      ...opt('ipv6', address(raw, ['spec', 'ipv6'], 'ipv6', s.ipv6)),
      ...opt('hosts', s.hosts),
    });
  }
  reportParentCycles(agencyRaws, error);

  const waivers: Waiver[] = [];
  const segmentKind = new Map(Object.entries(TARGET_SEGMENT).map(([kind, seg]) => [seg, kind as Kind]));
  for (const raw of named('Waiver').values()) {
    const s = raw.data.spec;
    const [segment, name] = (s.target as string).split('/');
    const kind = segmentKind.get(segment!)!;
    if (kind === 'Province') {
      if (name !== undefined && provinceRaw && name !== provinceRaw.data.metadata.name) {
        error('dangling-reference', raw, ['spec', 'target'], text(`Tỉnh "${name}" không phải tỉnh của inventory này.`, `Province "${name}" is not this inventory's province.`), { found: s.target });
      }
    } else if (name === undefined) {
      error('invalid-value', raw, ['spec', 'target'], text(
        `Đích miễn trừ "${s.target}" thiếu tên; cần dạng ${segment}/<tên>.`,
        `Waiver target "${s.target}" lacks a name; expected ${segment}/<name>.`,
      ), { found: s.target, expected: `${segment}/<name>` });
    } else {
      ref(raw, ['spec', 'target'], kind, name);
    }
    if (s.approvedOn !== undefined && s.approvedOn > s.expires) {
      error('invalid-value', raw, ['spec', 'expires'], text(
        `Ngày hết hạn ${s.expires} trước ngày phê duyệt ${s.approvedOn}.`,
        `Expiry ${s.expires} is before the approval date ${s.approvedOn}.`,
      ), { found: s.expires });
    }
    waivers.push({
      ...base(raw),
      kind: 'Waiver',
      rule: s.rule,
      target: s.target,
      reason: s.reason,
      approver: s.approver,
      ...opt('approvedOn', s.approvedOn),
      expires: s.expires,
      ...opt('reference', s.reference),
    });
  }

  if (diagnostics.length > 0 || !province) return { diagnostics };
  const byName = <T extends Entity>(list: T[]) => list.sort((a, b) => compareCodeUnits(a.name, b.name));
  return {
    diagnostics,
    model: {
      root: meta.root,
      hash: meta.hash,
      files: meta.files,
      province,
      sites: byName(sites),
      zones: byName(zones),
      flows: byName(flows),
      devices: byName(devices),
      clusters: byName(clusters),
      systems: byName(systems),
      agencies: byName(agencies),
      waivers: byName(waivers),
    },
  };
}

function reportParentCycles(
  agencies: Map<string, RawEntity>,
  error: (code: Diagnostic['code'], raw: RawEntity, path: (string | number)[], message: ReturnType<typeof text>, extra?: Partial<Diagnostic>) => void,
): void {
  const state = new Map<string, 1 | 2>(); // 1 = on the current chain, 2 = known to end
  for (const start of agencies.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && agencies.has(current) && state.get(current) !== 2) {
      if (state.get(current) === 1) {
        const cycle = chain.slice(chain.indexOf(current));
        error('inconsistent-reference', agencies.get(current)!, ['spec', 'parent'], text(
          `Quan hệ cấp trên tạo thành vòng: ${[...cycle, current].join(' → ')}.`,
          `Parent links form a cycle: ${[...cycle, current].join(' → ')}.`,
        ));
        break;
      }
      state.set(current, 1);
      chain.push(current);
      const parent: unknown = agencies.get(current)!.data.spec.parent;
      current = typeof parent === 'string' && parent !== current ? parent : undefined;
    }
    for (const name of chain) state.set(name, 2);
  }
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b)));
}

function minutes(duration: string): number {
  const value = Number(duration.slice(0, -1));
  const unit = duration.slice(-1);
  return unit === 'd' ? value * 1440 : unit === 'h' ? value * 60 : value;
}

/** Parses a port spec already shaped by the schema; returns the reason when the numbers are wrong. */
function parsePort(spec: string): PortRange | ReturnType<typeof text> {
  if (spec === 'icmp' || spec === 'icmpv6' || spec === 'any') return { protocol: spec };
  const [protocol, range] = spec.split('/') as [PortRange['protocol'], string];
  const [first, last = first] = range.split('-').map(Number) as [number, number?];
  if (first < 1 || first > 65535 || last < 1 || last > 65535) return text('số cổng phải từ 1 đến 65535', 'port numbers run from 1 to 65535');
  if (first > last) return text('cổng đầu lớn hơn cổng cuối', 'the first port is greater than the last');
  return { protocol, from: first, to: last };
}
