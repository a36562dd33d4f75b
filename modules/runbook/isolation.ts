// "Isolate a zone at the firewall" for the incident-response plan, with the names of the policy `hatang firewall`
// generates (docs/firewall.md): per firewall device and zone, the nft commands that drop every packet from and to
// the zone's address sets ahead of the generated rules, and the command that lifts the isolation again.
import { buildPolicy, nftName, tableName } from '../firewall/index.js';
import type { AddressPlan } from '../addressing/index.js';
import type { Model } from '../model/index.js';
import { shellWord } from './shell.js';

export interface ZoneIsolation {
  readonly site: string;
  readonly device: string;
  readonly zone: string;
  /** The ruleset file `hatang firewall --format nftables` writes for the device, relative to its --out folder. */
  readonly table: string;
  readonly isolate: readonly string[];
  readonly release: string;
}

const FAMILY = { ipv4: 'ip', ipv6: 'ip6' } as const;

/** One entry per firewall device and zone it separates, in site, device and zone order. */
export function zoneIsolations(model: Model, plan: Pick<AddressPlan, 'allocations'>): ZoneIsolation[] {
  const policy = buildPolicy({ model, plan });
  return policy.devices.flatMap((d) =>
    d.interfaces
      .filter((i) => i.type === 'zone')
      .map((i) => {
        const table = tableName(d.site);
        const tag = `hatang isolate ${i.name}`;
        const isolate = (['ipv4', 'ipv6'] as const).flatMap((f) => {
          const set = i[f];
          if (!set) return [];
          return (['saddr', 'daddr'] as const).map(
            (dir) => `nft ${shellWord(`insert rule inet ${table} forward ${FAMILY[f]} ${dir} @${nftName(set)} drop comment "${tag}"`)}`,
          );
        });
        const release = `nft -a list chain inet ${table} forward | awk ${shellWord(`/${tag}"/ { print $NF }`)} | xargs -r -n1 nft delete rule inet ${table} forward handle`;
        return { site: d.site, device: d.device, zone: i.name, table, isolate, release };
      }),
  );
}
