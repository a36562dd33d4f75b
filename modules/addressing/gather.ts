// Step 1 of the plan: every address field of the model (zones, agencies, clusters, point-to-point links), as an
// explicit prefix or a size request, keyed by `<target>/<field path>/<family>`.
import { TARGET_SEGMENT, compareCodeUnits as cmp, type AddressSpec, type Model, type SourceRef } from '../model/index.js';
import type { Family } from '../net/index.js';
import type { PlannedPrefix, PrefixRole } from './types.js';

/** An address field of the model before it has a value. */
export interface Draft {
  readonly key: string;
  readonly target: string;
  readonly kind: PlannedPrefix['kind'];
  readonly name: string;
  readonly role: PrefixRole;
  readonly family: Family;
  readonly spec: AddressSpec;
  readonly source: SourceRef;
  readonly path: readonly (string | number)[];
  readonly site?: string;
  readonly vlan?: number;
  readonly hosts?: number;
}

type Extra = { site?: string; vlan?: number; hosts?: number };

/** Every address field of the model, sorted by key. */
export function gatherDrafts(model: Model): Draft[] {
  const drafts: Draft[] = [];
  const add = (
    kind: Draft['kind'],
    name: string,
    source: SourceRef,
    role: PrefixRole,
    field: string[],
    family: Family,
    spec: AddressSpec | undefined,
    extra: Extra,
    path: (string | number)[] = field,
  ) => {
    if (!spec) return;
    const target = `${TARGET_SEGMENT[kind]}/${name}`;
    drafts.push({
      key: `${target}/${[...field, family].join('/')}`,
      target,
      kind,
      name,
      role,
      family,
      spec,
      source,
      path: ['spec', ...path, family],
      ...extra,
    });
  };
  for (const s of model.sites) {
    (s.pointToPointLinks ?? []).forEach((link, i) => {
      for (const family of ['ipv4', 'ipv6'] as const) {
        add('Site', s.name, s.source, 'link', ['pointToPointLinks', link.name], family, link[family], { site: s.name }, ['pointToPointLinks', i]);
      }
    });
  }
  for (const z of model.zones) {
    const extra = { site: z.site, ...(z.vlan !== undefined ? { vlan: z.vlan } : {}), ...(z.hosts !== undefined ? { hosts: z.hosts } : {}) };
    add('Zone', z.name, z.source, 'network', [], 'ipv4', z.ipv4, extra);
    add('Zone', z.name, z.source, 'network', [], 'ipv6', z.ipv6, extra);
  }
  for (const a of model.agencies) {
    const extra = { ...(a.site !== undefined ? { site: a.site } : {}), ...(a.hosts !== undefined ? { hosts: a.hosts } : {}) };
    add('Agency', a.name, a.source, 'network', [], 'ipv4', a.ipv4, extra);
    add('Agency', a.name, a.source, 'network', [], 'ipv6', a.ipv6, extra);
  }
  for (const c of model.clusters) {
    for (const family of ['ipv4', 'ipv6'] as const) {
      add('Cluster', c.name, c.source, 'cluster-pod', ['podCidrs'], family, c.podCidrs[family], { site: c.site });
      add('Cluster', c.name, c.source, 'cluster-service', ['serviceCidrs'], family, c.serviceCidrs[family], { site: c.site });
    }
  }
  return drafts.sort((a, b) => cmp(a.key, b.key));
}
