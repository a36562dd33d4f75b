// Devices: each at one site, in a zone and guarding the boundaries of zones at that same site.
import type { Device } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveDevices(ctx: Resolution): Device[] {
  return [...ctx.named('Device').values()].map((raw) => resolveDevice(ctx, raw));
}

function resolveDevice(ctx: Resolution, raw: RawEntity): Device {
  const s = raw.data.spec;
  ctx.ref(raw, ['spec', 'site'], 'Site', s.site);
  const what = { vi: `thiết bị "${raw.data.metadata.name}"`, en: `device "${raw.data.metadata.name}"` };
  if (s.zone !== undefined && ctx.ref(raw, ['spec', 'zone'], 'Zone', s.zone)) ctx.sameSite(raw, ['spec', 'zone'], s.zone, s.site, what);
  const boundaryZones: string[] = s.boundaries?.zones ?? [];
  boundaryZones.forEach((z, i) => {
    if (ctx.ref(raw, ['spec', 'boundaries', 'zones', i], 'Zone', z)) ctx.sameSite(raw, ['spec', 'boundaries', 'zones', i], z, s.site, what);
  });
  ((s.boundaries?.externals ?? []) as string[]).forEach((e, i) => ctx.externalRef(raw, ['spec', 'boundaries', 'externals', i], e));
  return {
    ...base(raw),
    kind: 'Device',
    deviceKind: s.kind,
    capabilities: [...(s.capabilities ?? [])].sort(),
    site: s.site,
    ...opt('zone', s.zone),
    boundaryZones: [...boundaryZones].sort(),
    boundaryExternals: [...(s.boundaries?.externals ?? [])].sort(),
    redundancy: s.redundancy,
    ...opt('count', s.count),
    service: s.service ?? false,
    ...opt('vendor', s.vendor),
    ...opt('model', s.model),
  };
}
