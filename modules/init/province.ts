// province.yaml and sites.yaml of a starting inventory.
import { CATALOGUE_SOURCE } from '../model/index.js';
import { drOf, type InitContext, type SitePlan } from './context.js';
import { doc, file, q, todo, todoLine } from './yaml.js';

interface PoolLine {
  readonly name: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly prefix: string;
  readonly purpose: string;
  readonly routingDomain: string;
  readonly source: string;
  readonly description: string;
}

function pools(ctx: InitContext): PoolLine[] {
  const c = ctx.octet;
  const dc = (name: string, family: 'ipv4' | 'ipv6', prefix: string, purpose: string, description: string): PoolLine => ({
    name,
    family,
    prefix,
    purpose,
    routingDomain: 'dc-internal',
    source: family === 'ipv4' ? 'rfc1918' : 'ula',
    description,
  });
  const dr = drOf(ctx) !== undefined;
  return [
    dc('dc-v4', 'ipv4', `10.${c}.0.0/18`, 'datacenter', 'Các vùng mạng tại trung tâm dữ liệu chính (mỗi vùng một /24).'),
    ...(dr ? [dc('dr-v4', 'ipv4', `10.${c}.64.0/18`, 'dr', 'Các vùng mạng tại trung tâm dự phòng (mỗi vùng một /24).')] : []),
    dc('k8s-pod-v4', 'ipv4', `10.${c}.128.0/18`, 'cluster-pod', 'Dải địa chỉ pod của cụm Kubernetes.'),
    dc('k8s-svc-v4', 'ipv4', `10.${c}.192.0/19`, 'cluster-service', 'Dải địa chỉ dịch vụ nội bộ của cụm Kubernetes.'),
    dc('dc-v6', 'ipv6', `${ctx.ula}::/52`, 'datacenter', 'IPv6 các vùng mạng tại trung tâm chính (mỗi vùng một /64).'),
    ...(dr ? [dc('dr-v6', 'ipv6', `${ctx.ula}:1000::/52`, 'dr', 'IPv6 các vùng mạng tại trung tâm dự phòng (mỗi vùng một /64).')] : []),
    dc('k8s-pod-v6', 'ipv6', `${ctx.ula}:2000::/52`, 'cluster-pod', 'Dải địa chỉ pod IPv6 của cụm Kubernetes.'),
    dc('k8s-svc-v6', 'ipv6', `${ctx.ula}:3000::/52`, 'cluster-service', 'Dải địa chỉ dịch vụ nội bộ IPv6 của cụm Kubernetes.'),
    {
      name: 'tslcd-v4',
      family: 'ipv4',
      prefix: `10.${c + 100}.0.0/16`,
      purpose: 'tslcd-wan',
      routingDomain: 'tslcd',
      source: 'cuc-bdtw',
      description: 'Địa chỉ mạng truyền số liệu chuyên dùng của Ủy ban nhân dân cấp xã (mỗi đơn vị một /27); dải tạm, thay bằng dải được cấp.',
    },
    {
      name: 'agencies-v6',
      family: 'ipv6',
      prefix: `${ctx.ulaTslcd}::/48`,
      purpose: 'agencies',
      routingDomain: 'tslcd',
      source: 'cuc-bdtw',
      description: 'IPv6 của Ủy ban nhân dân cấp xã (mỗi đơn vị một /56); dải tạm, thay bằng dải được cấp.',
    },
  ];
}

function poolLines(p: PoolLine): string[] {
  const lines = [
    `    - name: ${p.name}`,
    `      family: ${p.family}`,
    `      prefix: ${q(p.prefix)}`,
    `      purpose: ${p.purpose}`,
    `      routingDomain: ${p.routingDomain}`,
    `      source: ${p.source}`,
    `      description: ${q(p.description)}`,
  ];
  if (p.source === 'cuc-bdtw') {
    lines.push(todo('sourceReference', 'số, ngày văn bản cấp dải địa chỉ của Cục Bưu điện Trung ương', '      '));
    lines.push(todoLine('lastReviewed: "YYYY-MM-DD"', 'ngày rà soát gần nhất (rà soát hằng năm)', '      '));
  }
  return lines;
}

export function provinceFile(ctx: InitContext): string {
  const former = ctx.formerUnits.flatMap((f) => [
    `    - code: ${q(f.code)}`,
    `      name: ${q(`${f.kind === 'city' ? 'Thành phố' : 'Tỉnh'} ${f.name}`)}`,
    `      level: province`,
    `      closedOn: ${q(CATALOGUE_SOURCE.inForceFrom)}`,
  ]);
  const spec = [
    `  code: ${q(ctx.province.code)}`,
    `  name: ${q(ctx.province.name)}`,
    `  tiers: 2`,
    `  effectiveFrom: ${q(CATALOGUE_SOURCE.inForceFrom)}`,
    todo('seat', 'nơi đặt trụ sở Ủy ban nhân dân'),
    todo('operator', 'cơ quan vận hành trung tâm dữ liệu'),
    ...(former.length ? ['  formerUnits:', ...former] : []),
    '  addressPools:',
    ...pools(ctx).flatMap(poolLines),
    todoLine(
      '- { name: public-v4, family: ipv4, prefix: "<dải do nhà mạng cấp>", purpose: public, routingDomain: internet, source: isp }',
      'địa chỉ công cộng của DMZ (hồ sơ cấp độ liệt kê)',
      '    ',
    ),
    todoLine(
      '- { name: public-v6, family: ipv6, prefix: "<dải do VNNIC cấp>", purpose: public, routingDomain: internet, source: vnnic }',
      'địa chỉ IPv6 công cộng',
      '    ',
    ),
  ];
  return file(
    [
      `Tỉnh, thành phố: ${ctx.title} (mã ${ctx.province.code}), chính quyền địa phương hai cấp từ ngày 01/07/2025.`,
      `Mã và tên theo ${CATALOGUE_SOURCE.decision}.`,
      'Cần điền: các dòng đánh dấu TODO (trụ sở, cơ quan vận hành, văn bản cấp dải địa chỉ mạng truyền số liệu chuyên dùng).',
      'Dải địa chỉ là dải riêng (IPv4 RFC 1918, IPv6 ULA RFC 4193) sinh từ mã tỉnh: thay Global ID của dải ULA bằng một',
      'giá trị ngẫu nhiên và thay dải mạng truyền số liệu chuyên dùng bằng dải được cấp trước khi đưa vào sử dụng.',
    ],
    [doc('Province', ctx.slug, spec)],
  );
}

/** Level 5 asks for redundant links to the DR site on different paths (AVL-DR-02). */
function replicationLines(ctx: InitContext): string[] {
  return [
    '  replicationLinks:',
    `    - to: ${ctx.sites[0]!.name}`,
    '      count: 2',
    '      paths: 2',
    '      bandwidthMbps: 1000  # TODO: băng thông thực tế của mỗi kênh',
    todo('provider', 'nhà cung cấp kênh truyền', '      '),
  ];
}

function siteSpec(ctx: InitContext, site: SitePlan): string[] {
  const primary = site.role === 'primary';
  return [
    `  name: ${q(primary ? `Trung tâm dữ liệu ${ctx.title}` : `Trung tâm dữ liệu dự phòng ${ctx.title}`)}`,
    `  role: ${site.role}`,
    ...(primary ? [] : [`  drFor: ${ctx.sites[0]!.name}`]),
    ...(primary || ctx.level < 5 ? [] : replicationLines(ctx)),
    todo('address', 'địa chỉ đặt trung tâm'),
    todoLine('location: { latitude: 0.0, longitude: 0.0 }', 'tọa độ (tính khoảng cách tới trung tâm dự phòng)'),
    todoLine('rating: { standard: "TCVN 9250:2021", level: 3 }', 'tiêu chuẩn và mức của phòng máy'),
    todoLine('tslcdPaths: 2', 'số đường kết nối mạng truyền số liệu chuyên dùng'),
    todoLine(
      'facilities: { lightning: { standard: "QCVN 32:2020/BTTTT" }, earthing: { standard: "QCVN 9:2016/BTTTT" }, fire: { standard: "QCVN 06:2022/BXD" } }',
      'biên bản kiểm định chống sét, tiếp đất, phòng cháy (DC-03)',
    ),
    todoLine('hazardZones: [vung-ngap-lut]', 'vùng rủi ro thiên tai của địa điểm (DC-04)'),
    todoLine('powerFeeds: ["Trạm biến áp …"]', 'nguồn cấp điện lưới (DC-04)'),
    '  internetUplinks:',
    todo('- provider', 'nhà mạng thứ nhất', '    '),
    ...(ctx.level >= 3 ? [todo('- provider', 'nhà mạng thứ hai', '    ')] : []),
    todo('operator', 'đơn vị vận hành trung tâm'),
  ];
}

export function sitesFile(ctx: InitContext): string {
  return file(
    [
      'Trung tâm dữ liệu: trung tâm chính' + (ctx.sites.length > 1 ? ' và trung tâm dự phòng.' : '.'),
      'Cần điền: các dòng đánh dấu TODO (địa chỉ, tọa độ, nhà mạng, đơn vị vận hành).',
      ctx.level >= 3 ? 'Cấp độ 3 trở lên cần hai đường Internet cho thành phần công khai (AVL-INET-01).' : '',
    ].filter((l) => l !== ''),
    ctx.sites.map((s) => doc('Site', s.name, siteSpec(ctx, s))),
  );
}
