// Address ranges for ipBlocks: zones' prefixes (explicit, else allocated by the address plan), and what the model
// knows of each external network.
import type { AddressPlan } from '../addressing/index.js';
import { parsePrefixStrict } from '../net/index.js';
import type { ExternalNetwork, Model, Zone } from '../model/index.js';
import type { IPBlock } from './types.js';

/** Resolves a zone's prefixes: the inventory's explicit ones, then the address plan's allocations. */
export class ZoneAddresses {
  private readonly allocated: ReadonlyMap<string, string>;

  constructor(plan: AddressPlan) {
    this.allocated = new Map(plan.allocations.flatMap((a) => (a.prefix ? [[a.key, a.prefix] as const] : [])));
  }

  prefix(zone: Zone, family: 'ipv4' | 'ipv6'): string | undefined {
    const spec = zone[family];
    if (spec === undefined) return undefined;
    if (spec.prefix !== undefined) return spec.prefix;
    // A size-only request: take the allocation the evaluation's plan made (with the inventory's lock).
    return this.allocated.get(`zones/${zone.name}/${family}`);
  }

  prefixes(zone: Zone): string[] {
    return [this.prefix(zone, 'ipv4'), this.prefix(zone, 'ipv6')].filter((p): p is string => p !== undefined);
  }

  blocks(zone: Zone): IPBlock[] {
    return this.prefixes(zone).map((cidr) => ({ cidr }));
  }
}

/** The zone's explicit IPv4 and IPv6 prefixes (without allocation). */
export function zonePrefixes(zone: Zone): string[] {
  return [zone.ipv4?.prefix, zone.ipv6?.prefix].filter((p): p is string => p !== undefined);
}

const WHOLE = { ipv4: '0.0.0.0/0', ipv6: '::/0' } as const;

/**
 * Address ranges of an external network. The model names the TSLCD's pools; every other external network (the
 * Internet, national platforms) is "outside the province": everything except the province's own pools.
 */
export function externalBlocks(model: Model, external: ExternalNetwork): IPBlock[] {
  const pools = model.province.addressPools;
  const declared = model.externals.find((e) => e.name === external);
  if (declared?.ipv4 || declared?.ipv6) return [...(declared.ipv4 ?? []), ...(declared.ipv6 ?? [])].sort(byFamilyThenText).map((cidr) => ({ cidr }));
  if (external === 'tslcd') {
    const tslcd = pools.filter((p) => p.routingDomain === 'tslcd' || p.purpose === 'tslcd-wan' || p.purpose === 'agencies');
    if (tslcd.length > 0)
      return tslcd
        .map((p) => p.prefix)
        .sort(byFamilyThenText)
        .map((cidr) => ({ cidr }));
  }
  const blocks: IPBlock[] = [];
  for (const family of ['ipv4', 'ipv6'] as const) {
    const except = pools
      .filter((p) => p.family === family && parsePrefixStrict(p.prefix, family).ok && p.prefix !== WHOLE[family])
      .map((p) => p.prefix)
      .sort(byFamilyThenText);
    blocks.push(except.length > 0 ? { cidr: WHOLE[family], except } : { cidr: WHOLE[family] });
  }
  return blocks;
}

function byFamilyThenText(a: string, b: string): number {
  const fa = a.includes(':') ? 1 : 0;
  const fb = b.includes(':') ? 1 : 0;
  return fa - fb || (a < b ? -1 : a > b ? 1 : 0);
}
