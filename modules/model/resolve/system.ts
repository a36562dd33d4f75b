// Information systems: owners, components in zones, dependencies, and their recovery objectives in minutes.
import { text } from '../diagnostics.js';
import type { System } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveSystems(ctx: Resolution): System[] {
  return [...ctx.named('System').values()].map((raw) => {
    checkSystemReferences(ctx, raw);
    return buildSystem(raw);
  });
}

/** Owner, operator, components, cluster, backup and DR sites, and dependencies must name existing entities. */
function checkSystemReferences(ctx: Resolution, raw: RawEntity): void {
  const s = raw.data.spec;
  const self = raw.data.metadata.name as string;
  ctx.ref(raw, ['spec', 'owner'], 'Agency', s.owner);
  // The operator is an agency, or a provider that operates the system under contract (a rented service).
  if (s.operator === undefined || !ctx.providerNames().has(s.operator)) ctx.ref(raw, ['spec', 'operator'], 'Agency', s.operator);
  ctx.providerRef(raw, ['spec', 'service', 'provider'], s.service?.provider);
  const componentNames = new Set<string>();
  (s.components as { name: string; zone: string }[]).forEach((c, i) => {
    if (componentNames.has(c.name)) {
      ctx.error(
        'duplicate-name',
        raw,
        ['spec', 'components', i, 'name'],
        text(`Thành phần "${c.name}" bị khai báo hai lần.`, `Component "${c.name}" is defined twice.`),
        { found: c.name },
      );
    }
    componentNames.add(c.name);
    ctx.ref(raw, ['spec', 'components', i, 'zone'], 'Zone', c.zone);
  });
  if (s.cluster) ctx.ref(raw, ['spec', 'cluster', 'name'], 'Cluster', s.cluster.name);
  if (s.backup?.site !== undefined) ctx.ref(raw, ['spec', 'backup', 'site'], 'Site', s.backup.site);
  if (s.dr?.site !== undefined) ctx.ref(raw, ['spec', 'dr', 'site'], 'Site', s.dr.site);
  ((s.dependsOn ?? []) as string[]).forEach((d, i) => {
    if (d === self) {
      ctx.error(
        'inconsistent-reference',
        raw,
        ['spec', 'dependsOn', i],
        text('Hệ thống không thể phụ thuộc vào chính nó.', 'A system cannot depend on itself.'),
        { found: d },
      );
    } else {
      ctx.ref(raw, ['spec', 'dependsOn', i], 'System', d);
    }
  });
}

function buildSystem(raw: RawEntity): System {
  const s = raw.data.spec;
  return {
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
    ...opt('sensitivePersonalDataSubjects', s.sensitivePersonalDataSubjects),
    ...opt('nationalSecurityList', s.nationalSecurityList),
    ...opt('inOperationSince', s.inOperationSince),
    ...opt('hosting', s.hosting),
    ...opt('service', s.service),
    ...opt('coYeuEncryption', s.coYeuEncryption),
    components: (s.components as Record<string, unknown>[]).map((c) => ({ ...c, public: c.public ?? false })) as unknown as System['components'],
    ...opt('cluster', s.cluster),
    ...opt('rpoMinutes', s.rpo === undefined ? undefined : minutes(s.rpo)),
    ...opt('rtoMinutes', s.rto === undefined ? undefined : minutes(s.rto)),
    ...opt(
      'backup',
      s.backup === undefined
        ? undefined
        : {
            frequencyMinutes: minutes(s.backup.frequency),
            retentionDays: s.backup.retentionDays,
            offsite: s.backup.offsite ?? false,
            ...opt('site', s.backup.site as string | undefined),
          },
    ),
    ...opt('dr', s.dr),
    ...opt('data', s.data),
    ...opt('logging', s.logging),
    ...opt('adminAuth', s.adminAuth),
    ...opt('tls', s.tls),
    evidence: s.evidence ?? {},
    dependsOn: [...(s.dependsOn ?? [])].sort(),
  };
}

/** A duration such as `15m`, `4h` or `7d`, in minutes. */
function minutes(duration: string): number {
  const value = Number(duration.slice(0, -1));
  const unit = duration.slice(-1);
  return unit === 'd' ? value * 1440 : unit === 'h' ? value * 60 : value;
}
