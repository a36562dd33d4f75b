// The Province: exactly one per inventory, and its address pools.
import { parsePrefixStrict, type Family } from '../../net/index.js';
import { text } from '../diagnostics.js';
import type { Province } from '../types.js';
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
  };
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
