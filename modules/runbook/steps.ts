// Ordered steps of the failover, failback and restore-drill runbooks, built from a system's view. Data first, then
// platform, application and traffic (ecosystem-notes §6.2); every command names the real context, namespace or host.
// Commands are built with `sh` (every value one shell word); the texts are Markdown, in which every inventory value is
// escaped where it is put: `md` for text, `code` for a name in a code span.
import { failoverStepMinutes, type RtoEstimate } from '../dr/index.js';
import { durationText, roleLabel, type Cluster, type Site } from '../model/index.js';
import { contextOf as ctx, curlCheck } from './checks.js';
import { codeOrDash as tick, md } from './markdown.js';
import { promotion, type Promotion } from './database.js';
import { sh } from './shell.js';
import { modeName, replicationName, type ComponentRow, type SystemView } from './view.js';

/** One step. `owner` is plain text (the template escapes it); the other texts are Markdown; commands are shell lines. */
export interface Step {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly pre: string;
  readonly expected: string;
  readonly timeout: string;
  readonly fallback: string;
  readonly commands: readonly string[];
  readonly actions: readonly string[];
  readonly verify: readonly string[];
  /** Commands that undo the step (a promotion), printed after the checks. */
  readonly rollback?: readonly string[];
}

/** What the commands need besides the view: the inventory folder, as the repository names it (`inventory/<folder>`). */
export interface StepEnv {
  readonly folder: string;
}

/**
 * The cdktf stack of a cluster, deployed from the repository root (where cdktf.json is) for this inventory: `hatang
 * synth` records the inventory in cdktf.out, and the cdktf app deploys exactly that (docs/stacks.md); `npm run cdktf`
 * runs the pinned cdktf CLI offline.
 */
const deploy = (env: StepEnv, cluster: Cluster): string => sh`node bin/hatang.js synth inventory/${env.folder} && npm run cdktf -- deploy ${cluster.name}`;

/** Where `hatang manifests` writes a namespace's file by default, relative to the repository root. */
export const manifestPath = (env: StepEnv, cluster: string, namespace: string): string => `out/${env.folder}/k8s/${cluster}/${namespace}.yaml`;

/** Where `hatang runbooks` writes the DR-site namespaces of a cold system (the plan keeps none for it). */
export const coldManifestPath = (env: StepEnv, system: string, cluster: string, namespace: string): string =>
  `runbooks/${env.folder}/systems/${system}/k8s/${cluster}/${namespace}.yaml`;

export type T = (vi: string, en: string) => string;

/** A site by its title in Vietnamese prose (a dash when there is none). */
const titled = (site: Site | undefined): string => (site ? md(site.title) : '—');

/** A component role in words in the runbook's language. */
const roleOf = (t: T, role: string): string => t(roleLabel(role, 'vi'), role);

/** A duration in words in the runbook's language. */
const dur = (t: T, minutes: number): string => t(durationText(minutes, 'vi'), durationText(minutes, 'en'));

/**
 * Minutes of each failover step, from the parts of the RTO estimate (modules/dr, RTO_PART_STEPS): the failover
 * steps add up to the estimated RTO the runbook prints.
 */
const foMinutes = (v: SystemView) =>
  failoverStepMinutes(
    v.rtoParts.map((p) => ({ step: p.step as RtoEstimate['parts'][number]['step'], minutes: p.value })),
    { cluster: v.drCluster !== undefined },
  );

interface Workload {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: number;
  /** Databases and storage run as StatefulSets, the rest as Deployments (the plan creates neither: a convention). */
  readonly kind: 'deployment' | 'statefulset';
}

const kindOf = (role: string): Workload['kind'] => (role === 'database' || role === 'storage' ? 'statefulset' : 'deployment');

/**
 * Workloads on a cluster: the components the Kubernetes plan places in the system's namespaces there. For cold DR
 * (no standby namespace in the plan) the non-data components in zones where the DR cluster has nodes, in the
 * system's own namespace.
 */
function workloads(v: SystemView, side: 'primary' | 'dr'): Workload[] {
  const planned = side === 'primary' ? v.primaryPlanned : v.drPlanned;
  const byName = new Map(v.components.map((c) => [c.name, c]));
  if (planned.length) {
    return planned.flatMap((ns) =>
      ns.components.map((name) => {
        const c = byName.get(name);
        return { name, namespace: ns.name, replicas: c?.replicas ?? 1, kind: kindOf(c?.role ?? '') };
      }),
    );
  }
  const cluster = side === 'dr' ? v.drCluster : undefined;
  const ns = v.drNamespaces[0];
  if (!cluster || !ns) return [];
  const zones = new Set(cluster.nodePools.map((p) => p.zone));
  return v.components
    .filter((c) => c.drZone && zones.has(c.drZone) && !['database', 'storage'].includes(c.role))
    .map((c) => ({ name: c.name, namespace: ns, replicas: c.replicas ?? 1, kind: kindOf(c.role) }));
}

const scale = (cluster: Cluster, w: Workload) => sh`kubectl --context ${ctx(cluster)} -n ${w.namespace} scale ${w.kind}/${w.name} --replicas=${w.replicas}`;
const rollout = (cluster: Cluster, w: Workload) => sh`kubectl --context ${ctx(cluster)} -n ${w.namespace} rollout status ${w.kind}/${w.name} --timeout=10m`;

function dataActions(v: SystemView, t: T, direction: 'failover' | 'failback'): string[] {
  const target = direction === 'failover' ? (v.dr?.name ?? '—') : (v.primary?.name ?? '—');
  return v.dataComponents.map((c) => {
    const zone = direction === 'failover' ? c.drZone : c.primaryZone;
    const where = zone
      ? `${tick(zone)} (${direction === 'failover' ? c.drPrefixes : (v.zones.find((z) => z.primary === zone)?.primaryPrefixes ?? '—')})`
      : tick(target);
    switch (direction === 'failback' ? 'resync' : v.replication) {
      case 'database-stream':
        return t(
          `Nâng bản sao của ${tick(c.name)} (${roleOf(t, c.role)}) tại ${where} thành bản chính; tắt chế độ chỉ đọc.`,
          `Promote the replica of ${tick(c.name)} (${c.role}) at ${where} to primary; turn off read-only mode.`,
        );
      case 'storage-async':
      case 'storage-sync':
        return t(
          `Tách cặp nhân bản ổ lưu trữ của ${tick(c.name)} (${roleOf(t, c.role)}) tại ${where}; gắn ổ lưu trữ ở chế độ đọc-ghi.`,
          `Split the replication pair of ${tick(c.name)} (${c.role}) at ${where}; mount the volume read-write.`,
        );
      case 'application':
        return t(
          `Chuyển vai trò nhân bản của ứng dụng cho ${tick(c.name)} tại ${where} sang bản chính.`,
          `Switch the application-level replica of ${tick(c.name)} at ${where} to primary.`,
        );
      case 'resync':
        return t(
          `Đồng bộ ${tick(c.name)} (${roleOf(t, c.role)}) từ trung tâm dự phòng về ${where}; giữ bản ở trung tâm chính là bản sao cho đến bước chuyển hướng.`,
          `Resynchronise ${tick(c.name)} (${c.role}) from the DR site to ${where}; keep the primary copy a replica until the traffic step.`,
        );
      default:
        return t(
          `Khôi phục bản sao lưu gần nhất của ${tick(c.name)} (${roleOf(t, c.role)}) từ ${v.backupSite ? titled(v.backupSite) : 'nơi lưu bản sao lưu'}${v.backupZone ? ` (vùng ${tick(v.backupZone.name)})` : ''} vào ${where}.`,
          `Restore the latest backup of ${tick(c.name)} (${c.role}) from ${v.backupSite ? tick(v.backupSite.name) : 'the backup site'}${v.backupZone ? ` (zone ${tick(v.backupZone.name)})` : ''} into ${where}.`,
        );
    }
  });
}

function trafficStep(v: SystemView, t: T, id: string, to: 'dr' | 'primary', owner: string): Step {
  const site = to === 'dr' ? v.dr : v.primary;
  const zone = v.publicZone ? (to === 'dr' ? v.publicZone.dr : v.publicZone.primary) : undefined;
  const prefixes = v.publicZone ? (to === 'dr' ? v.publicZone.drPrefixes : v.publicZone.primaryPrefixes) : '—';
  const siteName = site?.name ?? '—';
  const actions: string[] = [];
  const lbs = v.drDevices.filter((d) => d.deviceKind === 'load-balancer' || d.deviceKind === 'firewall').map((d) => tick(d.name));
  switch (v.switchover) {
    case 'gslb':
      actions.push(
        t(
          `Trên thiết bị cân bằng tải toàn cục (GSLB): ngừng nhóm máy chủ của ${titled(to === 'dr' ? v.primary : v.dr)}, đưa nhóm máy chủ của ${titled(site)} vào phục vụ cho: ${v.records.map(tick).join(', ') || '—'}.`,
          `On the GSLB: set the pool of site ${tick(to === 'dr' ? (v.primary?.name ?? '—') : (v.dr?.name ?? '—'))} to disabled and the pool of ${tick(siteName)} to active for: ${v.records.map(tick).join(', ') || '—'}.`,
        ),
      );
      break;
    case 'bgp':
      actions.push(
        t(
          `Quảng bá dải địa chỉ dịch vụ từ vùng biên của ${titled(site)} và rút quảng bá ở trung tâm còn lại.`,
          `Announce the service prefixes from the edge of site ${tick(siteName)} and withdraw them at the other site.`,
        ),
      );
      break;
    case 'manual':
      actions.push(
        t(
          `Thông báo người dùng địa chỉ truy cập tại ${titled(site)}${zone ? ` (vùng ${tick(zone)}: ${prefixes})` : ''}.`,
          `Tell users the access address at site ${tick(siteName)}${zone ? ` (zone ${tick(zone)}: ${prefixes})` : ''}.`,
        ),
      );
      break;
    default:
      for (const r of v.records) {
        actions.push(
          zone
            ? t(
                `Đổi bản ghi A và AAAA của ${tick(r)} sang địa chỉ công bố của vùng ${tick(zone)} (${prefixes}) tại ${titled(site)}.`,
                `Point the A and AAAA records of ${tick(r)} at the published address of zone ${tick(zone)} (${prefixes}) at ${tick(siteName)}.`,
              )
            : t(
                `Đổi bản ghi A và AAAA của ${tick(r)} sang địa chỉ công bố của dịch vụ tại ${titled(site)}.`,
                `Point the A and AAAA records of ${tick(r)} at the published address of the service at ${tick(siteName)}.`,
              ),
        );
      }
  }
  if (to === 'dr' && lbs.length)
    actions.push(t(`Mở công bố dịch vụ trên ${lbs.join(', ')} tại trung tâm dự phòng.`, `Publish the service on ${lbs.join(', ')} at the DR site.`));
  actions.push(
    zone
      ? t(
          `Các cơ quan trên mạng truyền số liệu chuyên dùng truy cập dịch vụ qua các luồng từ mạng này tới vùng ${tick(zone)}.`,
          `Agencies on the TSLCD reach the service through the TSLCD flows of zone ${tick(zone)}.`,
        )
      : t(
          `Các cơ quan trên mạng truyền số liệu chuyên dùng truy cập dịch vụ qua các luồng từ mạng này tới ${titled(site)}.`,
          `Agencies on the TSLCD reach the service through the TSLCD flows to site ${tick(siteName)}.`,
        ),
  );
  const verify = v.records.flatMap((r) => [sh`dig +short ${r} A`, sh`dig +short ${r} AAAA`]);
  return {
    id,
    title: t(`Chuyển hướng người dùng về ${titled(site)}`, `Move traffic to ${md(siteName)}`),
    owner,
    pre: t('Ứng dụng đã chạy và kiểm tra đạt ở bước trước.', 'The application runs and passed the previous step.'),
    expected: t(
      `Tên miền trả về địa chỉ của ${titled(site)}${prefixes !== '—' ? ` (trong ${prefixes} hoặc địa chỉ NAT công bố)` : ''}.`,
      `Names resolve to ${md(siteName)}${prefixes !== '—' ? ` (inside ${prefixes} or its published NAT address)` : ''}.`,
    ),
    timeout: to === 'dr' ? dur(t, foMinutes(v).traffic) : dur(t, v.ttlSeconds !== undefined ? Math.max(15, Math.ceil(v.ttlSeconds / 60) + 10) : 30),
    fallback: t('Trả bản ghi về giá trị cũ; giữ người dùng ở trung tâm đang chạy.', 'Put the records back; keep users on the site that works.'),
    commands: [],
    actions,
    verify,
  };
}

/** Failover step ids: `FO-01`, `FO-02`, … */
const foId = (n: number): string => `FO-${String(n).padStart(2, '0')}`;

/** Failover step 1: fence the primary so that two copies never take writes. */
function fenceStep(v: SystemView, t: T): Step {
  const prim = v.primaryCluster;
  return {
    id: foId(1),
    title: t('Cô lập trung tâm chính', 'Fence the primary'),
    owner: v.operatorTitle,
    pre: t('Đã có quyết định chuyển đổi.', 'GO decided.'),
    expected: t('Không còn ghi dữ liệu ở trung tâm chính.', 'No more writes at the primary.'),
    timeout: dur(t, foMinutes(v).fence),
    fallback: t(
      `Trung tâm chính không truy cập được: chặn luồng nhân bản từ trung tâm chính tại ${
        v.drDevices
          .filter((d) => d.deviceKind === 'firewall')
          .map((d) => tick(d.name))
          .join(', ') || 'tường lửa của trung tâm dự phòng'
      }.`,
      `Primary unreachable: block replication from the primary at ${
        v.drDevices
          .filter((d) => d.deviceKind === 'firewall')
          .map((d) => tick(d.name))
          .join(', ') || 'the DR firewall'
      }.`,
    ),
    commands: prim ? v.primaryNamespaces.map((n) => sh`kubectl --context ${ctx(prim)} -n ${n} scale deployment,statefulset --all --replicas=0`) : [],
    actions: v.components
      .filter((c) => c.role !== 'storage' && !workloads(v, 'primary').some((w) => w.name === c.name))
      .map((c) => t(`Dừng ${tick(c.name)} tại vùng ${tick(c.primaryZone)}.`, `Stop ${tick(c.name)} in zone ${tick(c.primaryZone)}.`)),
    verify: prim ? v.primaryNamespaces.map((n) => sh`kubectl --context ${ctx(prim)} -n ${n} get pods`) : [],
  };
}

/** The promotions of the database replicas at the DR site (warm and hot DR with database streaming). */
function promotions(v: SystemView, t: T): Map<string, Promotion> {
  if (v.mode === 'cold' || v.replication !== 'database-stream') return new Map();
  const databases = v.dataComponents.filter((c: ComponentRow) => c.role === 'database');
  return new Map(
    databases.map((c) => [
      c.name,
      promotion(
        {
          system: v.system.name,
          component: c.name,
          ...(c.engine ? { engine: c.engine } : {}),
          where: c.drZone ? `${tick(c.drZone)} (${c.drPrefixes})` : t(titled(v.dr), tick(v.dr?.name ?? '—')),
          drSite: v.dr?.name ?? 'dr',
          primarySite: v.primary?.name ?? 'primary',
        },
        t,
      ),
    ]),
  );
}

/** Failover step 2: promote (or, for cold DR, restore) the data at the DR site. */
function failoverDataStep(v: SystemView, t: T, engineer: string): Step {
  const promoted = promotions(v, t);
  const prose = dataActions(v, t, 'failover');
  const actions = v.dataComponents.map((c, i) => promoted.get(c.name)?.action ?? prose[i]!);
  const all = [...promoted.values()];
  return {
    id: foId(2),
    title:
      v.mode === 'cold'
        ? t('Khôi phục dữ liệu tại trung tâm dự phòng', 'Restore the data at the DR site')
        : t('Nâng bản sao dữ liệu tại trung tâm dự phòng', 'Promote the data at the DR site'),
    owner: engineer,
    pre:
      v.mode === 'cold'
        ? t(
            `${foId(1)} xong; đã chọn bản sao lưu gần nhất và ghi thời điểm của nó vào phiếu RPO.`,
            `${foId(1)} done; the latest backup chosen and its time written in the RPO sheet.`,
          )
        : t(`${foId(1)} xong; độ trễ nhân bản đã ghi vào phiếu RPO.`, `${foId(1)} done; replication lag written in the RPO sheet.`),
    expected: t(
      'Dữ liệu ở trung tâm dự phòng nhận ghi; bản ghi cuối cùng trong giới hạn RPO.',
      'The data at the DR site accepts writes; its last record is within the RPO.',
    ),
    timeout: dur(t, foMinutes(v).data),
    fallback: t(
      'Dùng bản sao lưu gần nhất tại trung tâm dự phòng (`restore-drill.md`); ghi khoảng dữ liệu mất.',
      'Use the latest backup at the DR site (restore-drill.md); record the data-loss window.',
    ),
    commands: all.flatMap((p) => p.commands),
    actions: actions.length
      ? actions
      : [t('Hệ thống không có thành phần dữ liệu riêng; chuyển sang bước sau.', 'The system has no data component of its own; go on.')],
    verify: all.flatMap((p) => p.verify),
    rollback: all.flatMap((p) => p.rollback),
  };
}

/** Failover step 3, for a system with a DR cluster: its namespaces and network policies there. */
function platformStep(v: SystemView, t: T, drc: Cluster, engineer: string, env: StepEnv): Step {
  const cold = v.mode === 'cold';
  const files = v.drPlanned.map((n) => (cold ? coldManifestPath(env, v.system.name, drc.name, n.name) : manifestPath(env, drc.name, n.name)));
  const apply = files.map((f) => sh`kubectl --context ${ctx(drc)} apply -f ${f}`);
  return {
    id: foId(3),
    title: t(`Nền tảng: không gian tên và chính sách mạng trên cụm ${tick(drc.name)}`, `Platform: namespaces and network policies on ${md(drc.name)}`),
    owner: engineer,
    pre: t(
      `Cụm ${tick(drc.name)} (${tick(drc.apiEndpoint ?? ctx(drc))}) truy cập được.`,
      `Cluster ${tick(drc.name)} (${tick(drc.apiEndpoint ?? ctx(drc))}) reachable.`,
    ),
    expected: t('Không gian tên và chính sách mạng giống trung tâm chính.', 'Namespaces and NetworkPolicies as at the primary.'),
    timeout: dur(t, foMinutes(v).platform),
    fallback: cold
      ? t('Chạy lại lệnh; báo chỉ huy sự cố.', 'Run the commands again; tell the incident commander.')
      : t(
          `Áp các tệp do công cụ hatang sinh ra: ${tick(`node bin/hatang.js manifests inventory/${env.folder}`)}, rồi ${apply.map(tick).join(', ')}; báo chỉ huy sự cố.`,
          `Apply the files hatang writes: ${tick(`node bin/hatang.js manifests inventory/${env.folder}`)}, then ${apply.map(tick).join(', ')}; tell the incident commander.`,
        ),
    // Cold DR: the plan keeps no standby namespace; `hatang runbooks` writes the DR-site ones next to this runbook.
    commands: [deploy(env, drc), ...(cold ? apply : [])],
    actions: [],
    verify: v.drNamespaces.flatMap((n) => [sh`kubectl --context ${ctx(drc)} get namespace ${n}`, sh`kubectl --context ${ctx(drc)} -n ${n} get networkpolicy`]),
  };
}

/**
 * Cold DR: the workloads of the primary's namespaces restored from the plan's Velero Schedule into the DR-site
 * namespaces (which the platform step created with their policies), when the backup is kept at the DR site.
 */
function coldRestore(v: SystemView, drc: Cluster): string[] {
  if (v.mode !== 'cold' || v.backupSite?.name !== v.dr?.name) return [];
  const drOf = new Map(v.drPlanned.flatMap((n) => n.components.map((c) => [c, n.name] as const)));
  const pairs = new Set(v.primaryPlanned.flatMap((n) => n.components.flatMap((c) => (drOf.has(c) ? [`${n.name}:${drOf.get(c)}`] : []))));
  if (pairs.size === 0) return [];
  const name = v.system.name;
  return [
    sh`velero --kubecontext ${ctx(drc)} restore create ${name}-failover --from-schedule hatang-${name} --namespace-mappings ${[...pairs].join(',')} --exclude-resources namespaces,networkpolicies.networking.k8s.io,resourcequotas,limitranges`,
  ];
}

/** Failover: start (or scale up) the application at the DR site. */
function applicationStep(v: SystemView, t: T, id: string, engineer: string): Step {
  const drc = v.drCluster;
  const apps = workloads(v, 'dr');
  const restored = drc ? coldRestore(v, drc) : [];
  // Workloads the commands start: scaled up (warm, hot) or restored by Velero (cold); the others are started by hand.
  const handled = drc && (v.mode !== 'cold' || restored.length) ? apps : [];
  return {
    id,
    title:
      v.mode === 'hot'
        ? t('Ứng dụng: nâng đủ công suất tại trung tâm dự phòng', 'Application: full capacity at the DR site')
        : t('Ứng dụng: khởi động tại trung tâm dự phòng', 'Application: start at the DR site'),
    owner: engineer,
    pre: t('Dữ liệu và nền tảng sẵn sàng.', 'Data and platform ready.'),
    expected: t('Mọi thành phần chạy đủ số bản sao và sẵn sàng.', 'Every component runs with its replicas and is ready.'),
    timeout: dur(t, foMinutes(v).application),
    fallback: t(
      'Xem nhật ký của thành phần hoặc máy ảo bị lỗi; nếu quá thời gian, hủy theo mục 8.',
      'Read the failing pod or VM logs; past the timeout, roll back per section 8.',
    ),
    commands: drc ? (v.mode === 'cold' ? restored : apps.map((w) => scale(drc, w))) : [],
    actions: v.components
      .filter((c) => !handled.some((w) => w.name === c.name) && !v.dataComponents.includes(c))
      .map((c) =>
        t(
          `Khởi động ${tick(c.name)} (${roleOf(t, c.role)}) tại vùng ${tick(c.drZone ?? '—')} (${c.drPrefixes}).`,
          `Start ${tick(c.name)} (${c.role}) in zone ${tick(c.drZone ?? '—')} (${c.drPrefixes}).`,
        ),
      ),
    verify: drc ? handled.map((w) => rollout(drc, w)) : [],
  };
}

/** Failover: the end-to-end check that stops the RTO clock. */
function endToEndStep(v: SystemView, t: T, id: string): Step {
  const drc = v.drCluster;
  return {
    id,
    title: t('Kiểm tra từ đầu đến cuối', 'End-to-end check'),
    owner: v.operatorTitle,
    pre: t('Người dùng đã được chuyển hướng.', 'Traffic moved.'),
    expected: t('Dịch vụ trả lời đúng; thư ký dừng đồng hồ RTO.', 'The service answers correctly; the scribe stops the RTO clock.'),
    timeout: dur(t, foMinutes(v).check),
    fallback: t('Quay lại bước lỗi; nếu không khắc phục được, hủy theo mục 8.', 'Go back to the failing step; if it cannot be fixed, roll back per section 8.'),
    commands: [],
    actions: [],
    verify: [...v.records.map((r) => curlCheck(r)), ...(drc ? v.drNamespaces.map((n) => sh`kubectl --context ${ctx(drc)} -n ${n} get pods -o wide`) : [])],
  };
}

/** The failover steps in order: fence, data, platform (with a DR cluster), application, traffic, end-to-end check. */
export function failoverSteps(v: SystemView, t: T, env: StepEnv): Step[] {
  const engineer = v.dr?.operator ?? v.operatorTitle;
  const drc = v.drCluster;
  const steps: Step[] = [fenceStep(v, t), failoverDataStep(v, t, engineer)];
  if (drc) steps.push(platformStep(v, t, drc, engineer, env));
  steps.push(applicationStep(v, t, foId(steps.length + 1), engineer));
  steps.push(trafficStep(v, t, foId(steps.length + 1), 'dr', v.operatorTitle));
  steps.push(endToEndStep(v, t, foId(steps.length + 1)));
  return steps;
}

/** Failback step ids: `FB-01`, `FB-02`, … */
const fbId = (n: number): string => `FB-${String(n).padStart(2, '0')}`;

/** Failback step 1: copy the data back from the DR site to the repaired primary. */
function resyncStep(v: SystemView, t: T, engineer: string): Step {
  return {
    id: fbId(1),
    title: t('Đồng bộ ngược dữ liệu về trung tâm chính', 'Resynchronise the data back to the primary'),
    owner: engineer,
    pre: t(
      `${titled(v.primary)} đã sửa xong, đủ công suất; lãnh đạo ${md(v.ownerTitle)} chọn khung giờ quay về.`,
      `Site ${tick(v.primary?.name ?? '—')} repaired with full capacity; the head of ${md(v.ownerTitle)} chose the cut-back window.`,
    ),
    expected: t(`Độ trễ đồng bộ từ trung tâm dự phòng về trung tâm chính ≤ RPO ${v.rpoTarget}.`, `Lag from the DR site to the primary ≤ RPO ${v.rpoTarget}.`),
    timeout: v.fullCopy ? t(`${v.fullCopy} (chép lại toàn bộ ${v.dataSize ?? ''})`, `${v.fullCopy} (full copy of ${v.dataSize ?? ''})`) : dur(t, 240),
    fallback: t('Ở lại trung tâm dự phòng; lên lịch lại.', 'Stay at the DR site; reschedule.'),
    commands: [],
    actions: dataActions(v, t, 'failback').length ? dataActions(v, t, 'failback') : [t('Không có thành phần dữ liệu riêng.', 'No data component of its own.')],
    verify: [],
  };
}

/** Failback step 2: the platform at the primary (its cluster's plan, or the VMs and devices without one). */
function primaryPlatformStep(v: SystemView, t: T, engineer: string, env: StepEnv): Step {
  const prim = v.primaryCluster;
  return {
    id: fbId(2),
    title: t('Nền tảng tại trung tâm chính', 'Platform at the primary'),
    owner: engineer,
    pre: t(`${fbId(1)} xong.`, `${fbId(1)} done.`),
    expected: t('Không gian tên và chính sách mạng đúng như kế hoạch.', 'Namespaces and network policies as planned.'),
    timeout: dur(t, 20),
    fallback: t('Dừng quay về, ở lại trung tâm dự phòng.', 'Stop the failback; stay at the DR site.'),
    commands: prim ? [deploy(env, prim)] : [],
    actions: prim ? [] : [t('Kiểm tra máy ảo và thiết bị của hệ thống tại trung tâm chính.', "Check the system's VMs and devices at the primary.")],
    verify: prim ? v.primaryNamespaces.map((n) => sh`kubectl --context ${ctx(prim)} -n ${n} get networkpolicy`) : [],
  };
}

/** Failback step 3: stop writes at the DR site, sync a last time and promote the data at the primary. */
function lastSyncStep(v: SystemView, t: T, engineer: string): Step {
  const drc = v.drCluster;
  return {
    id: fbId(3),
    title: t('Dừng ghi tại trung tâm dự phòng và đồng bộ lần cuối', 'Stop writes at the DR site and sync a last time'),
    owner: engineer,
    pre: t('Đã thông báo khung giờ gián đoạn cho người dùng.', 'Users told of the interruption window.'),
    expected: t('Hai bản dữ liệu giống nhau (đối chiếu số bản ghi, mã băm).', 'Both copies equal (record counts, checksums).'),
    timeout: dur(t, 30),
    fallback: t('Mở lại ghi tại trung tâm dự phòng; hủy quay về.', 'Re-enable writes at the DR site; abort the failback.'),
    commands: drc ? v.drNamespaces.map((n) => sh`kubectl --context ${ctx(drc)} -n ${n} scale deployment,statefulset --all --replicas=0`) : [],
    actions: [
      ...(drc ? [] : [t('Dừng các thành phần tại trung tâm dự phòng.', 'Stop the components at the DR site.')]),
      ...v.dataComponents.map((c) =>
        t(`Nâng ${tick(c.name)} tại ${tick(c.primaryZone)} thành bản chính.`, `Promote ${tick(c.name)} at ${tick(c.primaryZone)} to primary.`),
      ),
    ],
    verify: [],
  };
}

/** Failback step 4: start the application at the primary. */
function primaryApplicationStep(v: SystemView, t: T, engineer: string): Step {
  const prim = v.primaryCluster;
  const apps = workloads(v, 'primary');
  return {
    id: fbId(4),
    title: t('Khởi động ứng dụng tại trung tâm chính', 'Start the application at the primary'),
    owner: engineer,
    pre: t(`${fbId(3)} xong.`, `${fbId(3)} done.`),
    expected: t('Mọi thành phần chạy đủ bản sao.', 'Every component runs with its replicas.'),
    timeout: dur(t, 20),
    fallback: t('Chuyển người dùng lại trung tâm dự phòng (`failover.md`, bước chuyển hướng).', 'Send users back to the DR site (failover.md, traffic step).'),
    commands: prim ? apps.map((w) => scale(prim, w)) : [],
    actions: v.components
      .filter((c) => !apps.some((w) => w.name === c.name) && !v.dataComponents.includes(c))
      .map((c) => t(`Khởi động ${tick(c.name)} tại vùng ${tick(c.primaryZone)}.`, `Start ${tick(c.name)} in zone ${tick(c.primaryZone)}.`)),
    verify: prim ? apps.map((w) => rollout(prim, w)) : [],
  };
}

/** Failback step 6: replicate from the primary to the DR site again and put the DR site back in its mode. */
function reprotectStep(v: SystemView, t: T, engineer: string): Step {
  const drc = v.drCluster;
  return {
    id: fbId(6),
    title: t('Thiết lập lại nhân bản sang trung tâm dự phòng', 'Re-establish replication to the DR site'),
    owner: engineer,
    pre: t('Người dùng đã về trung tâm chính và kiểm tra đạt.', 'Users are back on the primary and checks pass.'),
    expected: t(
      `Nhân bản (${replicationName(v.replication, 'vi')}) từ trung tâm chính sang trung tâm dự phòng chạy lại; trung tâm dự phòng trở lại chế độ ${modeName(v.mode, 'vi')}.`,
      `Replication (${replicationName(v.replication, 'en')}) from the primary to the DR site runs again; the DR site is back to ${modeName(v.mode, 'en')}.`,
    ),
    timeout: dur(t, 60),
    fallback: t('Ghi nhận rủi ro: hệ thống tạm thời không có dự phòng; báo người quyết định.', 'Record the risk: no DR for now; tell the decision-maker.'),
    commands: drc && v.mode === 'hot' ? workloads(v, 'dr').map((w) => scale(drc, w)) : [],
    actions: [],
    verify: v.records.map((r) => curlCheck(r)),
  };
}

/** The failback steps in order: resync, platform, last sync, application, traffic, replication to the DR site again. */
export function failbackSteps(v: SystemView, t: T, env: StepEnv): Step[] {
  const engineer = v.primary?.operator ?? v.operatorTitle;
  return [
    resyncStep(v, t, engineer),
    primaryPlatformStep(v, t, engineer, env),
    lastSyncStep(v, t, engineer),
    primaryApplicationStep(v, t, engineer),
    trafficStep(v, t, fbId(5), 'primary', v.operatorTitle),
    reprotectStep(v, t, engineer),
  ];
}

/** Where a restore drill restores to: a namespace on a cluster, or else an isolated VM in a zone. */
interface IsolatedTarget {
  cluster?: Cluster;
  namespace?: string;
  zone?: string;
  prefixes: string;
}

/** Restore-drill step ids: `RD-01`, `RD-02`, … */
const rdId = (n: number): string => `RD-${String(n).padStart(2, '0')}`;

/** Restore drill step 1: pick the latest backup and record which one. */
function drillBackupStep(v: SystemView, t: T, isolated: IsolatedTarget): Step {
  const backupAt = v.backupSite ? t(titled(v.backupSite), tick(v.backupSite.name)) : t('nơi lưu bản sao lưu', 'the backup site');
  const c = isolated.cluster;
  const ns = isolated.namespace;
  return {
    id: rdId(1),
    title: t('Chọn bản sao lưu', 'Pick the backup'),
    owner: v.operatorTitle,
    pre: t('Kế hoạch diễn tập được duyệt.', 'Drill plan approved.'),
    expected: t(
      `Bản sao lưu gần nhất tại ${backupAt}, không cũ hơn chu kỳ ${v.backupFrequency ?? '—'}.`,
      `The latest backup at ${backupAt}, no older than the ${v.backupFrequency ?? '—'} interval.`,
    ),
    timeout: dur(t, 15),
    fallback: t('Không có bản sao lưu đúng hạn: dừng diễn tập, mở sự cố.', 'No backup within its interval: stop the drill, open an incident.'),
    // The Kubernetes plan's Velero Schedule is named hatang-<system> and stores to the location named after the backup site.
    commands:
      c && ns && v.primaryNamespaces.length ? [sh`velero --kubecontext ${ctx(c)} backup get --selector velero.io/schedule-name=hatang-${v.system.name}`] : [],
    actions: [
      t(
        `Ghi mã bản sao lưu, thời điểm tạo và nơi lưu (${backupAt}${v.backupZone ? `, vùng ${tick(v.backupZone.name)}` : ''}).`,
        `Record the backup id, creation time and location (${backupAt}${v.backupZone ? `, zone ${tick(v.backupZone.name)}` : ''}).`,
      ),
    ],
    verify: [],
  };
}

/** Restore drill step 2: an isolated target, a deny-all namespace or else a VM, that takes no traffic. */
function drillTargetStep(v: SystemView, t: T, isolated: IsolatedTarget): Step {
  const c = isolated.cluster;
  const ns = isolated.namespace;
  return {
    id: rdId(2),
    title: t('Chuẩn bị nơi khôi phục cách ly', 'Prepare an isolated restore target'),
    owner: v.operatorTitle,
    pre: t(`${rdId(1)} xong.`, `${rdId(1)} done.`),
    expected: t(
      'Nơi khôi phục không nhận lưu lượng người dùng và không ghi vào dữ liệu thật.',
      'The target takes no user traffic and cannot write to live data.',
    ),
    timeout: dur(t, 20),
    fallback: t('Dùng máy ảo cách ly trong vùng sao lưu.', 'Use an isolated VM in the backup zone.'),
    commands:
      c && ns
        ? [
            sh`kubectl --context ${ctx(c)} create namespace ${ns}`,
            sh`kubectl --context ${ctx(c)} -n ${ns} apply -f - <<'EOF'`,
            'apiVersion: networking.k8s.io/v1',
            'kind: NetworkPolicy',
            'metadata: { name: deny-all }',
            'spec: { podSelector: {}, policyTypes: [Ingress, Egress] }',
            'EOF',
          ]
        : [],
    actions: c
      ? []
      : [
          t(
            `Tạo máy ảo cách ly trong vùng ${tick(isolated.zone ?? '—')} (${isolated.prefixes}).`,
            `Create an isolated VM in zone ${tick(isolated.zone ?? '—')} (${isolated.prefixes}).`,
          ),
        ],
    verify: c && ns ? [sh`kubectl --context ${ctx(c)} -n ${ns} get networkpolicy`] : [],
  };
}

/** Restore drill step 3: restore the data into the isolated target while the scribe times it. */
function drillRestoreStep(v: SystemView, t: T, isolated: IsolatedTarget): Step {
  const c = isolated.cluster;
  const ns = isolated.namespace;
  return {
    id: rdId(3),
    title: t('Khôi phục', 'Restore'),
    owner: v.operatorTitle,
    pre: t(`${rdId(2)} xong; thư ký bắt đầu đo thời gian.`, `${rdId(2)} done; the scribe starts the clock.`),
    expected: t('Mọi thành phần dữ liệu được khôi phục không lỗi.', 'Every data component restored without errors.'),
    timeout: v.rtoTarget,
    fallback: t('Thử bản sao lưu trước đó; ghi lỗi vào biên bản.', 'Try the previous backup; write the error in the record.'),
    commands:
      c && ns && v.primaryNamespaces.length
        ? [
            sh`velero --kubecontext ${ctx(c)} restore create ${v.system.name}-restore-drill --from-schedule hatang-${v.system.name} --namespace-mappings ${v.primaryNamespaces.map((p) => `${p}:${ns}`).join(',')}`,
          ]
        : [],
    actions: v.dataComponents.map((d) =>
      t(
        `Khôi phục ${tick(d.name)} (${roleOf(t, d.role)}, vùng gốc ${tick(d.primaryZone)}) vào nơi cách ly.`,
        `Restore ${tick(d.name)} (${d.role}, from zone ${tick(d.primaryZone)}) into the isolated target.`,
      ),
    ),
    verify:
      c && ns
        ? [
            ...(v.primaryNamespaces.length ? [sh`velero --kubecontext ${ctx(c)} restore describe ${v.system.name}-restore-drill`] : []),
            sh`kubectl --context ${ctx(c)} -n ${ns} get pods,pvc`,
          ]
        : [],
  };
}

/** Restore drill step 4: check the restored data against the backup report, the RPO and the RTO. */
function drillVerifyStep(v: SystemView, t: T): Step {
  return {
    id: rdId(4),
    title: t('Kiểm tra dữ liệu khôi phục', 'Verify the restored data'),
    owner: v.operatorTitle,
    pre: t(`${rdId(3)} xong.`, `${rdId(3)} done.`),
    expected: t(
      `Số bản ghi và mã băm khớp với thời điểm sao lưu; ứng dụng đọc được dữ liệu; tuổi dữ liệu ≤ RPO ${v.rpoTarget}; thời gian khôi phục ≤ RTO ${v.rtoTarget}.`,
      `Record counts and checksums match the backup time; the application reads the data; data age ≤ RPO ${v.rpoTarget}; restore time ≤ RTO ${v.rtoTarget}.`,
    ),
    timeout: dur(t, 60),
    fallback: t('Ghi sai lệch vào biên bản; mở yêu cầu sửa quy trình sao lưu.', 'Write the mismatch in the record; open a change to fix the backup process.'),
    commands: [],
    actions: [
      t(
        'So sánh số bản ghi của các bảng chính và mã băm của tệp với báo cáo sao lưu.',
        "Compare the main tables' record counts and file checksums with the backup report.",
      ),
      t('Chạy thử một chức năng đọc của ứng dụng trên dữ liệu khôi phục.', 'Run one read function of the application against the restored data.'),
    ],
    verify: [],
  };
}

/** Restore drill step 5: remove the isolated target and the restored copy. */
function drillCleanUpStep(v: SystemView, t: T, isolated: IsolatedTarget): Step {
  const c = isolated.cluster;
  const ns = isolated.namespace;
  return {
    id: rdId(5),
    title: t('Dọn dẹp', 'Clean up'),
    owner: v.operatorTitle,
    pre: t(`${rdId(4)} xong, kết quả đã ghi.`, `${rdId(4)} done, results written.`),
    expected: t('Không còn bản dữ liệu khôi phục ngoài kiểm soát.', 'No restored copy left behind.'),
    timeout: dur(t, 15),
    fallback: t('Báo bộ phận ATTT nếu còn dữ liệu không xóa được.', 'Tell the security team if data cannot be removed.'),
    commands: c && ns ? [sh`kubectl --context ${ctx(c)} delete namespace ${ns}`] : [],
    actions: c ? [] : [t('Xoá máy ảo cách ly và ổ đĩa của nó.', 'Delete the isolated VM and its disks.')],
    verify: c && ns ? [sh`kubectl --context ${ctx(c)} get namespace ${ns}`] : [],
  };
}

/** The restore-drill steps in order: pick the backup, isolate a target, restore, verify, clean up. */
export function restoreSteps(v: SystemView, t: T, isolated: IsolatedTarget): Step[] {
  return [
    drillBackupStep(v, t, isolated),
    drillTargetStep(v, t, isolated),
    drillRestoreStep(v, t, isolated),
    drillVerifyStep(v, t),
    drillCleanUpStep(v, t, isolated),
  ];
}
