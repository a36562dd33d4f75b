// The Province: exactly one per inventory, and its address pools.
import { parsePrefixStrict, type Family } from '../../net/index.js';
import { text } from '../diagnostics.js';
import { BUILTIN_EXTERNALS } from '../externals.js';
import type { ExternalEndpoint, Province, SocLayer } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

/** Reports an inventory with no Province (unless it may be among the unreadable documents) or with several. */
export function checkProvinceCount(ctx: Resolution, root: string): void {
  const provinces = [...ctx.named('Province').values()];
  if (provinces.length === 1) return;
  if (provinces.length === 0 && !ctx.rejected.has('Province') && !ctx.incomplete) {
    ctx.diagnostics.push({
      code: 'province-count',
      severity: 'error',
      location: { file: root, line: 1, column: 1 },
      message: text(
        'Bộ khai báo hạ tầng cần đúng một tài liệu khai báo tỉnh (Province); không tìm thấy tài liệu nào.',
        'An inventory needs exactly one document of kind Province; none was found.',
      ),
    });
  } else if (provinces.length > 1) {
    const firstAt = ctx.whereIs(provinces[0]!, []);
    for (const extra of provinces.slice(1)) {
      ctx.error(
        'province-count',
        extra,
        [],
        text(
          `Bộ khai báo hạ tầng chỉ được có một tài liệu khai báo tỉnh; đã có "${provinces[0]!.data.metadata.name}" tại ${firstAt}. Mỗi tỉnh dùng một thư mục riêng.`,
          `An inventory holds exactly one Province; "${provinces[0]!.data.metadata.name}" is already at ${firstAt}. Use one folder per province.`,
        ),
      );
    }
  }
}

/** The first Province read, its pools checked for family and duplicate names; undefined when there is none. */
export function resolveProvince(ctx: Resolution): Province | undefined {
  const raw = ctx.province();
  if (!raw) return undefined;
  const s = raw.data.spec;
  checkPools(ctx, raw);
  return {
    ...base(raw),
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
    externals: declaredExternals(ctx, raw),
    providers: uniqueNamed(ctx, raw, 'providers', (s.providers ?? []) as ProviderInput[]).map((p) => ({
      name: p.name,
      title: p.title,
      providerKind: p.kind,
      ...opt('description', p.description),
    })),
    ...opt('securityOperations', s.securityOperations ? { layers: socLayers(ctx, raw) } : undefined),
    ...opt('endpoints', s.endpoints),
  };
}

/** Entries of a named list of the Province, each name once (a repeated name is an error located at the repeat). */
function uniqueNamed<T extends { name: string }>(ctx: Resolution, raw: RawEntity, field: string, list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item, i) => {
    if (!seen.has(item.name)) return seen.add(item.name);
    ctx.error(
      'duplicate-name',
      raw,
      ['spec', field, i, 'name'],
      text(`Tên "${item.name}" đã được dùng trong \`${field}\`.`, `Name "${item.name}" is already used in \`${field}\`.`),
      { found: item.name },
    );
    return false;
  });
}

type ProviderInput = { name: string; title: string; kind: Province['providers'][number]['providerKind']; description?: string };
type ExternalInput = {
  ipv4?: string[];
  ipv6?: string[];
  name: string;
  title: string;
  titleEn?: string;
  abbreviation?: string;
  category: ExternalEndpoint['category'];
  operator?: string;
  path: ExternalEndpoint['path'];
  basis?: string;
};

/** The Province's own external endpoints; a name of the built-in catalogue cannot be declared again. */
function declaredExternals(ctx: Resolution, raw: RawEntity): ExternalEndpoint[] {
  const list = uniqueNamed(ctx, raw, 'externals', (raw.data.spec.externals ?? []) as ExternalInput[]);
  const all = (raw.data.spec.externals ?? []) as ExternalInput[];
  return list.flatMap((e) => {
    const i = all.indexOf(e);
    if (e.name in BUILTIN_EXTERNALS) {
      ctx.error(
        'duplicate-name',
        raw,
        ['spec', 'externals', i, 'name'],
        text(
          `"${e.name}" đã có trong danh mục hệ thống bên ngoài của hatang; dùng trực tiếp tên này trong luồng, không khai báo lại.`,
          `"${e.name}" is in hatang's catalogue of external endpoints; name it in flows directly instead of declaring it again.`,
        ),
        { found: e.name },
      );
      return [];
    }
    return [
      {
        name: e.name,
        category: e.category,
        title: { vi: e.title, en: e.titleEn ?? e.title },
        ...opt('abbreviation', e.abbreviation),
        ...opt('operator', e.operator !== undefined ? { vi: e.operator, en: e.operator } : undefined),
        path: e.path,
        pathConfidence: 'verified' as const,
        ...opt('basis', e.basis),
        builtin: false,
        ...opt('ipv4', prefixesOf(ctx, raw, ['spec', 'externals', i, 'ipv4'], 'ipv4', e.ipv4)),
        ...opt('ipv6', prefixesOf(ctx, raw, ['spec', 'externals', i, 'ipv6'], 'ipv6', e.ipv6)),
        source: ctx.locateIn(raw, ['spec', 'externals', i]),
      },
    ];
  });
}

/** A declared list of prefixes in canonical form, each of the family of its list. */
function prefixesOf(ctx: Resolution, raw: RawEntity, path: (string | number)[], family: Family, list: readonly string[] | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  return list.flatMap((p, i) => {
    const parsed = parsePrefixStrict(p, family);
    if (parsed.ok) return [parsed.prefix.text];
    const fam = family === 'ipv6' ? 'IPv6' : 'IPv4';
    ctx.error('invalid-prefix', raw, [...path, i], text(`"${p}" không phải là dải địa chỉ ${fam} hợp lệ.`, `"${p}" is not a valid ${fam} prefix.`), {
      found: p,
      expected: `${fam} prefix`,
    });
    return [];
  });
}

/** The four-layer model's layers, each at most once, their providers declared. */
function socLayers(ctx: Resolution, raw: RawEntity): SocLayer[] {
  const seen = new Set<string>();
  const layers = (raw.data.spec.securityOperations.layers ?? []) as SocLayer[];
  return layers.filter((l, i) => {
    ctx.providerRef(raw, ['spec', 'securityOperations', 'layers', i, 'provider'], l.provider);
    if (!seen.has(l.layer)) return seen.add(l.layer);
    ctx.error(
      'duplicate-name',
      raw,
      ['spec', 'securityOperations', 'layers', i, 'layer'],
      text(`Lớp "${l.layer}" đã được khai báo.`, `Layer "${l.layer}" is already declared.`),
      { found: l.layer },
    );
    return false;
  });
}

/** Every pool's prefix must be of its declared family, and pool names unique. */
function checkPools(ctx: Resolution, raw: RawEntity): void {
  const pools = raw.data.spec.addressPools ?? [];
  pools.forEach((pool: { name: string; family: Family; prefix: string }, i: number) => {
    const parsed = parsePrefixStrict(pool.prefix);
    if (parsed.ok && parsed.prefix.family !== pool.family) {
      ctx.error(
        'inconsistent-reference',
        raw,
        ['spec', 'addressPools', i, 'prefix'],
        text(
          `Dải gốc "${pool.name}" khai báo họ địa chỉ ${pool.family === 'ipv6' ? 'IPv6' : 'IPv4'} nhưng dải địa chỉ ${pool.prefix} là ${parsed.prefix.family === 'ipv6' ? 'IPv6' : 'IPv4'}.`,
          `Pool "${pool.name}" declares family ${pool.family} but its prefix ${pool.prefix} is ${parsed.prefix.family}.`,
        ),
        { found: pool.prefix, expected: `${pool.family} prefix` },
      );
    }
  });
  checkRegistrations(ctx, raw);
  const poolNames = new Map<string, number>();
  pools.forEach((pool: { name: string }, i: number) => {
    if (poolNames.has(pool.name)) {
      ctx.error(
        'duplicate-name',
        raw,
        ['spec', 'addressPools', i, 'name'],
        text(`Dải gốc "${pool.name}" bị khai báo hai lần.`, `Address pool "${pool.name}" is defined twice.`),
        { found: pool.name },
      );
    }
    poolNames.set(pool.name, i);
  });
}

/** `registration` says whether a public range is registered with the national monitoring centre: only a public pool has one. */
function checkRegistrations(ctx: Resolution, raw: RawEntity): void {
  const pools = raw.data.spec.addressPools ?? [];
  pools.forEach((pool: { name: string; purpose: string; registration?: unknown }, i: number) => {
    if (pool.registration === undefined || pool.purpose === 'public') return;
    ctx.error(
      'invalid-value',
      raw,
      ['spec', 'addressPools', i, 'registration'],
      text(
        `Dải gốc "${pool.name}" không phải dải địa chỉ công khai; chỉ khai báo tình trạng đăng ký với Trung tâm Giám sát an toàn không gian mạng quốc gia cho dải địa chỉ công khai.`,
        `Pool "${pool.name}" is not a public pool; only a pool of purpose public has a registration with the national monitoring centre.`,
      ),
      { found: pool.purpose, expected: 'public' },
    );
  });
}
