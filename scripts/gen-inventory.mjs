#!/usr/bin/env zx
// Generates a large synthetic national inventory: one hatang inventory folder per province (post-2025 codes).
//
//   npx zx scripts/gen-inventory.mjs --agencies 100000 --out bench-data/national-100k \
//       [--provinces 34] [--communes 3321] [--systems-per-province 12]
//
// Deterministic: the same arguments give byte-identical files (no clock, no unseeded randomness). Every
// reference resolves, every prefix is canonical and lies inside its Province address pool, and no two
// prefixes of one province overlap. Files are written atomically (temp file + rename). `<out>/gen-summary.json`
// records the parameters and the counts; scripts/bench/load-validate.mjs reuses a folder when it matches.
//
// Data: province codes and names are the 34 units of QĐ 19/2025/QĐ-TTg (network-standards.md §5.2). Everything
// below the province is synthetic: commune counts are approximate weights, commune codes are spread over
// 00001-99999 in province order, names are "xã số N", coordinates are rough, addresses are RFC 1918 and
// 2001:db8::/32 (documentation).
import { argv, fs, path } from 'zx';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const started = performance.now();

// ---------------------------------------------------------------------------------------------------------------
// Reference data

/** code, slug, name, city (centrally-run), approximate commune-level units (weights only), seat lat/lon (rough). */
const PROVINCES = [
  ['01', 'ha-noi', 'Hà Nội', true, 126, 21.0285, 105.8542],
  ['04', 'cao-bang', 'Cao Bằng', false, 56, 22.6657, 106.2577],
  ['08', 'tuyen-quang', 'Tuyên Quang', false, 124, 21.8233, 105.2142],
  ['11', 'dien-bien', 'Điện Biên', false, 45, 21.3856, 103.0231],
  ['12', 'lai-chau', 'Lai Châu', false, 38, 22.3964, 103.4583],
  ['14', 'son-la', 'Sơn La', false, 75, 21.327, 103.9141],
  ['15', 'lao-cai', 'Lào Cai', false, 99, 21.7229, 104.9113],
  ['19', 'thai-nguyen', 'Thái Nguyên', false, 92, 21.5942, 105.8482],
  ['20', 'lang-son', 'Lạng Sơn', false, 65, 21.8537, 106.7615],
  ['22', 'quang-ninh', 'Quảng Ninh', false, 54, 20.951, 107.08],
  ['24', 'bac-ninh', 'Bắc Ninh', false, 99, 21.2731, 106.1946],
  ['25', 'phu-tho', 'Phú Thọ', false, 148, 21.3227, 105.402],
  ['31', 'hai-phong', 'Hải Phòng', true, 114, 20.8449, 106.6881],
  ['33', 'hung-yen', 'Hưng Yên', false, 104, 20.4463, 106.3365],
  ['37', 'ninh-binh', 'Ninh Bình', false, 129, 20.2506, 105.9745],
  ['38', 'thanh-hoa', 'Thanh Hóa', false, 166, 19.8067, 105.7852],
  ['40', 'nghe-an', 'Nghệ An', false, 130, 18.6796, 105.6813],
  ['42', 'ha-tinh', 'Hà Tĩnh', false, 69, 18.3428, 105.9057],
  ['44', 'quang-tri', 'Quảng Trị', false, 78, 17.4689, 106.6222],
  ['46', 'hue', 'Huế', true, 40, 16.4637, 107.5909],
  ['48', 'da-nang', 'Đà Nẵng', true, 94, 16.0544, 108.2022],
  ['51', 'quang-ngai', 'Quảng Ngãi', false, 96, 15.1205, 108.7923],
  ['52', 'gia-lai', 'Gia Lai', false, 135, 13.782, 109.219],
  ['56', 'khanh-hoa', 'Khánh Hòa', false, 65, 12.2388, 109.1967],
  ['66', 'dak-lak', 'Đắk Lắk', false, 102, 12.6662, 108.0382],
  ['68', 'lam-dong', 'Lâm Đồng', false, 124, 11.9404, 108.4583],
  ['75', 'dong-nai', 'Đồng Nai', false, 95, 10.9574, 106.8426],
  ['79', 'ho-chi-minh', 'Hồ Chí Minh', true, 168, 10.7769, 106.7009],
  ['80', 'tay-ninh', 'Tây Ninh', false, 96, 10.5353, 106.413],
  ['82', 'dong-thap', 'Đồng Tháp', false, 102, 10.36, 106.36],
  ['86', 'vinh-long', 'Vĩnh Long', false, 124, 10.2537, 105.9722],
  ['91', 'an-giang', 'An Giang', false, 102, 10.0125, 105.0809],
  ['92', 'can-tho', 'Cần Thơ', true, 103, 10.0452, 105.7469],
  ['96', 'ca-mau', 'Cà Mau', false, 64, 9.1769, 105.1524],
].map(([code, slug, name, city, weight, lat, lon]) => ({ code, slug, name, city, weight, lat, lon }));

/** Closed codes of provinces merged into a current one (network-standards.md §4.1, §5.1). */
const FORMER_UNITS = {
  48: [{ code: '49', name: 'Quảng Nam', level: 'province', closedOn: '2025-07-01', note: 'Sáp nhập vào thành phố Đà Nẵng (NQ 202/2025/QH15).' }],
  51: [{ code: '62', name: 'Kon Tum', level: 'province', closedOn: '2025-07-01', note: 'Sáp nhập vào tỉnh Quảng Ngãi (NQ 202/2025/QH15).' }],
};

/** The 13 special zones (đặc khu) of the two-tier layout, placed in their provinces. */
const SPECIAL_ZONES = {
  22: ['Vân Đồn', 'Cô Tô'],
  31: ['Cát Hải', 'Bạch Long Vĩ'],
  44: ['Cồn Cỏ'],
  48: ['Hoàng Sa'],
  51: ['Lý Sơn'],
  56: ['Trường Sa'],
  68: ['Phú Quý'],
  79: ['Côn Đảo'],
  91: ['Phú Quốc', 'Kiên Hải', 'Thổ Châu'],
};
const WARD_SHARE = 672 / 3321; // phường among commune-level units (§4.2)

/** Provincial departments and offices (sở, ban, ngành): slug, name, local code suffix, kind. */
const DEPARTMENTS = [
  ['van-phong-ubnd', 'Văn phòng Ủy ban nhân dân', 'VP', 'province-office'],
  ['van-phong-hdnd', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'VPHD', 'province-office'],
  ['so-noi-vu', 'Sở Nội vụ', 'SNV', 'department'],
  ['so-tai-chinh', 'Sở Tài chính', 'STC', 'department'],
  ['so-tu-phap', 'Sở Tư pháp', 'STP', 'department'],
  ['so-khcn', 'Sở Khoa học và Công nghệ', 'SKHCN', 'department'],
  ['so-cong-thuong', 'Sở Công Thương', 'SCT', 'department'],
  ['so-nnmt', 'Sở Nông nghiệp và Môi trường', 'SNNMT', 'department'],
  ['so-xay-dung', 'Sở Xây dựng', 'SXD', 'department'],
  ['so-y-te', 'Sở Y tế', 'SYT', 'department'],
  ['so-gddt', 'Sở Giáo dục và Đào tạo', 'SGDDT', 'department'],
  ['so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'department'],
  ['so-ngoai-vu', 'Sở Ngoại vụ', 'SNGV', 'department'],
  ['so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'SDTTG', 'department'],
  ['thanh-tra', 'Thanh tra', 'TTR', 'department'],
].map(([slug, name, abbr, kind]) => ({ slug, name, abbr, kind }));

/** Units of a commune besides its People's Committee; past the list they are numbered. */
const COMMUNE_UNITS = [
  ['trung-tam-hcc', 'Trung tâm Phục vụ hành chính công'],
  ['cong-an', 'Công an'],
  ['tram-y-te', 'Trạm Y tế'],
  ['dang-uy', 'Văn phòng Đảng ủy'],
  ['hdnd', 'Thường trực Hội đồng nhân dân'],
  ['mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['ban-chqs', 'Ban Chỉ huy quân sự'],
  ['phong-kinh-te', 'Phòng Kinh tế'],
  ['phong-vhxh', 'Phòng Văn hóa - Xã hội'],
  ['trung-tam-dvth', 'Trung tâm Dịch vụ tổng hợp'],
  ['truong-mam-non', 'Trường Mầm non'],
  ['truong-tieu-hoc', 'Trường Tiểu học'],
  ['truong-thcs', 'Trường Trung học cơ sở'],
  ['buu-dien-vh', 'Điểm Bưu điện - Văn hóa'],
];

const PRIMARY_ZONES = ['edge', 'dmz', 'internal-servers', 'database', 'storage', 'backup', 'management', 'device-management', 'soc', 'user', 'wireless', 'iot'];
const DR_ZONES = ['edge', 'dmz', 'internal-servers', 'database', 'storage', 'backup', 'management'];
const ZONE_TITLE = {
  edge: 'Vùng biên',
  dmz: 'Vùng DMZ',
  'internal-servers': 'Vùng máy chủ nội bộ',
  database: 'Vùng cơ sở dữ liệu',
  storage: 'Vùng lưu trữ (SAN)',
  backup: 'Vùng sao lưu',
  management: 'Vùng quản trị',
  'device-management': 'Vùng quản trị thiết bị',
  soc: 'Vùng giám sát an toàn thông tin (SOC)',
  user: 'Vùng người dùng',
  wireless: 'Vùng mạng không dây',
  iot: 'Vùng thu nhận dữ liệu camera, cảm biến',
};
const ZONE_HOSTS = {
  edge: 8,
  dmz: 40,
  'internal-servers': 120,
  database: 30,
  storage: 20,
  backup: 12,
  management: 30,
  'device-management': 60,
  soc: 16,
  user: 200,
  wireless: 200,
  iot: 250,
};

const PRIMARY = 'dc-chinh';
const DR = 'dc-du-phong';

// ---------------------------------------------------------------------------------------------------------------
// Arguments

function fail(message) {
  console.error(`gen-inventory: ${message}`);
  process.exit(2);
}

if (argv.help || argv.h) {
  console.log('Usage: npx zx scripts/gen-inventory.mjs --agencies <n> --out <dir> [--provinces 34] [--communes 3321] [--systems-per-province 12]');
  process.exit(0);
}

const known = new Set(['_', 'agencies', 'out', 'provinces', 'communes', 'systems-per-province']);
for (const key of Object.keys(argv)) if (!known.has(key)) fail(`unknown option --${key} (see --help)`);
if (argv._.length > 0) fail(`unexpected argument ${JSON.stringify(argv._[0])} (see --help)`);

function intOption(name, fallback, min, max) {
  const raw = argv[name];
  if (raw === undefined) {
    if (fallback === undefined) fail(`--${name} is required (see --help)`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) fail(`--${name} must be an integer from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  return value;
}

const provinceCount = intOption('provinces', 34, 1, PROVINCES.length);
const communeCount = intOption('communes', 3321, provinceCount, 99_999);
const systemsPerProvince = intOption('systems-per-province', 12, 1, 999);
const minAgencies = provinceCount * DEPARTMENTS.length + communeCount;
const agencyCount = intOption('agencies', undefined, 1, 10_000_000);
if (agencyCount < minAgencies) {
  fail(
    `--agencies ${agencyCount} is too few: ${provinceCount} provinces × ${DEPARTMENTS.length} departments + ${communeCount} commune People's Committees need at least ${minAgencies}`,
  );
}
if (argv.out === undefined || argv.out === true || String(argv.out) === '') fail('--out <dir> is required (see --help)');
const outDir = path.resolve(String(argv.out));

// ---------------------------------------------------------------------------------------------------------------
// Addresses (BigInt arithmetic, canonical text)

const ipv4Text = (value) => [24n, 16n, 8n, 0n].map((s) => Number((BigInt(value) >> s) & 0xffn)).join('.');

/** RFC 5952: lower case, no leading zeros, the longest run (≥ 2) of zero groups compressed, the first on ties. */
function ipv6Text(value) {
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

const v4 = (a, b, c, d) => (BigInt(a) << 24n) | (BigInt(b) << 16n) | (BigInt(c) << 8n) | BigInt(d);
const v4Prefix = (network, length) => `${ipv4Text(network)}/${length}`;
const v6Prefix = (network, length) => `${ipv6Text(network)}/${length}`;
/** 2001:db8:<h3>:<h4>:: with h3/h4 as 16-bit numbers. */
const v6 = (h3, h4 = 0, low = 0n) => (0x20010db8n << 96n) | (BigInt(h3) << 80n) | (BigInt(h4) << 64n) | low;
/** Reads decimal digits as hex digits, so that code 51 gives 0x51 and VLAN 110 gives 0x110 (readable plans). */
const hexDigits = (n) => parseInt(String(n), 16);

const log2ceil = (n) => (n <= 1 ? 0 : Math.ceil(Math.log2(n)));

// ---------------------------------------------------------------------------------------------------------------
// YAML emitter (block style, small mappings and lists in flow style); strings are quoted whenever a YAML 1.1 or
// 1.2 reader could take them for anything but a string.

const BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+0-9._:eExXoObB]*)$/;

function str(s, flow) {
  if (
    s === '' ||
    BAD_START.test(s) ||
    /\s$/.test(s) ||
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s) ||
    s.includes(': ') ||
    s.includes(' #') ||
    s.endsWith(':') ||
    NOT_A_STRING.test(s) ||
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(s) ||
    (flow && /[,[\]{}]/.test(s))
  )
    return JSON.stringify(s);
  return s;
}
const scalar = (v, flow) => (typeof v === 'string' ? str(v, flow) : String(v));
const isScalar = (v) => v === null || typeof v !== 'object';

function flowText(v) {
  if (Array.isArray(v)) return `[${v.map((x) => scalar(x, true)).join(', ')}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${k}: ${scalar(x, true)}`).join(', ')} }`;
}
function flowable(v) {
  const values = Array.isArray(v) ? v : Object.values(v);
  return values.every(isScalar) && flowText(v).length <= 90;
}

function block(obj, indent, out) {
  const pad = ' '.repeat(indent);
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (isScalar(v)) out.push(`${pad}${k}: ${scalar(v, false)}`);
    else if (flowable(v)) out.push(`${pad}${k}: ${flowText(v)}`);
    else if (Array.isArray(v)) {
      out.push(`${pad}${k}:`);
      for (const item of v) {
        if (isScalar(item)) out.push(`${pad}  - ${scalar(item, false)}`);
        else if (flowable(item)) out.push(`${pad}  - ${flowText(item)}`);
        else {
          const lines = [];
          block(item, indent + 4, lines);
          lines[0] = `${pad}  - ${lines[0].slice(indent + 4)}`;
          out.push(...lines);
        }
      }
    } else {
      out.push(`${pad}${k}:`);
      block(v, indent + 2, out);
    }
  }
}

const doc = (kind, name, spec, metadataExtra = {}) => ({ apiVersion: 'hatang.vn/v1', kind, metadata: { name, ...metadataExtra }, spec });

let documentCount = 0; // documents emitted since the last reset (per province)
function yamlFile(title, docs) {
  documentCount += docs.length;
  const out = [`# ${title}`, '# Generated by scripts/gen-inventory.mjs: synthetic data, do not edit.'];
  for (const d of docs) {
    out.push('---');
    block(d, 0, out);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// National layout: provinces, communes, agency counts

const provinces = PROVINCES.slice(0, provinceCount);

// Communes per province: largest-remainder apportionment of the weights, at least one each.
{
  const totalWeight = provinces.reduce((s, p) => s + p.weight, 0);
  const spare = communeCount - provinces.length;
  const quotas = provinces.map((p) => (spare * p.weight) / totalWeight);
  provinces.forEach((p, i) => (p.communes = 1 + Math.floor(quotas[i])));
  let left = communeCount - provinces.reduce((s, p) => s + p.communes, 0);
  const order = provinces.map((p, i) => i).sort((a, b) => (quotas[b] % 1) - (quotas[a] % 1) || a - b);
  for (const i of order) {
    if (left === 0) break;
    provinces[i].communes++;
    left--;
  }
}

// Commune codes: unique 5-digit codes spread over 00001-99999 in province order (north → south, like QĐ 19/2025).
const codeStep = Math.floor(99_999 / communeCount);
const extraUnits = agencyCount - minAgencies; // units besides departments and People's Committees
let communeIndex = 0;
for (const p of provinces) {
  const specials = (SPECIAL_ZONES[p.code] ?? []).slice(0, Math.max(0, p.communes - 1));
  const wards = Math.min(p.communes - specials.length, Math.round(p.communes * WARD_SHARE));
  p.communeList = [];
  for (let k = 0; k < p.communes; k++, communeIndex++) {
    const code = String(codeStep * (communeIndex + 1)).padStart(5, '0');
    // Units spread evenly over all communes of the country (floor difference), deterministic.
    const units = Math.floor(((communeIndex + 1) * extraUnits) / communeCount) - Math.floor((communeIndex * extraUnits) / communeCount);
    const specialIndex = k - (p.communes - specials.length);
    let commune;
    if (specialIndex >= 0) {
      commune = { code, kind: 'special-zone', slug: `dac-khu-${code}`, label: `đặc khu ${specials[specialIndex]}` };
    } else if (k < wards) {
      commune = { code, kind: 'ward', slug: `phuong-${code}`, label: `phường số ${k + 1}` };
    } else {
      commune = { code, kind: 'commune', slug: `xa-${code}`, label: `xã số ${k + 1 - wards}` };
    }
    commune.units = units;
    p.communeList.push(commune);
  }
  p.agencies = DEPARTMENTS.length + p.communeList.reduce((s, c) => s + 1 + c.units, 0);
  p.n28 = DEPARTMENTS.length + p.communes; // departments and People's Committees get a /28, other units a /29
  p.n29 = p.agencies - p.n28;
}

// IPv4 agency pools: one power-of-two block per province inside 10.128.0.0/9, largest first (so each is aligned).
const AGENCY_V4_BASE = v4(10, 128, 0, 0);
const AGENCY_V4_SIZE = 1n << 23n;
{
  for (const p of provinces) {
    const need = 16 * p.n28 + 8 * p.n29;
    p.agencyV4Len = 32 - Math.max(8, log2ceil(need)); // at least a /24
  }
  const order = provinces.map((p, i) => i).sort((a, b) => provinces[a].agencyV4Len - provinces[b].agencyV4Len || a - b);
  let next = 0n;
  for (const i of order) {
    const p = provinces[i];
    const size = 1n << BigInt(32 - p.agencyV4Len);
    p.agencyV4 = AGENCY_V4_BASE + next;
    next += size;
  }
  if (next > AGENCY_V4_SIZE) {
    fail(
      `${agencyCount} agencies do not fit in IPv4: the provinces' agency pools (a /28 per department or People's Committee, ` +
        `a /29 per other unit, rounded up per province) need ${next} addresses but 10.128.0.0/9 holds ${AGENCY_V4_SIZE}; use fewer agencies`,
    );
  }
}

// IPv6: province p owns 2001:db8:<code>00::/40 (code digits read as hex). Agencies take a /56 each from the start of
// it (the pool is nibble-aligned when it fits, at most a /41); DC infrastructure takes 2001:db8:<code>f0::/44.
for (const p of provinces) {
  const bits = Math.max(8, log2ceil(p.agencies));
  const nibble = Math.ceil(bits / 4) * 4;
  if (bits > 15) {
    fail(
      `province ${p.code} ${p.name} would have ${p.agencies} agencies, but its IPv6 agency pool (at most a /41 inside ` +
        `2001:db8:${hexDigits(p.code).toString(16)}00::/40) holds 32768 /56 prefixes; use fewer agencies or more provinces`,
    );
  }
  p.agencyV6Len = 56 - (nibble <= 12 ? nibble : bits);
  p.h3 = hexDigits(p.code) << 8; // third group of 2001:db8:<code>00::
}

// ---------------------------------------------------------------------------------------------------------------
// Documents of one province

/** Information systems; each owner (chủ quản) is a department (kind: department) of the province. */
const SYSTEMS = [
  {
    slug: 'cong-ttdt',
    name: 'Cổng thông tin điện tử',
    en: 'Provincial web portal',
    level: 2,
    criterion: 'citizen-service',
    owner: 'so-khcn',
    citizen: true,
    roles: ['web', 'app', 'database'],
    subjects: 5000,
  },
  {
    slug: 'he-thong-gqtthc',
    name: 'Hệ thống thông tin giải quyết thủ tục hành chính',
    en: 'Administrative procedures system and public-service portal',
    level: 3,
    criterion: 'administrative-procedures',
    owner: 'so-noi-vu',
    citizen: true,
    roles: ['web', 'api', 'app', 'database', 'cache'],
    subjects: 1500000,
    dependsOn: ['lgsp', 'csdl-dung-chung'],
  },
  {
    slug: 'qlvb',
    name: 'Hệ thống quản lý văn bản và điều hành',
    en: 'Document management system',
    level: 2,
    criterion: 'internal-personal-data',
    owner: 'so-noi-vu',
    roles: ['web', 'app', 'database', 'storage'],
    subjects: 8000,
    dependsOn: ['lgsp'],
  },
  {
    slug: 'lgsp',
    name: 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
    en: 'Local government service platform',
    level: 3,
    criterion: 'shared-provincial-infrastructure',
    owner: 'so-khcn',
    roles: ['api', 'queue', 'database'],
  },
  {
    slug: 'thu-dien-tu',
    name: 'Hệ thống thư điện tử công vụ',
    en: 'Government e-mail',
    level: 2,
    criterion: 'internal-personal-data',
    owner: 'so-khcn',
    roles: ['mail', 'web', 'database'],
    subjects: 9000,
  },
  {
    slug: 'bao-cao',
    name: 'Hệ thống thông tin báo cáo',
    en: 'Reporting system',
    level: 2,
    criterion: 'internal-public-information',
    owner: 'so-tai-chinh',
    roles: ['web', 'app', 'database'],
    dependsOn: ['lgsp'],
  },
  {
    slug: 'hop-truc-tuyen',
    name: 'Hệ thống hội nghị truyền hình trực tuyến',
    en: 'Video conference system',
    level: 2,
    criterion: 'single-agency-infrastructure',
    owner: 'so-khcn',
    roles: ['web', 'app'],
  },
  {
    slug: 'csdl-dung-chung',
    name: 'Kho dữ liệu dùng chung',
    en: 'Shared data warehouse',
    level: 3,
    criterion: 'shared-provincial-infrastructure',
    owner: 'so-khcn',
    roles: ['api', 'database', 'storage', 'batch'],
    subjects: 2000000,
  },
  {
    slug: 'ioc',
    name: 'Trung tâm giám sát, điều hành thông minh (IOC)',
    en: 'Intelligent operations centre',
    level: 3,
    criterion: 'shared-provincial-infrastructure',
    owner: 'so-khcn',
    roles: ['web', 'app', 'database'],
    dependsOn: ['lgsp', 'bao-cao'],
  },
  {
    slug: 'giam-sat-attt',
    name: 'Hệ thống giám sát an toàn thông tin (SOC)',
    en: 'Security operations centre',
    level: 3,
    criterion: 'shared-provincial-infrastructure',
    owner: 'so-khcn',
    roles: ['monitoring', 'database', 'storage'],
  },
  {
    slug: 'trang-noi-bo',
    name: 'Trang thông tin nội bộ Sở Nội vụ',
    en: 'Internal information site',
    level: 1,
    criterion: 'internal-public-information',
    owner: 'so-noi-vu',
    roles: ['web'],
  },
  {
    slug: 'van-ban-mat',
    name: 'Hệ thống quản lý văn bản mật',
    en: 'Classified document system',
    level: 4,
    criterion: 'state-secret',
    owner: 'so-noi-vu',
    stateSecret: true,
    roles: ['app', 'database'],
    noCluster: true,
  },
];
const ROLE_ZONE = {
  web: 'dmz',
  mail: 'dmz',
  api: 'internal-servers',
  app: 'internal-servers',
  queue: 'internal-servers',
  cache: 'internal-servers',
  batch: 'internal-servers',
  monitoring: 'soc',
  database: 'database',
  storage: 'storage',
};
const EVIDENCE = (level, k) => ({
  levelApproval: { date: '2025-09-15', reference: `QĐ ${100 + k}/QĐ-UBND` },
  ...(level >= 3
    ? {
        independentAssessment: { date: '2026-03-20', reference: `BC-${200 + k}/2026` },
        penetrationTest: { date: '2026-05-12', reference: `PT-${300 + k}/2026` },
        restoreDrill: { date: '2026-06-30' },
        drDrill: { date: '2026-04-18' },
      }
    : {}),
});

function provinceDocuments(p) {
  const c = Number(p.code); // second octet of 10.<code>.0.0/16, the province's data-centre IPv4 space
  const title = `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
  const label = { 'hatang.vn/province': p.code };
  const files = new Map();
  documentCount = 0;

  // Province and pools
  const pools = [
    ['dc-v4', 'ipv4', v4Prefix(v4(10, c, 0, 0), 20), 'datacenter', 'dc-internal', 'rfc1918'],
    ['dr-v4', 'ipv4', v4Prefix(v4(10, c, 16, 0), 20), 'dr', 'dc-internal', 'rfc1918'],
    ['pod-v4', 'ipv4', v4Prefix(v4(10, c, 64, 0), 18), 'cluster-pod', 'dc-internal', 'rfc1918'],
    ['svc-v4', 'ipv4', v4Prefix(v4(10, c, 128, 0), 20), 'cluster-service', 'dc-internal', 'rfc1918'],
    ['agencies-v4', 'ipv4', v4Prefix(p.agencyV4, p.agencyV4Len), 'agencies', 'tslcd', 'cuc-bdtw'],
    ['dc-v6', 'ipv6', v6Prefix(v6(p.h3 | 0xf0), 48), 'datacenter', 'dc-internal', 'documentation'],
    ['dr-v6', 'ipv6', v6Prefix(v6(p.h3 | 0xf1), 48), 'dr', 'dc-internal', 'documentation'],
    ['pod-v6', 'ipv6', v6Prefix(v6(p.h3 | 0xf2), 48), 'cluster-pod', 'dc-internal', 'documentation'],
    ['svc-v6', 'ipv6', v6Prefix(v6(p.h3 | 0xf3), 48), 'cluster-service', 'dc-internal', 'documentation'],
    ['agencies-v6', 'ipv6', v6Prefix(v6(p.h3), p.agencyV6Len), 'agencies', 'tslcd', 'cuc-bdtw'],
  ].map(([name, family, prefix, purpose, routingDomain, source]) => ({ name, family, prefix, purpose, routingDomain, source, lastReviewed: '2026-01-15' }));
  files.set(
    'province.yaml',
    yamlFile(`Province ${p.code} ${p.name}`, [
      doc(
        'Province',
        p.slug,
        {
          code: p.code,
          name: p.name,
          tiers: 2,
          effectiveFrom: '2025-07-01',
          operator: `Sở Khoa học và Công nghệ ${title}`,
          ...(FORMER_UNITS[p.code] ? { formerUnits: FORMER_UNITS[p.code] } : {}),
          addressPools: pools,
          externals: [
            {
              name: 'camera-do-thi',
              title: `Mạng camera giám sát đô thị ${title}`,
              category: 'field-devices',
              operator: `Công an ${title}`,
              path: 'dedicated',
              ipv4: [v4Prefix(v4(172, 16 + (c % 16), 0, 0), 16)],
            },
          ],
          providers: [{ name: 'vnpt', title: 'Tổng công ty Dịch vụ Viễn thông (VNPT VinaPhone)', kind: 'telecom' }],
          securityOperations: {
            layers: [
              { layer: 'on-site', sourcing: 'in-house' },
              { layer: 'monitoring', sourcing: 'rented', provider: 'vnpt', contract: { reference: `HĐ-SOC-${p.code}/2026`, date: '2026-01-05' } },
              { layer: 'assessment', sourcing: 'in-house' },
              { layer: 'national-connection', sourcing: 'in-house' },
            ],
          },
        },
        { labels: label },
      ),
    ]),
  );

  // Sites
  const round = (x) => Math.round(x * 10_000) / 10_000;
  files.set(
    'sites.yaml',
    yamlFile(`Sites of ${p.name}`, [
      doc('Site', PRIMARY, {
        name: `Trung tâm dữ liệu ${title}`,
        role: 'primary',
        address: `Trung tâm hành chính ${title}`,
        location: { latitude: round(p.lat), longitude: round(p.lon) },
        rating: { standard: 'TCVN 9250:2021', level: 3 },
        power: 'N+1',
        cooling: 'N+1',
        distributionPaths: 2,
        internetUplinks: [
          { provider: 'VNPT', bandwidthMbps: 2000 },
          { provider: 'Viettel', bandwidthMbps: 2000 },
        ],
        tslcdPaths: 2,
        operator: `Trung tâm Chuyển đổi số ${title}`,
        facilities: {
          lightning: { standard: 'QCVN 32:2020/BTTTT' },
          earthing: { standard: 'QCVN 9:2016/BTTTT' },
          fire: { standard: 'QCVN 06:2021/BXD' },
        },
        hazardZones: ['trung-tam-hanh-chinh'],
        powerFeeds: ['Trạm biến áp trung tâm hành chính'],
        commissioned: 2020,
      }),
      doc('Site', DR, {
        name: `Trung tâm dữ liệu dự phòng ${title}`,
        role: 'dr',
        drFor: PRIMARY,
        address: `Khu công nghệ thông tin tập trung, ${title}`,
        location: { latitude: round(p.lat + 0.3), longitude: round(p.lon - 0.3) },
        rating: { standard: 'TCVN 9250:2021', level: 2 },
        power: 'N+1',
        cooling: 'N+1',
        distributionPaths: 1,
        facilities: {
          lightning: { standard: 'QCVN 32:2020/BTTTT' },
          earthing: { standard: 'QCVN 9:2016/BTTTT' },
          fire: { standard: 'QCVN 06:2021/BXD' },
        },
        hazardZones: ['khu-cntt-tap-trung'],
        powerFeeds: ['Trạm biến áp khu công nghệ thông tin'],
        internetUplinks: [{ provider: 'Viettel', bandwidthMbps: 1000 }],
        tslcdPaths: 2,
        operator: `Trung tâm Chuyển đổi số ${title}`,
        commissioned: 2024,
      }),
    ]),
  );

  // Zones: VLAN 110.. at the primary, 1110.. at the DR site; one /24 and one /64 each.
  const zone = (site, kind) => `${site === PRIMARY ? 'dc' : 'dr'}-${kind}`;
  const zoneDocs = [];
  for (const [site, kinds, vlanBase, thirdOctet, poolV4, poolV6, h3] of [
    [PRIMARY, PRIMARY_ZONES, 100, 0, 'dc-v4', 'dc-v6', p.h3 | 0xf0],
    [DR, DR_ZONES, 1100, 16, 'dr-v4', 'dr-v6', p.h3 | 0xf1],
  ]) {
    kinds.forEach((kind, k) => {
      const vlan = vlanBase + 10 * (k + 1);
      const net4 = v4(10, c, thirdOctet + k + 1, 0);
      const net6 = v6(h3, hexDigits(vlan));
      zoneDocs.push(
        doc('Zone', zone(site, kind), {
          site,
          kind,
          title: `${ZONE_TITLE[kind]}${site === DR ? ' (dự phòng)' : ''}`,
          vlan,
          ipv4: { prefix: v4Prefix(net4, 24), pool: poolV4, gateway: ipv4Text(net4 + 1n) },
          ipv6: { prefix: v6Prefix(net6, 64), pool: poolV6, gateway: ipv6Text(net6 + 1n) },
          hosts: site === PRIMARY ? ZONE_HOSTS[kind] : Math.ceil(ZONE_HOSTS[kind] / 2),
        }),
      );
    });
  }
  files.set('zones.yaml', yamlFile(`Zones of ${p.name}`, zoneDocs));

  // Systems (needed before flows, which name some of them)
  const systems = [];
  for (let i = 0; i < systemsPerProvince; i++) {
    const t = SYSTEMS[i % SYSTEMS.length];
    const copy = Math.floor(i / SYSTEMS.length); // past the templates, systems repeat as <slug>-2, <slug>-3, ...
    const name = copy === 0 ? t.slug : `${t.slug}-${copy + 1}`;
    systems.push({ t, name, i });
  }
  const systemNames = new Set(systems.map((s) => s.name));
  const systemDocs = systems.map(({ t, name, i }) => {
    const level = t.level;
    return doc('System', name, {
      name: `${t.name} ${title}${name === t.slug ? '' : ` (${name.slice(t.slug.length + 1)})`}`,
      nameEn: t.en,
      owner: t.owner,
      operator: 'so-khcn',
      level,
      criterion: t.criterion,
      ...(t.citizen ? { citizenFacing: true } : {}),
      ...(t.stateSecret ? { stateSecret: true } : {}),
      ...(t.subjects !== undefined ? { personalDataSubjects: t.subjects } : {}),
      hosting: 'shared-dc',
      components: t.roles.map((role) => ({
        name: role,
        role,
        zone: `dc-${ROLE_ZONE[role]}`,
        ...(t.citizen && role === 'web' ? { public: true } : {}),
        replicas: role === 'database' || role === 'storage' ? 2 : level >= 3 ? 3 : 2,
      })),
      ...(t.noCluster ? {} : { cluster: { name: 'k8s-chinh', namespace: name } }),
      rpo: level >= 3 ? '1h' : '24h',
      rto: level >= 3 ? '4h' : '24h',
      backup: { frequency: level >= 3 ? '1h' : '24h', retentionDays: level >= 3 ? 90 : 30, offsite: true, site: DR },
      dr: { mode: level >= 3 ? 'warm' : 'cold', site: DR },
      logging: { central: true, retentionMonths: level >= 3 ? 12 : 6 },
      adminAuth: { mfa: level >= 3, via: level >= 3 ? 'pam' : 'vpn' },
      tls: { enabled: true, minVersion: '1.2' },
      evidence: EVIDENCE(level, i + 1),
      ...(t.dependsOn ? { dependsOn: t.dependsOn.filter((d) => systemNames.has(d) && d !== name) } : {}),
    });
  });
  for (const d of systemDocs) if (d.spec.dependsOn?.length === 0) delete d.spec.dependsOn;

  // Flows
  const Z = (kind) => ({ zone: `dc-${kind}` });
  const ZDR = (kind) => ({ zone: `dr-${kind}` });
  const X = (external) => ({ external });
  const sys = (name) => (systemNames.has(name) ? { system: name } : {});
  const flows = [
    [
      'internet-to-dmz',
      X('internet'),
      Z('dmz'),
      ['tcp/443', 'tcp/80'],
      'Người dân và doanh nghiệp truy cập cổng thông tin, dịch vụ công',
      sys('he-thong-gqtthc'),
    ],
    ['internet-to-mail', X('internet'), Z('dmz'), ['tcp/25'], 'Nhận thư điện tử từ Internet', sys('thu-dien-tu')],
    ['mail-to-isp', Z('dmz'), X('isp-mail'), ['tcp/25', 'tcp/587'], 'Gửi thư qua máy chủ chuyển tiếp của nhà mạng', sys('thu-dien-tu')],
    ['tslcd-to-dmz', X('tslcd'), Z('dmz'), ['tcp/443'], 'Cơ quan, xã phường truy cập dịch vụ qua mạng TSLCD'],
    ['tslcd-to-app', X('tslcd'), Z('internal-servers'), ['tcp/443'], 'Cơ quan truy cập ứng dụng nội bộ qua TSLCD', sys('qlvb')],
    ['dmz-to-app', Z('dmz'), Z('internal-servers'), ['tcp/8443', 'tcp/8080'], 'Máy chủ web gọi tầng ứng dụng'],
    ['app-to-db', Z('internal-servers'), Z('database'), ['tcp/5432', 'tcp/1433', 'tcp/6379'], 'Ứng dụng truy cập cơ sở dữ liệu'],
    ['app-to-storage', Z('internal-servers'), Z('storage'), ['tcp/2049', 'tcp/3260', 'tcp/9000'], 'Ứng dụng dùng hệ thống lưu trữ'],
    ['backup-to-app', Z('backup'), Z('internal-servers'), ['tcp/10000'], 'Máy chủ sao lưu lấy dữ liệu ứng dụng'],
    ['backup-to-db', Z('backup'), Z('database'), ['tcp/10000', 'tcp/5432'], 'Máy chủ sao lưu lấy dữ liệu cơ sở dữ liệu'],
    ['mgmt-to-servers', Z('management'), Z('internal-servers'), ['tcp/22', 'tcp/443', 'tcp/6443'], 'Quản trị máy chủ và cụm Kubernetes qua PAM'],
    ['mgmt-to-devices', Z('management'), Z('device-management'), ['tcp/22', 'tcp/443', 'udp/161'], 'Quản trị thiết bị mạng và bảo mật'],
    ['servers-to-ntp', Z('internal-servers'), Z('management'), ['udp/123'], 'Đồng bộ thời gian'],
    ['app-logs-to-soc', Z('internal-servers'), Z('soc'), ['udp/514', 'tcp/6514'], 'Gửi nhật ký về hệ thống giám sát', sys('giam-sat-attt')],
    ['dmz-logs-to-soc', Z('dmz'), Z('soc'), ['udp/514', 'tcp/6514'], 'Gửi nhật ký vùng DMZ về hệ thống giám sát', sys('giam-sat-attt')],
    ['db-logs-to-soc', Z('database'), Z('soc'), ['tcp/6514'], 'Gửi nhật ký cơ sở dữ liệu về hệ thống giám sát', sys('giam-sat-attt')],
    ['soc-to-national-soc', Z('soc'), X('national-soc'), ['tcp/443'], 'Chia sẻ thông tin giám sát với trung tâm giám sát quốc gia'],
    ['user-to-dmz', Z('user'), Z('dmz'), ['tcp/443'], 'Cán bộ truy cập cổng thông tin'],
    ['user-to-app', Z('user'), Z('internal-servers'), ['tcp/443'], 'Cán bộ dùng ứng dụng nội bộ', sys('qlvb')],
    ['wireless-to-dmz', Z('wireless'), Z('dmz'), ['tcp/443'], 'Khách dùng mạng không dây truy cập cổng thông tin'],
    ['app-to-ngsp', Z('internal-servers'), X('ngsp'), ['tcp/443'], 'Kết nối nền tảng tích hợp quốc gia (NGSP)', sys('lgsp')],
    ['app-to-ndxp', Z('internal-servers'), X('ndxp'), ['tcp/443'], 'Kết nối nền tảng trao đổi dữ liệu quốc gia (NDXP)', sys('lgsp')],
    [
      'app-to-national-portal',
      Z('internal-servers'),
      X('national-public-service-portal'),
      ['tcp/443'],
      'Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia',
      sys('he-thong-gqtthc'),
    ],
    ['app-to-reporting', Z('internal-servers'), X('government-reporting'), ['tcp/443'], 'Gửi báo cáo lên Hệ thống thông tin báo cáo Chính phủ', sys('bao-cao')],
    ['app-to-pki', Z('internal-servers'), X('pki'), ['tcp/443', 'tcp/80'], 'Kiểm tra chứng thư số (OCSP, CRL)'],
    ['app-to-vdxp', Z('internal-servers'), X('vdxp'), ['tcp/443'], 'Gửi, nhận văn bản điện tử qua Trục liên thông văn bản quốc gia', sys('qlvb')],
    ['app-to-vneid', Z('internal-servers'), X('vneid'), ['tcp/443'], 'Xác thực người dùng qua nền tảng định danh và xác thực điện tử', sys('he-thong-gqtthc')],
    ['dmz-to-emc', Z('dmz'), X('emc'), ['tcp/443'], 'Gửi số liệu đo lường dịch vụ công tới hệ thống EMC', sys('he-thong-gqtthc')],
    ['camera-to-iot', X('camera-do-thi'), Z('iot'), ['tcp/554', 'tcp/443'], 'Thu nhận hình ảnh camera giám sát đô thị'],
    ['iot-to-app', Z('iot'), Z('internal-servers'), ['tcp/8443'], 'Chuyển dữ liệu camera, cảm biến lên ứng dụng của trung tâm điều hành'],
    ['db-replication-to-dr', Z('database'), { site: DR }, ['tcp/5432', 'tcp/1433'], 'Nhân bản cơ sở dữ liệu sang trung tâm dự phòng'],
    ['backup-copy-to-dr', Z('backup'), ZDR('backup'), ['tcp/10000'], 'Chép bản sao lưu sang trung tâm dự phòng'],
    ['storage-replication-to-dr', Z('storage'), ZDR('storage'), ['tcp/3260'], 'Nhân bản lưu trữ sang trung tâm dự phòng'],
    ['dr-internet-to-dmz', X('internet'), ZDR('dmz'), ['tcp/443'], 'Truy cập dịch vụ khi chuyển sang trung tâm dự phòng'],
    ['dr-dmz-to-app', ZDR('dmz'), ZDR('internal-servers'), ['tcp/8443'], 'Máy chủ web dự phòng gọi tầng ứng dụng'],
    ['dr-app-to-db', ZDR('internal-servers'), ZDR('database'), ['tcp/5432'], 'Ứng dụng dự phòng truy cập cơ sở dữ liệu'],
    ['dr-mgmt-to-servers', ZDR('management'), ZDR('internal-servers'), ['tcp/22', 'tcp/443'], 'Quản trị máy chủ dự phòng'],
  ];
  files.set(
    'flows.yaml',
    yamlFile(
      `Flows of ${p.name}`,
      flows.map(([name, from, to, ports, purpose, extra = {}]) => doc('Flow', name, { from, to, ports, purpose, ...extra })),
    ),
  );

  // Devices
  const dev = (name, spec) => doc('Device', name, spec);
  files.set(
    'devices.yaml',
    yamlFile(`Security and network devices of ${p.name}`, [
      dev('fw-bien', {
        kind: 'firewall',
        capabilities: ['ips', 'vpn'],
        site: PRIMARY,
        zone: 'dc-edge',
        boundaries: { zones: ['dc-edge', 'dc-dmz'], externals: ['internet', 'tslcd', 'ngsp', 'ndxp'] },
        redundancy: 'active-standby',
        count: 2,
      }),
      dev('fw-noi-bo', {
        kind: 'firewall',
        site: PRIMARY,
        zone: 'dc-device-management',
        boundaries: {
          zones: [
            'dc-internal-servers',
            'dc-database',
            'dc-storage',
            'dc-backup',
            'dc-management',
            'dc-device-management',
            'dc-soc',
            'dc-user',
            'dc-wireless',
            'dc-iot',
          ],
        },
        redundancy: 'active-active',
        count: 2,
      }),
      dev('ips-bien', {
        kind: 'ips',
        site: PRIMARY,
        zone: 'dc-edge',
        boundaries: { zones: ['dc-dmz', 'dc-internal-servers'], externals: ['internet', 'tslcd'] },
        redundancy: 'active-standby',
        count: 2,
      }),
      dev('waf', { kind: 'waf', site: PRIMARY, zone: 'dc-dmz', boundaries: { zones: ['dc-dmz'] }, redundancy: 'active-standby', count: 2 }),
      dev('anti-ddos', {
        kind: 'anti-ddos',
        site: PRIMARY,
        boundaries: { externals: ['internet'] },
        redundancy: 'active-active',
        service: true,
        vendor: 'VNPT',
      }),
      dev('db-fw', { kind: 'db-firewall', site: PRIMARY, zone: 'dc-database', boundaries: { zones: ['dc-database'] }, redundancy: 'active-standby', count: 2 }),
      dev('siem', { kind: 'siem', site: PRIMARY, zone: 'dc-soc', redundancy: 'single' }),
      dev('log-collector', { kind: 'log-collector', site: PRIMARY, zone: 'dc-soc', redundancy: 'active-standby', count: 2 }),
      dev('ntp', { kind: 'ntp', site: PRIMARY, zone: 'dc-management', redundancy: 'active-active', count: 2 }),
      dev('backup', { kind: 'backup', site: PRIMARY, zone: 'dc-backup', redundancy: 'single' }),
      dev('vpn', { kind: 'vpn', site: PRIMARY, zone: 'dc-edge', boundaries: { externals: ['internet'] }, redundancy: 'active-standby', count: 2 }),
      dev('pam', { kind: 'pam', site: PRIMARY, zone: 'dc-management', boundaries: { zones: ['dc-management'] }, redundancy: 'active-standby', count: 2 }),
      dev('core-switch', { kind: 'core-switch', site: PRIMARY, zone: 'dc-device-management', redundancy: 'active-active', count: 2 }),
      dev('anti-malware', { kind: 'anti-malware', site: PRIMARY, zone: 'dc-management', redundancy: 'single' }),
      dev('dr-fw', {
        kind: 'firewall',
        capabilities: ['ips'],
        site: DR,
        zone: 'dr-edge',
        boundaries: {
          zones: ['dr-edge', 'dr-dmz', 'dr-internal-servers', 'dr-database', 'dr-storage', 'dr-backup', 'dr-management'],
          externals: ['internet', 'tslcd'],
        },
        redundancy: 'active-standby',
        count: 2,
      }),
      dev('dr-backup', { kind: 'backup', site: DR, zone: 'dr-backup', redundancy: 'single' }),
      dev('dr-core-switch', { kind: 'core-switch', site: DR, zone: 'dr-management', redundancy: 'active-active', count: 2 }),
    ]),
  );

  // Clusters: pod and service CIDRs from their own pools, disjoint from each other and from the zones.
  files.set(
    'clusters.yaml',
    yamlFile(`Kubernetes clusters of ${p.name}`, [
      doc('Cluster', 'k8s-chinh', {
        site: PRIMARY,
        distribution: 'RKE2',
        version: '1.31',
        context: `${p.slug}-k8s-chinh`,
        apiEndpoint: `https://api.k8s-chinh.${p.slug}.hatang.example:6443`,
        networkPolicyEnforcement: { cni: 'cilium', enforcesFlowMatrix: true },
        nodePools: [
          { name: 'control', zone: 'dc-management', nodes: 3, cpu: 8, memoryGiB: 32 },
          { name: 'app', zone: 'dc-internal-servers', nodes: 12, cpu: 16, memoryGiB: 64 },
          { name: 'edge', zone: 'dc-dmz', nodes: 3, cpu: 8, memoryGiB: 32 },
        ],
        podCidrs: { ipv4: v4Prefix(v4(10, c, 64, 0), 19), ipv6: v6Prefix(v6(p.h3 | 0xf2, 0), 56) },
        serviceCidrs: { ipv4: v4Prefix(v4(10, c, 128, 0), 22), ipv6: v6Prefix(v6(p.h3 | 0xf3, 0), 112) },
      }),
      doc('Cluster', 'k8s-du-phong', {
        site: DR,
        distribution: 'RKE2',
        version: '1.31',
        context: `${p.slug}-k8s-du-phong`,
        apiEndpoint: `https://api.k8s-du-phong.${p.slug}.hatang.example:6443`,
        networkPolicyEnforcement: { cni: 'cilium', enforcesFlowMatrix: true },
        nodePools: [
          { name: 'control', zone: 'dr-management', nodes: 3, cpu: 8, memoryGiB: 32 },
          { name: 'app', zone: 'dr-internal-servers', nodes: 6, cpu: 16, memoryGiB: 64 },
        ],
        podCidrs: { ipv4: v4Prefix(v4(10, c, 96, 0), 19), ipv6: v6Prefix(v6(p.h3 | 0xf2, 0x100), 56) },
        serviceCidrs: { ipv4: v4Prefix(v4(10, c, 132, 0), 22), ipv6: v6Prefix(v6(p.h3 | 0xf3, 0, 0x10000n), 112) },
      }),
    ]),
  );

  files.set('systems.yaml', yamlFile(`Information systems of ${p.name}`, systemDocs));

  // Agencies: departments, then each commune's People's Committee followed by its units.
  // IPv4: /28s from the start of the pool, /29s after them; IPv6: consecutive /56s from the start of the pool.
  let next28 = p.agencyV4;
  let next29 = p.agencyV4 + BigInt(16 * p.n28);
  let next56 = 0n;
  const v6Base = v6(p.h3);
  const tslcd = { tier: 'cap-ii', vpn: 'l3', bandwidthMbps: 200 };
  const agency = (name, spec, big) => {
    const ipv4 = big ? v4Prefix(next28, 28) : v4Prefix(next29, 29);
    if (big) next28 += 16n;
    else next29 += 8n;
    const ipv6 = v6Prefix(v6Base + (next56++ << 72n), 56);
    const workstations = big ? 24 : 6;
    return doc('Agency', name, {
      ...spec,
      site: PRIMARY,
      tslcd,
      ipv4: { prefix: ipv4, pool: 'agencies-v4' },
      ipv6: { prefix: ipv6, pool: 'agencies-v6' },
      hosts: big ? 12 : 5,
      internet: { link: true, provider: 'VNPT' },
      edge: { firewall: true },
      endpoints: { workstations, workstationsProtected: workstations },
      ...(spec.kind === 'commune' || spec.kind === 'ward' || spec.kind === 'special-zone' ? { videoConferenceEndpoints: 1, oneStopDesks: 1 } : {}),
    });
  };
  const agencies = [];
  for (const d of DEPARTMENTS) {
    agencies.push(agency(d.slug, { name: `${d.name} ${title}`, kind: d.kind, code: `${p.code}.${d.abbr}` }, true));
  }
  for (const commune of p.communeList) {
    agencies.push(agency(commune.slug, { name: `Ủy ban nhân dân ${commune.label}`, kind: commune.kind, code: commune.code }, true));
    for (let u = 0; u < commune.units; u++) {
      const [slug, name] =
        u < COMMUNE_UNITS.length ? COMMUNE_UNITS[u] : [`don-vi-${u - COMMUNE_UNITS.length + 1}`, `Đơn vị trực thuộc số ${u - COMMUNE_UNITS.length + 1}`];
      agencies.push(
        agency(
          `${commune.slug}-${slug}`,
          { name: `${name} ${commune.label}`, kind: 'other', code: `${commune.code}-${String(u + 1).padStart(2, '0')}`, parent: commune.slug },
          false,
        ),
      );
    }
  }
  const PER_FILE = 2000;
  const chunks = Math.ceil(agencies.length / PER_FILE);
  for (let i = 0; i < chunks; i++) {
    const name = `agencies-${String(i + 1).padStart(4, '0')}.yaml`;
    files.set(name, yamlFile(`Agencies of ${p.name} (${i + 1}/${chunks})`, agencies.slice(i * PER_FILE, (i + 1) * PER_FILE)));
  }
  return { files, documents: documentCount };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

function writeAtomic(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

const SUMMARY = path.join(outDir, 'gen-summary.json');
fs.mkdirSync(outDir, { recursive: true });
let previous;
try {
  previous = JSON.parse(fs.readFileSync(SUMMARY, 'utf8'));
} catch {
  previous = undefined;
}
// A summary is only present for a complete generation: remove it first so that an interrupted run is never reused.
fs.rmSync(SUMMARY, { force: true });

const generatorSha256 = createHash('sha256').update(fs.readFileSync(SCRIPT)).digest('hex');
const totals = { provinces: 0, communes: 0, agencies: 0, documents: 0, files: 0, bytes: 0 };
const perProvince = [];
for (const p of provinces) {
  const dir = path.join(outDir, p.slug);
  fs.mkdirSync(dir, { recursive: true });
  const { files, documents } = provinceDocuments(p);
  let bytes = 0;
  for (const [name, content] of files) {
    const buffer = Buffer.from(content, 'utf8');
    writeAtomic(path.join(dir, name), buffer);
    bytes += buffer.length;
  }
  // Leftovers of an earlier generation with more agency files, or of an interrupted write.
  for (const name of fs.readdirSync(dir)) {
    if ((/^agencies-[0-9]{4}\.yaml$/.test(name) && !files.has(name)) || /\.[0-9]+\.tmp$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
  perProvince.push({ slug: p.slug, code: p.code, name: p.name, communes: p.communes, agencies: p.agencies, documents, files: files.size, bytes });
  totals.provinces++;
  totals.communes += p.communes;
  totals.agencies += p.agencies;
  totals.documents += documents;
  totals.files += files.size;
  totals.bytes += bytes;
}
// Province folders of an earlier, larger generation into the same folder.
const current = new Set(provinces.map((p) => p.slug));
for (const old of previous?.provinces ?? []) {
  if (typeof old?.slug === 'string' && !current.has(old.slug) && PROVINCES.some((p) => p.slug === old.slug)) {
    fs.rmSync(path.join(outDir, old.slug), { recursive: true, force: true });
  }
}
if (totals.agencies !== agencyCount) fail(`internal error: generated ${totals.agencies} agencies instead of ${agencyCount}`);

writeAtomic(
  SUMMARY,
  JSON.stringify(
    {
      generator: 'scripts/gen-inventory.mjs',
      generatorSha256,
      parameters: { agencies: agencyCount, provinces: provinceCount, communes: communeCount, systemsPerProvince },
      totals,
      provinces: perProvince,
    },
    null,
    2,
  ) + '\n',
);

const seconds = (performance.now() - started) / 1000;
console.log(
  `gen-inventory: ${totals.provinces} provinces, ${totals.communes} communes, ${totals.agencies} agencies, ` +
    `${totals.documents} documents, ${totals.files} files, ${totals.bytes} bytes in ${seconds.toFixed(2)} s → ${path.relative(process.cwd(), outDir) || '.'}`,
);
