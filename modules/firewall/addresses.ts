// The address objects of the policy: zone prefixes (both families), the TSLCD agencies' prefixes, external networks
// given prefixes by the caller, and the province's own space (what "the Internet" is not). Read from the address
// plan of the evaluation; nothing is planned here.
import type { AddressPlan } from '../addressing/index.js';
import { compareCodeUnits, type ExternalNetwork, type Model } from '../model/index.js';
import { parsePrefixStrict, prefixContainsPrefix, type Prefix } from '../net/index.js';
import type { AddressEntry, AddressObject, ExternalPrefixes, Family } from './types.js';

export const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];
export const SUFFIX: Record<Family, string> = { ipv4: 'v4', ipv6: 'v6' };

/** Sorted by address then length; a prefix inside another one of the list is dropped (interval sets refuse overlaps). */
export function collapse(entries: readonly AddressEntry[]): AddressEntry[] {
  const parsed: { entry: AddressEntry; prefix: Prefix }[] = [];
  for (const entry of entries) {
    const result = parsePrefixStrict(entry.prefix);
    if (result.ok) parsed.push({ entry: { ...entry, prefix: result.prefix.text }, prefix: result.prefix });
  }
  parsed.sort((a, b) => (a.prefix.network < b.prefix.network ? -1 : a.prefix.network > b.prefix.network ? 1 : a.prefix.length - b.prefix.length));
  const kept: { entry: AddressEntry; prefix: Prefix }[] = [];
  for (const item of parsed) {
    const last = kept[kept.length - 1];
    if (last && last.prefix.family === item.prefix.family && prefixContainsPrefix(last.prefix, item.prefix)) continue;
    kept.push(item);
  }
  return kept.map((k) => k.entry);
}

/** Every prefix the policy can name, by object: `zone:<name>`, `ext:<network>`, per family. */
export interface AddressBook {
  readonly zone: (name: string, family: Family) => string | undefined;
  readonly external: (network: ExternalNetwork, family: Family) => readonly AddressEntry[];
  /** The province's own prefixes: every zone, every agency, every external network given a prefix. */
  readonly province: (family: Family) => readonly AddressEntry[];
}

function familyOf(prefix: string): Family {
  return prefix.includes(':') ? 'ipv6' : 'ipv4';
}

/** The prefixes the province declares for its own external endpoints (camera networks, a ministry's system). */
export function declaredPrefixes(model: Pick<Model, 'externals'>): ExternalPrefixes {
  const out: Record<string, { ipv4?: readonly string[]; ipv6?: readonly string[] }> = {};
  for (const e of model.externals) if (e.ipv4 || e.ipv6) out[e.name] = { ...(e.ipv4 ? { ipv4: e.ipv4 } : {}), ...(e.ipv6 ? { ipv6: e.ipv6 } : {}) };
  return out;
}

export function addressBook(model: Pick<Model, 'agencies'>, plan: Pick<AddressPlan, 'allocations'>, externals: ExternalPrefixes = {}): AddressBook {
  const zones = new Map<string, string>();
  const tslcd: AddressEntry[] = [];
  const own: AddressEntry[] = [];
  const onTslcd = new Set(model.agencies.filter((a) => a.tslcd).map((a) => a.name));
  for (const a of plan.allocations) {
    if (!a.prefix || a.role !== 'network') continue;
    if (a.kind === 'Zone') zones.set(`${a.name}/${a.family}`, a.prefix);
    if (a.kind === 'Agency' && onTslcd.has(a.name)) tslcd.push({ prefix: a.prefix, owner: a.name });
    if (a.kind === 'Zone' || a.kind === 'Agency') own.push({ prefix: a.prefix, owner: a.name });
  }
  const given = (network: ExternalNetwork): AddressEntry[] => {
    const spec = externals[network];
    return spec ? [...(spec.ipv4 ?? []), ...(spec.ipv6 ?? [])].map((prefix) => ({ prefix, owner: network })) : [];
  };
  for (const network of Object.keys(externals) as ExternalNetwork[]) if (network !== 'internet') own.push(...given(network));
  return {
    zone: (name, family) => zones.get(`${name}/${family}`),
    external: (network, family) =>
      network === 'internet' ? [] : collapse([...(network === 'tslcd' ? tslcd : []), ...given(network)].filter((e) => familyOf(e.prefix) === family)),
    province: (family) => collapse(own.filter((e) => familyOf(e.prefix) === family)),
  };
}

/** The address object of a zone, if it has a prefix in that family. */
export function zoneObject(book: AddressBook, zone: string, family: Family): AddressObject | undefined {
  const prefix = book.zone(zone, family);
  if (!prefix) return undefined;
  return { name: `zone-${zone}-${SUFFIX[family]}`, family, role: 'zone', entries: [{ prefix, owner: zone }], comment: `zone ${zone}` };
}

/** The address object of an external network other than the Internet; empty, with a comment, when nothing is known. */
export function externalObject(book: AddressBook, network: ExternalNetwork, family: Family): AddressObject {
  const entries = book.external(network, family);
  const what = network === 'tslcd' ? 'TSLCD agencies' : `external network ${network}`;
  const comment = entries.length > 0 ? what : `${what}: no prefix in the inventory, fill before use`;
  return { name: `ext-${network}-${SUFFIX[family]}`, family, role: 'external', entries, comment };
}

export function provinceObject(book: AddressBook, family: Family): AddressObject {
  return {
    name: `province-${SUFFIX[family]}`,
    family,
    role: 'province',
    entries: book.province(family),
    comment: 'the province own prefixes (not the Internet)',
  };
}

export function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return compareCodeUnits(a.name, b.name);
}
