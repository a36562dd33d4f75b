// Kubernetes clusters: node pools in zones of the cluster's site, and the pod and service address ranges.
import { text } from '../diagnostics.js';
import type { Cluster, NetworkPolicyEnforcement } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveClusters(ctx: Resolution): Cluster[] {
  return [...ctx.named('Cluster').values()].map((raw) => resolveCluster(ctx, raw));
}

function resolveCluster(ctx: Resolution, raw: RawEntity): Cluster {
  const s = raw.data.spec;
  ctx.ref(raw, ['spec', 'site'], 'Site', s.site);
  const poolNames = new Set<string>();
  (s.nodePools as { name: string; zone: string }[]).forEach((pool, i) => {
    if (poolNames.has(pool.name)) {
      ctx.error(
        'duplicate-name',
        raw,
        ['spec', 'nodePools', i, 'name'],
        text(`Node pool "${pool.name}" bị khai báo hai lần.`, `Node pool "${pool.name}" is defined twice.`),
        { found: pool.name },
      );
    }
    poolNames.add(pool.name);
    if (ctx.ref(raw, ['spec', 'nodePools', i, 'zone'], 'Zone', pool.zone)) {
      ctx.sameSite(raw, ['spec', 'nodePools', i, 'zone'], pool.zone, s.site, {
        vi: `cụm "${raw.data.metadata.name}"`,
        en: `cluster "${raw.data.metadata.name}"`,
      });
    }
  });
  return {
    ...base(raw),
    kind: 'Cluster',
    site: s.site,
    ...opt('distribution', s.distribution),
    ...opt('version', s.version),
    ...opt('context', s.context),
    ...opt('apiEndpoint', s.apiEndpoint),
    nodePools: s.nodePools,
    podCidrs: ctx.dualStack(raw, ['spec', 'podCidrs'], s.podCidrs),
    serviceCidrs: ctx.dualStack(raw, ['spec', 'serviceCidrs'], s.serviceCidrs),
    ...opt('networkPolicyEnforcement', s.networkPolicyEnforcement as NetworkPolicyEnforcement | undefined),
  };
}
