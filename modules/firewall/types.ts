// The vendor-neutral firewall policy: what every renderer (nftables, FortiOS, JSON) reads. Names are derived from
// zone, external network, agency and flow names only, so adding an object never renames another one.
import type { ExternalNetwork, PortRange } from '../model/index.js';

export type Family = 'ipv4' | 'ipv6';

/** One prefix of an address object, with the object it comes from (an agency for the TSLCD group). */
export interface AddressEntry {
  readonly prefix: string;
  /** The agency, zone or external network the prefix belongs to. */
  readonly owner: string;
}

/** A named address set of one family. An empty one matches nothing until someone fills it. */
export interface AddressObject {
  /** Neutral name, e.g. `zone-qn-dc-dmz-v4`, `ext-tslcd-v6`, `province-v4`. */
  readonly name: string;
  readonly family: Family;
  readonly role: 'zone' | 'external' | 'province';
  /** Sorted by address, nested prefixes removed. */
  readonly entries: readonly AddressEntry[];
  readonly comment: string;
}

/** A service: one protocol and, for tcp/udp/sctp, one port range. */
export interface ServiceObject {
  /** `tcp-443`, `udp-10000-20000`, `icmp`, `icmpv6`, `any`. */
  readonly name: string;
  readonly protocol: PortRange['protocol'];
  readonly from?: number;
  readonly to?: number;
}

/** One end of a rule: a zone or an external network, behind the interface named after it. */
export interface RuleEnd {
  readonly type: 'zone' | 'external';
  readonly name: string;
  /** Interface (FortiGate zone) the flow enters or leaves the device by: the end itself, or, on a chain of
   *  firewalls, the zone this device shares with the next firewall towards that end. */
  readonly interface: string;
  /** The address object of each family; absent for the Internet and for a family the end has no prefix in. */
  readonly ipv4?: string;
  readonly ipv6?: string;
  /** The Internet: any address outside the province's own prefixes (`province-v4`/`province-v6`). */
  readonly anyOutside?: boolean;
}

/** One rule per flow. */
export interface PolicyRule {
  /** The flow's name. */
  readonly name: string;
  readonly system?: string;
  readonly purpose: string;
  readonly from: RuleEnd;
  readonly to: RuleEnd;
  /** Service names, sorted. */
  readonly services: readonly string[];
  /** Families the rule applies in: both ends have an address (or are external) in that family. */
  readonly families: readonly Family[];
  /** An end is an external network the inventory gives no prefix for: the rule matches nothing until it is filled. */
  readonly unresolved: readonly string[];
  /** The firewalls of the site the flow crosses, in order (this device is one of them). */
  readonly path: readonly string[];
  readonly comment: string;
}

/** The ICMPv6 messages IPv6 needs to work, accepted in every direction (RFC 4890). */
export const ICMPV6_ESSENTIAL = [
  'packet-too-big',
  'time-exceeded',
  'parameter-problem',
  'nd-router-solicit',
  'nd-router-advert',
  'nd-neighbor-solicit',
  'nd-neighbor-advert',
] as const;

export interface DevicePolicy {
  readonly site: string;
  readonly device: string;
  readonly deviceKind: 'firewall' | 'ips';
  /** Zones and external networks the device separates, sorted: one interface each. */
  readonly interfaces: readonly RuleEnd[];
  readonly addresses: readonly AddressObject[];
  readonly services: readonly ServiceObject[];
  readonly rules: readonly PolicyRule[];
  /** Address translation the model declares; the model has no NAT field, so this is always empty. */
  readonly nat: readonly never[];
}

/** A flow with an end at the site that no chain of firewalls of the site joins both ends of. */
export interface UncoveredFlow {
  readonly site: string;
  readonly flow: string;
  readonly reason: 'site-endpoint' | 'no-firewall';
}

export interface FirewallPolicy {
  readonly version: 1;
  readonly province: string;
  readonly devices: readonly DevicePolicy[];
  readonly uncovered: readonly UncoveredFlow[];
}

/** Prefixes for external networks the inventory has none for (the proof's laboratory addresses, or an operator's). */
export type ExternalPrefixes = Partial<Record<ExternalNetwork, { readonly ipv4?: readonly string[]; readonly ipv6?: readonly string[] }>>;

export interface PolicyOptions {
  /** Only this site. */
  readonly site?: string;
  readonly externals?: ExternalPrefixes;
}
