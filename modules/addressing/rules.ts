// The plan rules. Each finding names its rule id and the clause it enforces; overlaps name both sides' locations.
import { text, type Finding, type Model, type SourceLocation, type SourceRef } from '../model/index.js';
import { BITS, finding, overlapPairs, type Item, type ParsedPool } from './plan.js';
import { parsePrefixStrict, prefixContainsPrefix, parseAddress, prefixContainsAddress, type Prefix } from '../net/index.js';

interface RuleInput {
  readonly model: Model;
  readonly items: readonly Item[];
  readonly pools: readonly ParsedPool[];
  readonly siteRole: ReadonlyMap<string, 'primary' | 'dr' | 'other'>;
  readonly locate: (source: SourceRef, path: readonly (string | number)[]) => SourceLocation;
  readonly asOf?: string | undefined;
}

const where = (l: SourceLocation) => `${l.file}:${l.line}:${l.column}`;
const P = (s: string): Prefix => {
  const r = parsePrefixStrict(s);
  if (!r.ok) throw new Error(`bad constant ${s}`);
  return r.prefix;
};

/** Special-purpose ranges (RFC 6890 registries) that never belong in a plan; the reference names each one's RFC. */
const SPECIAL: readonly { prefix: Prefix; what: string; rfc: string; severity: 'error' | 'warning' }[] = [
  { prefix: P('0.0.0.0/8'), what: '"this network" 0.0.0.0/8', rfc: 'RFC 791, RFC 6890', severity: 'error' },
  { prefix: P('127.0.0.0/8'), what: 'loopback 127.0.0.0/8', rfc: 'RFC 1122, RFC 6890', severity: 'error' },
  { prefix: P('169.254.0.0/16'), what: 'link-local 169.254.0.0/16', rfc: 'RFC 3927', severity: 'error' },
  { prefix: P('224.0.0.0/4'), what: 'multicast 224.0.0.0/4', rfc: 'RFC 5771', severity: 'error' },
  { prefix: P('240.0.0.0/4'), what: 'reserved 240.0.0.0/4', rfc: 'RFC 1112, RFC 6890', severity: 'error' },
  { prefix: P('192.0.0.0/24'), what: 'IETF protocol assignments 192.0.0.0/24', rfc: 'RFC 6890', severity: 'error' },
  { prefix: P('198.18.0.0/15'), what: 'benchmarking 198.18.0.0/15', rfc: 'RFC 2544', severity: 'error' },
  { prefix: P('100.64.0.0/10'), what: 'shared CGN space 100.64.0.0/10', rfc: 'RFC 6598', severity: 'warning' },
  { prefix: P('192.0.2.0/24'), what: 'documentation TEST-NET-1', rfc: 'RFC 5737', severity: 'warning' },
  { prefix: P('198.51.100.0/24'), what: 'documentation TEST-NET-2', rfc: 'RFC 5737', severity: 'warning' },
  { prefix: P('203.0.113.0/24'), what: 'documentation TEST-NET-3', rfc: 'RFC 5737', severity: 'warning' },
  { prefix: P('::/128'), what: 'unspecified address ::/128', rfc: 'RFC 4291 §2.5.2', severity: 'error' },
  { prefix: P('::1/128'), what: 'loopback ::1/128', rfc: 'RFC 4291 §2.5.3', severity: 'error' },
  { prefix: P('::ffff:0:0/96'), what: 'IPv4-mapped ::ffff:0:0/96', rfc: 'RFC 4291 §2.5.5.2', severity: 'error' },
  { prefix: P('fe80::/10'), what: 'link-local fe80::/10', rfc: 'RFC 4291 §2.5.6', severity: 'error' },
  { prefix: P('ff00::/8'), what: 'multicast ff00::/8', rfc: 'RFC 4291 §2.7', severity: 'error' },
];
const DOC_V6 = P('2001:db8::/32');
const GLOBAL_UNICAST = P('2000::/3');
const ULA = P('fc00::/7');
const ULA_L = P('fd00::/8');

/** Pool purposes a prefix may sit in, by what it is and where. */
function allowedPurposes(item: Item, siteRole: ReadonlyMap<string, string>): readonly string[] {
  if (item.role === 'cluster-pod') return ['cluster-pod'];
  if (item.role === 'cluster-service') return ['cluster-service'];
  if (item.role === 'link') return ['p2p-links'];
  if (item.kind === 'Agency') return ['tslcd-wan', 'agencies'];
  const role = item.site !== undefined ? siteRole.get(item.site) : undefined;
  return role === 'dr' ? ['dr', 'management', 'public'] : ['datacenter', 'management', 'public'];
}

const overlapsOrContains = (a: Prefix, b: Prefix) => a.family === b.family && (prefixContainsPrefix(a, b) || prefixContainsPrefix(b, a));

export function planRules(input: RuleInput): Finding[] {
  const { model, items, pools, siteRole, locate } = input;
  const out: Finding[] = [];
  const itemAt = (i: Item) => locate(i.source, i.path);
  const poolAt = (p: ParsedPool, field = 'prefix') => locate(model.province.source, ['spec', 'addressPools', p.index, field]);
  const provinceTarget = 'province';

  // --- Overlaps: one sort + sweep over every prefix; each pair classified once. ---
  for (const [a, b] of overlapPairs(items)) {
    const la = itemAt(a);
    const lb = itemAt(b);
    const same = a.prefix === b.prefix;
    const relVi = same ? 'trùng' : 'chứa';
    const relEn = same ? 'is the same as' : 'contains';
    const describe = (vi: string, en: string) => text(
      `${a.key} (${a.prefix}, ${where(la)}) ${relVi} ${b.key} (${b.prefix}, ${where(lb)})${vi}.`,
      `${a.key} (${a.prefix}, ${where(la)}) ${relEn} ${b.key} (${b.prefix}, ${where(lb)})${en}.`,
    );
    if (a.kind === 'Cluster' || b.kind === 'Cluster') {
      if (a.key === b.key) continue;
      out.push(finding('ADDR-K8S-01', 'error', b.target, lb, describe(
        '; dải pod và service của cụm phải tách rời mọi prefix được định tuyến và nhau',
        '; cluster pod and service ranges must be disjoint from every routed prefix and from each other'),
      'Kubernetes networking: pod and service ranges must not overlap node or routed networks'));
      continue;
    }
    const ra = a.site !== undefined ? siteRole.get(a.site) : undefined;
    const rb = b.site !== undefined ? siteRole.get(b.site) : undefined;
    const drPair = a.site !== b.site && a.kind === 'Zone' && b.kind === 'Zone' && ((ra === 'dr') !== (rb === 'dr')) &&
      model.sites.some((s) => s.role === 'dr' && (s.name === a.site || s.name === b.site) && (s.drFor === undefined || s.drFor === a.site || s.drFor === b.site));
    if (drPair) {
      out.push(finding('ADDR-DR-01', 'error', b.target, lb, describe(
        '; prefix của site dự phòng phải tách rời prefix của site chính (trừ khi dự phòng nguội dùng lại địa chỉ trong một routing domain riêng)',
        '; DR site prefixes must be disjoint from the primary site\'s (unless a cold standby reuses them in a routing domain of its own)'),
      'hatang rule (IPAM practice): a DR site reuses the primary\'s ranges only in a routing domain of its own; no regulation fixes it'));
      continue;
    }
    if ((a.routingDomain ?? '') !== (b.routingDomain ?? '')) continue; // separate VRFs may reuse space
    out.push(finding('ADDR-OVERLAP-01', 'error', b.target, lb, describe(
      ` trong routing domain "${a.routingDomain ?? '—'}"; prefix phải duy nhất trong mỗi routing domain`,
      ` in routing domain "${a.routingDomain ?? '—'}"; prefixes must be unique within a routing domain`),
    a.routingDomain === 'tslcd' ? 'TT 19/2023/TT-BTTTT (TSLCD addresses are not duplicated across agencies or services)' : 'RFC 4291 §2.1 (unicast addresses identify one interface); IPAM uniqueness per routing domain'));
  }

  // --- Pools: duplicates, special ranges, IPv6 rules on pools, TSLCD source. ---
  pools.forEach((p, n) => {
    for (const q of pools.slice(0, n)) {
      if (q.prefix.family === p.prefix.family && q.prefix.text === p.prefix.text && q.pool.routingDomain === p.pool.routingDomain) {
        out.push(finding('ADDR-POOL-03', 'error', provinceTarget, poolAt(p), text(
          `Pool "${p.pool.name}" trùng prefix ${p.prefix.text} với pool "${q.pool.name}" (${where(poolAt(q))}) trong cùng routing domain.`,
          `Pool "${p.pool.name}" has the same prefix ${p.prefix.text} as pool "${q.pool.name}" (${where(poolAt(q))}) in the same routing domain.`,
        ), 'IPAM uniqueness per routing domain'));
      }
    }
    special(p.prefix, `pool "${p.pool.name}"`, provinceTarget, () => poolAt(p));
    if (p.prefix.family === 'ipv6') {
      if (overlapsOrContains(DOC_V6, p.prefix)) {
        out.push(finding('V6-08', 'warning', provinceTarget, poolAt(p), text(
          `Pool "${p.pool.name}" (${p.prefix.text}) nằm trong dải tài liệu 2001:db8::/32: chỉ dùng cho ví dụ, không dùng trong quy hoạch thật.`,
          `Pool "${p.pool.name}" (${p.prefix.text}) is in the documentation range 2001:db8::/32: for examples only, never in a production plan.`,
        ), 'RFC 3849'));
      } else if (prefixContainsPrefix(ULA, p.prefix)) {
        ulaRules(p);
      } else if (!prefixContainsPrefix(GLOBAL_UNICAST, p.prefix) && !SPECIAL.some((s) => overlapsOrContains(s.prefix, p.prefix))) {
        out.push(finding('V6-08', 'error', provinceTarget, poolAt(p), text(
          `Pool "${p.pool.name}" (${p.prefix.text}) không thuộc dải unicast toàn cầu 2000::/3 cũng không phải ULA.`,
          `Pool "${p.pool.name}" (${p.prefix.text}) is neither global unicast (2000::/3) nor ULA.`,
        ), 'RFC 4291 §2.4'));
      }
      nibble(p.prefix, `pool "${p.pool.name}"`, provinceTarget, () => poolAt(p));
    }
    if (p.pool.routingDomain === 'tslcd' || p.pool.purpose === 'tslcd-wan') {
      if (p.pool.source !== 'cuc-bdtw') {
        out.push(finding('V6-12', 'error', provinceTarget, poolAt(p, 'source'), text(
          `Pool "${p.pool.name}" dùng trên TSLCD phải do Cục Bưu điện Trung ương cấp (source: cuc-bdtw), đang là "${p.pool.source}".`,
          `Pool "${p.pool.name}" is used on the TSLCD and must be allocated by Cục Bưu điện Trung ương (source: cuc-bdtw); it is "${p.pool.source}".`,
        ), 'TT 19/2023/TT-BTTTT (Cục Bưu điện Trung ương manages and allocates TSLCD addresses)'));
      }
      if (input.asOf !== undefined) {
        const reviewed = p.pool.lastReviewed;
        if (reviewed === undefined || monthsBetween(reviewed, input.asOf) > 12) {
          out.push(finding('V6-12', 'warning', provinceTarget, poolAt(p, reviewed === undefined ? 'name' : 'lastReviewed'), text(
            reviewed === undefined
              ? `Pool TSLCD "${p.pool.name}" chưa ghi ngày rà soát (lastReviewed); phải rà soát hằng năm.`
              : `Pool TSLCD "${p.pool.name}" rà soát lần cuối ngày ${reviewed}, quá 12 tháng tính đến ${input.asOf}.`,
            reviewed === undefined
              ? `TSLCD pool "${p.pool.name}" has no review date (lastReviewed); it must be reviewed yearly.`
              : `TSLCD pool "${p.pool.name}" was last reviewed on ${reviewed}, more than 12 months before ${input.asOf}.`,
          ), 'TT 19/2023/TT-BTTTT (annual review of TSLCD address use)'));
        }
      }
    }
  });

  function ulaRules(p: ParsedPool) {
    const globalId = (p.prefix.network >> 80n) & 0xffffffffffn;
    if (!prefixContainsPrefix(ULA_L, p.prefix) || p.prefix.length < 48 || globalId === 0n) {
      out.push(finding('V6-09', 'error', provinceTarget, poolAt(p), text(
        `Pool ULA "${p.pool.name}" (${p.prefix.text}) phải nằm trong fd00::/8, dài /48 trở lên, với Global ID 40 bit ngẫu nhiên (không phải 0).`,
        `ULA pool "${p.pool.name}" (${p.prefix.text}) must lie in fd00::/8, be /48 or longer, and have a random 40-bit Global ID (not zero).`,
      ), 'RFC 4193 §3.2'));
    }
    if (p.pool.routingDomain === 'internet' || p.pool.purpose === 'public') {
      out.push(finding('V6-10', 'error', provinceTarget, poolAt(p), text(
        `Pool ULA "${p.pool.name}" không được quảng bá ra Internet (routing domain "${p.pool.routingDomain}", mục đích "${p.pool.purpose}").`,
        `ULA pool "${p.pool.name}" must never be advertised to the Internet (routing domain "${p.pool.routingDomain}", purpose "${p.pool.purpose}").`,
      ), 'RFC 4193 §4.1'));
    }
  }

  function linkRules(i: Item, loc: () => SourceLocation) {
    const p = i.parsed!;
    if (i.family === 'ipv4' && p.length !== 31 && p.length !== 30) {
      out.push(finding('ADDR-LINK-01', 'error', i.target, loc(), text(
        `Liên kết điểm-điểm ${i.key} là ${p.text}; cần /31 (RFC 3021) hoặc /30.`,
        `Point-to-point link ${i.key} is ${p.text}; it should be a /31 (RFC 3021) or a /30.`,
      ), 'RFC 3021'));
    }
    if (i.family !== 'ipv6') return;
    if (p.length !== 127 && p.length !== 64) {
      out.push(finding('V6-02', 'error', i.target, loc(), text(
        `Liên kết điểm-điểm ${i.key} là ${p.text}; cần /127 (RFC 6164) hoặc /64.`,
        `Point-to-point link ${i.key} is ${p.text}; it should be a /127 (RFC 6164) or a /64.`,
      ), 'RFC 6164'));
      return;
    }
    if (p.length !== 127) return;
    const iid = p.network & ((1n << 64n) - 1n);
    // RFC 2526: the highest 128 interface identifiers are reserved anycast; in EUI-64 format the universal/local bit
    // is inverted, so fdff:ffff:ffff:ff80–ff are reserved as well.
    const reserved = iid >= 0xffffffffffffff80n || (iid >= 0xfdffffffffffff80n && iid <= 0xfdffffffffffffffn);
    if (iid === 0n || reserved) {
      out.push(finding('V6-03', 'error', i.target, loc(), text(
        `Liên kết ${i.key} (${p.text}) chứa ${iid === 0n ? 'địa chỉ anycast Subnet-Router (IID ::0)' : 'IID anycast dành riêng (RFC 2526)'}.`,
        `Link ${i.key} (${p.text}) holds ${iid === 0n ? 'the Subnet-Router anycast address (IID ::0)' : 'a reserved anycast interface identifier (RFC 2526)'}.`,
      ), 'RFC 6164 §5.1, RFC 2526'));
    }
  }

  function special(prefix: Prefix, what: string, target: string, loc: () => SourceLocation) {
    for (const s of SPECIAL) {
      if (!overlapsOrContains(s.prefix, prefix)) continue;
      out.push(finding('ADDR-SPECIAL-01', s.severity, target, loc(), text(
        `${what} (${prefix.text}) dùng dải đặc biệt ${s.what}.`,
        `${what} (${prefix.text}) uses the special-purpose range ${s.what}.`,
      ), `${s.rfc}; RFC 6890`));
    }
  }

  function nibble(prefix: Prefix, what: string, target: string, loc: () => SourceLocation) {
    if (prefix.length % 4 === 0 || prefix.length >= 127) return;
    out.push(finding('V6-06', 'warning', target, loc(), text(
      `${what} (${prefix.text}) không ở ranh giới nibble (độ dài không chia hết cho 4).`,
      `${what} (${prefix.text}) is not on a nibble boundary (its length is not a multiple of 4).`,
    ), 'RIPE-690; RIPE NCC, Preparing an IPv6 Address Plan (nibble boundaries)'));
  }

  // --- Per prefix: containment in the right pool, special ranges, sizing, gateways, IPv6 lengths. ---
  const poolByName = new Map(pools.map((p) => [p.pool.name, p]));
  for (const i of items) {
    if (!i.parsed) continue;
    let located: SourceLocation | undefined;
    const loc = () => (located ??= itemAt(i));  // locating re-reads the file: only for findings
    const what = i.key;
    const pool = i.pool !== undefined ? poolByName.get(i.pool) : undefined;
    if (!pool) {
      out.push(finding('ADDR-POOL-01', 'error', i.target, loc(), text(
        `${what} (${i.prefix}) không nằm trong address pool nào của tỉnh.`,
        `${what} (${i.prefix}) is not inside any address pool of the province.`,
      ), 'IPAM containment: every prefix sits in a pool (container) of its routing domain'));
    } else {
      const allowed = allowedPurposes(i, siteRole);
      if (!allowed.includes(pool.pool.purpose)) {
        out.push(finding('ADDR-POOL-02', 'error', i.target, loc(), text(
          `${what} (${i.prefix}) nằm trong pool "${pool.pool.name}" (${pool.pool.purpose}); cần pool có mục đích ${allowed.join(' | ')}.`,
          `${what} (${i.prefix}) is in pool "${pool.pool.name}" (${pool.pool.purpose}); it belongs in a pool of purpose ${allowed.join(' | ')}.`,
        ), 'IPAM pool roles: a prefix sits in a pool meant for its purpose'));
      }
    }
    // A prefix inside a pool that touches no special range cannot touch one either (and the pool's own finding
    // covers a pool that does).
    if (!pool || !prefixContainsPrefix(pool.prefix, i.parsed)) special(i.parsed, what, i.target, loc);

    // Sizing: declared hosts plus network, broadcast and gateway must fit.
    if (i.hosts !== undefined && i.role === 'network') {
      const bits = BITS[i.family] - i.parsed.length;
      const capacity = i.family === 'ipv4' ? (bits >= 2 ? 2 ** bits - 3 : 2 ** bits) : bits >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** bits - 1;
      if (i.hosts > capacity) {
        out.push(finding('ADDR-SIZE-01', 'error', i.target, loc(), text(
          `${what} (${i.prefix}) chứa tối đa ${capacity} máy (trừ địa chỉ mạng, broadcast, gateway) nhưng khai báo ${i.hosts} máy.`,
          `${what} (${i.prefix}) holds at most ${capacity} hosts (after network, broadcast and gateway addresses) but ${i.hosts} are declared.`,
        ), 'IPAM utilisation (network = addresses); RFC 950 (network and broadcast addresses)'));
      }
    }
    if (i.gateway !== undefined) {
      const gw = parseAddress(i.gateway);
      if (gw && !prefixContainsAddress(i.parsed, gw.family, gw.value)) {
        out.push(finding('ADDR-GW-01', 'error', i.target, locate(i.source, [...i.path, 'gateway']), text(
          `Gateway ${i.gateway} nằm ngoài prefix ${i.prefix}.`, `Gateway ${i.gateway} is outside its prefix ${i.prefix}.`,
        ), 'IPAM consistency (gateway inside its subnet)'));
      } else if (gw && i.family === 'ipv4' && i.parsed.length <= 30 &&
        (gw.value === i.parsed.network || gw.value === i.parsed.network + (1n << BigInt(32 - i.parsed.length)) - 1n)) {
        out.push(finding('ADDR-GW-01', 'error', i.target, locate(i.source, [...i.path, 'gateway']), text(
          `Gateway ${i.gateway} là địa chỉ mạng hoặc broadcast của ${i.prefix}.`, `Gateway ${i.gateway} is the network or broadcast address of ${i.prefix}.`,
        ), 'RFC 950; RFC 919 (network and broadcast addresses)'));
      }
    }
    if (i.role === 'link') linkRules(i, loc);
    if (i.family === 'ipv6') {
      if (i.kind === 'Zone' && i.parsed.length !== 64) {
        out.push(finding('V6-01', 'error', i.target, loc(), text(
          `Mạng LAN ${what} phải đúng /64, đang là /${i.parsed.length}.`, `LAN ${what} must be exactly /64; it is /${i.parsed.length}.`,
        ), 'RFC 4291 §2.5.1, RFC 7421'));
      }
      if (i.kind === 'Agency' && i.parsed.length > 56) {
        out.push(finding('V6-05', 'warning', i.target, loc(), text(
          `Cơ quan ${what} nhận ${i.prefix}; một điểm (site) cần /48, điểm nhỏ tối thiểu /56.`,
          `Agency ${what} gets ${i.prefix}; a site should get a /48, a small site at least a /56.`,
        ), 'RIPE-690 (/48 per site, /56 at least for a small site)'));
      }
      if (i.role === 'network' || i.role === 'cluster-pod') nibble(i.parsed, what, i.target, loc);
      if (pool === undefined && !prefixContainsPrefix(GLOBAL_UNICAST, i.parsed) && !prefixContainsPrefix(ULA, i.parsed) && !SPECIAL.some((s) => overlapsOrContains(s.prefix, i.parsed!))) {
        out.push(finding('V6-08', 'error', i.target, loc(), text(
          `${what} (${i.prefix}) không thuộc dải unicast toàn cầu 2000::/3 cũng không phải ULA.`,
          `${what} (${i.prefix}) is neither global unicast (2000::/3) nor ULA.`,
        ), 'RFC 4291 §2.4'));
      }
    }
  }

  // Several /127 links cut from one /64: allowed, but the /64 should be reserved for one link (V6-02).
  const by64 = new Map<string, Item[]>();
  for (const i of items) {
    if (i.role !== 'link' || i.family !== 'ipv6' || !i.parsed || i.parsed.length !== 127) continue;
    const key = (i.parsed.network >> 64n).toString(16);
    const list = by64.get(key) ?? [];
    list.push(i);
    by64.set(key, list);
  }
  for (const list of by64.values()) {
    for (const i of list.slice(1)) {
      const first = list[0]!;
      out.push(finding('V6-02', 'warning', i.target, itemAt(i), text(
        `Liên kết ${i.key} (${i.prefix}) dùng chung /64 với ${first.key} (${first.prefix}, ${where(itemAt(first))}); nên dành riêng một /64 cho mỗi liên kết /127.`,
        `Link ${i.key} (${i.prefix}) shares its /64 with ${first.key} (${first.prefix}, ${where(itemAt(first))}); reserve a /64 for each /127 link.`,
      ), 'RFC 6164; RIPE NCC practice (a /64 reserved per /127 link)'));
    }
  }

  // --- Dual-stack completeness (IPv6 For Gov): a zone or agency with IPv4 and no IPv6. ---
  const v6 = new Set(items.filter((i) => i.family === 'ipv6' && i.role === 'network').map((i) => i.target));
  for (const i of items) {
    if (i.family !== 'ipv4' || i.role !== 'network' || v6.has(i.target)) continue;
    out.push(finding('V6-13', 'warning', i.target, locate(i.source, i.path), text(
      `${i.target} chỉ có IPv4; cơ quan nhà nước cần dual-stack hoặc chỉ IPv6.`,
      `${i.target} is IPv4-only; government networks must be dual-stack or IPv6-only.`,
    ), 'QĐ 38/QĐ-BTTTT (IPv6 For Gov 2021–2025)'));
  }

  // --- VLAN ids unique per site, and not the default or reserved ones. ---
  const vlans = new Map<string, Item>();
  for (const z of model.zones) {
    if (z.vlan === undefined) continue;
    const loc = () => locate(z.source, ['spec', 'vlan']);
    const key = `${z.site}#${z.vlan}`;
    const first = vlans.get(key);
    if (first) {
      const firstZone = model.zones.find((x) => x.name === first.name)!;
      const firstLoc = locate(firstZone.source, ['spec', 'vlan']);
      out.push(finding('ADDR-VLAN-01', 'error', `zones/${z.name}`, loc(), text(
        `VLAN ${z.vlan} của vùng ${z.name} (${where(loc())}) trùng VLAN của vùng ${first.name} (${where(firstLoc)}) tại site ${z.site}.`,
        `VLAN ${z.vlan} of zone ${z.name} (${where(loc())}) is already used by zone ${first.name} (${where(firstLoc)}) at site ${z.site}.`,
      ), 'IEEE 802.1Q (one VLAN id per segment in a bridged domain)'));
    } else {
      vlans.set(key, { name: z.name } as Item);
    }
    if (z.vlan === 1 || (z.vlan >= 1002 && z.vlan <= 1005)) {
      out.push(finding('ADDR-VLAN-02', 'warning', `zones/${z.name}`, loc(), text(
        `VLAN ${z.vlan} là VLAN mặc định hoặc dành riêng của thiết bị; nên dùng VLAN khác.`,
        `VLAN ${z.vlan} is a default or vendor-reserved VLAN; use another one.`,
      ), 'IEEE 802.1Q (VLAN 1 default); common vendor reservation of 1002–1005'));
    }
  }

  // --- Agencies keyed by official administrative codes (QĐ 19/2025; QĐ 124/2004 before). ---
  const twoTier = model.province.tiers === 2;
  for (const a of model.agencies) {
    const target = `agencies/${a.name}`;
    if (a.agencyKind === 'district' && twoTier) {
      out.push(finding('AU-03', 'warning', target, locate(a.source, ['spec', 'kind']), text(
        `Cơ quan cấp huyện ${a.name} trong tỉnh hai cấp: cấp huyện đã bỏ từ 01/07/2025.`,
        `District-level agency ${a.name} in a two-tier province: the district level was abolished on 1 July 2025.`,
      ), 'Luật 72/2025/QH15; QĐ 19/2025/QĐ-TTg'));
    }
    const communeLike = a.agencyKind === 'commune' || a.agencyKind === 'ward' || a.agencyKind === 'special-zone';
    const codeAt = () => locate(a.source, a.code !== undefined ? ['spec', 'code'] : ['spec', 'kind']);
    if (communeLike && (a.code === undefined || !/^[0-9]{5}$/.test(a.code))) {
      out.push(finding('AU-02', 'error', target, codeAt(), text(
        `Đơn vị cấp xã ${a.name} cần mã 5 chữ số theo danh mục đơn vị hành chính (${a.code === undefined ? 'chưa có mã' : `đang là "${a.code}"`}).`,
        `Commune-level unit ${a.name} needs its 5-digit official code (${a.code === undefined ? 'none given' : `it is "${a.code}"`}).`,
      ), 'QĐ 19/2025/QĐ-TTg (commune codes 00001–99999)'));
    } else if (a.agencyKind === 'district' && !twoTier && (a.code === undefined || !/^[0-9]{3}$/.test(a.code))) {
      out.push(finding('AU-02', 'error', target, codeAt(), text(
        `Đơn vị cấp huyện ${a.name} cần mã 3 chữ số (${a.code === undefined ? 'chưa có mã' : `đang là "${a.code}"`}).`,
        `District-level unit ${a.name} needs its 3-digit official code (${a.code === undefined ? 'none given' : `it is "${a.code}"`}).`,
      ), 'QĐ 124/2004/QĐ-TTg (district codes)'));
    } else if (!communeLike && a.agencyKind !== 'district' && (a.ipv4 || a.ipv6) &&
      (a.code === undefined || !(a.code.startsWith(model.province.code) || /^[0-9]{5}/.test(a.code)))) {
      out.push(finding('AU-06', 'warning', target, codeAt(), text(
        `Cơ quan ${a.name} có địa chỉ TSLCD nhưng mã (${a.code ?? 'chưa có'}) không gắn với mã tỉnh ${model.province.code} hay mã xã 5 chữ số.`,
        `Agency ${a.name} has TSLCD addresses but its code (${a.code ?? 'none'}) embeds neither the province code ${model.province.code} nor a 5-digit commune code.`,
      ), 'hatang rule: TSLCD allocations keyed by official administrative codes (QĐ 19/2025/QĐ-TTg)'));
    }
  }
  return out;
}

/** Whole months from `from` to `to` (YYYY-MM-DD), rounded down. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
