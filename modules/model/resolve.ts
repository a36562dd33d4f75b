// Plain, schema-valid documents → the typed Model, checking names and every reference between entities.
// Each kind has its resolver in resolve/; they run in a fixed order so that diagnostics come out in that order.
import type { Diagnostic } from './diagnostics.js';
import { compareCodeUnits } from './order.js';
import { resolveAgencies } from './resolve/agency.js';
import { resolveClusters } from './resolve/cluster.js';
import { resolveDevices } from './resolve/device.js';
import { resolveFlows } from './resolve/flow.js';
import { checkProvinceCount, resolveProvince } from './resolve/province.js';
import { Resolution, type Locate, type PartialInput, type RawEntity } from './resolve/shared.js';
import { resolveSites } from './resolve/site.js';
import { resolveSystems } from './resolve/system.js';
import { resolveWaivers } from './resolve/waiver.js';
import { resolveZones } from './resolve/zone.js';
import { builtinExternals } from './externals.js';
import type { Entity, Model } from './types.js';

export type { Locate, RawEntity } from './resolve/shared.js';

export function resolveModel(
  raws: readonly RawEntity[],
  locate: Locate,
  meta: { readonly root: string; readonly hash: string; readonly files: readonly string[] },
  partial: PartialInput = {},
): { model?: Model; diagnostics: Diagnostic[] } {
  const ctx = new Resolution(raws, locate, partial);
  checkProvinceCount(ctx, meta.root);
  const province = resolveProvince(ctx);
  const sites = resolveSites(ctx);
  const zones = resolveZones(ctx);
  const flows = resolveFlows(ctx);
  const devices = resolveDevices(ctx);
  const clusters = resolveClusters(ctx);
  const systems = resolveSystems(ctx);
  const agencies = resolveAgencies(ctx);
  const waivers = resolveWaivers(ctx);

  const diagnostics = ctx.diagnostics;
  if (diagnostics.length > 0 || !province) return { diagnostics };
  const byName = <T extends Entity>(list: T[]) => list.sort((a, b) => compareCodeUnits(a.name, b.name));
  return {
    diagnostics,
    model: {
      root: meta.root,
      hash: meta.hash,
      files: meta.files,
      province,
      sites: byName(sites),
      zones: byName(zones),
      flows: byName(flows),
      devices: byName(devices),
      clusters: byName(clusters),
      systems: byName(systems),
      agencies: byName(agencies),
      waivers: byName(waivers),
      externals: [...builtinExternals(), ...province.externals].sort((a, b) => compareCodeUnits(a.name, b.name)),
    },
  };
}
