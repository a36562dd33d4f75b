// clusters.yaml and systems.yaml of a starting inventory: one Kubernetes cluster and one example system of the level.
import { drOf, primaryOf, type InitContext, type SitePlan } from './context.js';
import { EVIDENCE_BY_LEVEL } from './evidence.js';
import { zoneAt } from './network.js';
import { doc, file, flowMap, q, todo, todoLine } from './yaml.js';

/** The cluster of a site: the primary one runs the example system, the DR one takes it over. */
function clusterDoc(ctx: InitContext, site: SitePlan, i: number): string {
  const zone = zoneAt(ctx, site, ctx.level >= 2 ? 'internal-servers' : 'dmz');
  const name = clusterOf(ctx, site);
  const spec = [
    `  site: ${site.name}`,
    todoLine('distribution: RKE2', 'bản phân phối Kubernetes'),
    todoLine('version: "1.31"', 'phiên bản Kubernetes'),
    `  context: ${name}`,
    '  nodePools:',
    `    - ${flowMap({ name: 'control', zone, nodes: 3 })}`,
    `    - ${flowMap({ name: 'workers', zone, nodes: 3 })}`,
    '  podCidrs:',
    `    ipv4: 10.${ctx.octet}.${128 + 32 * i}.0/19`,
    `    ipv6: ${q(`${ctx.ula}:2${i}00::/56`)}`,
    '  serviceCidrs:',
    `    ipv4: 10.${ctx.octet}.${192 + 16 * i}.0/20`,
    `    ipv6: ${q(`${ctx.ula}:300${i}::/112`)}`,
  ];
  const what =
    site.role === 'primary' ? 'Cụm Kubernetes dùng chung của trung tâm dữ liệu chính.' : 'Cụm Kubernetes của trung tâm dự phòng, nhận hệ thống khi chuyển đổi.';
  return doc('Cluster', name, spec, what);
}

/** The name of a site's cluster. */
export const clusterOf = (ctx: InitContext, site: SitePlan): string => (site.role === 'primary' ? ctx.cluster : `${ctx.cluster}-dr`);

export function clustersFile(ctx: InitContext): string {
  return file(
    [
      'Cụm Kubernetes' + (ctx.sites.length > 1 ? ' của trung tâm chính và của trung tâm dự phòng.' : ' của trung tâm dữ liệu chính.'),
      'Dải pod và dải dịch vụ lấy từ các dải k8s-* của province.yaml, không trùng vùng mạng nào.',
      'Cần điền: bản phân phối, phiên bản, số node và cấu hình node theo thực tế.',
    ],
    ctx.sites.map((s, i) => clusterDoc(ctx, s, i)),
  );
}

/** The evidence an example system of the level has to show, as commented lines to fill in. */
function evidenceLines(ctx: InitContext): string[] {
  const items = EVIDENCE_BY_LEVEL(ctx.level, drOf(ctx) !== undefined);
  return ['  # evidence:', ...items.map((e) => todoLine(`  ${e.key}: { date: "YYYY-MM-DD", reference: "" }`, e.what))];
}

export function systemsFile(ctx: InitContext): string {
  const d = ctx.design;
  const site = primaryOf(ctx);
  const dr = drOf(ctx);
  const components = d.components.map((c) => `    - ${flowMap({ name: c.name, role: c.role, zone: zoneAt(ctx, site, c.zone), public: c.public })}`);
  const spec = [
    todo('name', 'tên hệ thống thông tin'),
    `  owner: ${ctx.owner}`,
    `  operator: ${ctx.operator}`,
    `  level: ${ctx.level}`,
    `  criterion: ${d.criterion}`,
    todo('criterionNote', 'điều, khoản xác định cấp độ'),
    `  citizenFacing: ${d.citizenFacing}`,
    ...(d.citizenFacing ? [todoLine('personalDataSubjects: 0', 'số người có dữ liệu cá nhân do hệ thống xử lý')] : []),
    todoLine('inOperationSince: "YYYY-MM-DD"', 'ngày đưa vào vận hành'),
    '  hosting: shared-dc',
    '  components:',
    ...components,
    `  cluster: ${flowMap({ name: ctx.cluster, namespace: ctx.system })}`,
    todoLine('rpo: 4h', 'thời gian mất dữ liệu tối đa chấp nhận được'),
    todoLine('rto: 8h', 'thời gian khôi phục tối đa'),
    todoLine('backup: { frequency: 24h, retentionDays: 30, offsite: true }', 'chính sách sao lưu'),
    ...(dr
      ? [`  dr: ${flowMap({ mode: 'warm', site: dr.name })}  # TODO: chọn chế độ dự phòng (cold, warm, hot), cách sao chép và chuyển đổi`]
      : [todoLine('dr: { mode: none }', 'phương án dự phòng')]),
    todoLine('logging: { central: true, retentionMonths: 12 }', 'nhật ký tập trung và thời gian lưu'),
    todoLine('adminAuth: { mfa: true, via: vpn }', 'cách quản trị viên đăng nhập'),
    todoLine('tls: { enabled: true, minVersion: "1.2" }', 'mã hóa kết nối'),
    ...evidenceLines(ctx),
  ];
  return file(
    [
      `Một hệ thống thông tin ví dụ ở cấp độ ${ctx.level}, đặt theo thiết kế tối thiểu (docs/minimum-design.md).`,
      'Cần điền: tên hệ thống, điều khoản xác định cấp độ, và các dòng TODO đang để trong chú thích (RPO, RTO, sao lưu,',
      'nhật ký, xác thực quản trị, mã hóa, hồ sơ chứng minh). Khi chưa điền, các quy tắc báo thiếu: đó là việc cần làm.',
    ],
    [doc('System', ctx.system, spec)],
  );
}
