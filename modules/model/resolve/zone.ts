// Zones: network segments at one site, with their addresses.
import type { Zone } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveZones(ctx: Resolution): Zone[] {
  return [...ctx.named('Zone').values()].map((raw) => resolveZone(ctx, raw));
}

function resolveZone(ctx: Resolution, raw: RawEntity): Zone {
  const s = raw.data.spec;
  ctx.ref(raw, ['spec', 'site'], 'Site', s.site);
  return {
    ...base(raw),
    kind: 'Zone',
    site: s.site,
    zoneKind: s.kind,
    ...opt('title', s.title),
    ...opt('vlan', s.vlan),
    ...opt('ipv4', ctx.address(raw, ['spec', 'ipv4'], 'ipv4', s.ipv4)),
    ...opt('ipv6', ctx.address(raw, ['spec', 'ipv6'], 'ipv6', s.ipv6)),
    ...opt('hosts', s.hosts),
  };
}
