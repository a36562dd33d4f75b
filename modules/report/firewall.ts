// The firewall policy the flow matrix requires (modules/firewall), as the report shows it: per site and firewall
// device, what `hatang firewall` generates, with a digest of the generated nftables file so that an auditor can
// compare it with the ruleset loaded on the device, and the flows no firewall of their site enforces.
import { createHash } from 'node:crypto';
import type { AddressPlan } from '../addressing/index.js';
import { buildPolicy, renderNftables, tableName, type RuleEnd, type UncoveredFlow } from '../firewall/index.js';
import { DEVICE_KIND_LABELS, externalText, type Model, type Text } from '../model/index.js';

export interface FirewallRow {
  readonly site: string;
  readonly siteTitle: string;
  readonly device: string;
  readonly kind: Text;
  /** Zones (by title) and external networks (by label) the device separates. */
  readonly interfaces: readonly Text[];
  readonly rules: number;
  readonly addressObjects: number;
  readonly services: number;
  /** The files `hatang firewall --format nftables|fortios` writes, relative to its --out folder. */
  readonly files: readonly string[];
  /** The nftables table of the device's ruleset. */
  readonly table: string;
  /** SHA-256 of the generated nftables ruleset, first 16 hexadecimal digits. */
  readonly digest: string;
}

export interface FirewallSection {
  readonly devices: readonly FirewallRow[];
  /** Flows with an end at a site that no chain of that site's firewalls joins. */
  readonly unjoined: readonly UncoveredFlow[];
  /** Flows between sites (a whole site as one end): no firewall rule is generated for them. */
  readonly betweenSites: readonly UncoveredFlow[];
}

export function firewallSection(model: Model, plan: Pick<AddressPlan, 'allocations'>): FirewallSection {
  const policy = buildPolicy({ model, plan });
  const sites = new Map(model.sites.map((s) => [s.name, s.title]));
  const zones = new Map(model.zones.map((z) => [z.name, z.title]));
  const label = (i: RuleEnd): Text => {
    if (i.type === 'external') return externalText(model, i.name);
    const title = zones.get(i.name) ?? i.name;
    return { vi: title, en: title };
  };
  return {
    devices: policy.devices.map((p) => ({
      site: p.site,
      siteTitle: sites.get(p.site) ?? p.site,
      device: p.device,
      kind: DEVICE_KIND_LABELS[p.deviceKind],
      interfaces: p.interfaces.map(label),
      rules: p.rules.length,
      addressObjects: p.addresses.length,
      services: p.services.length,
      files: [`${p.site}/${p.device}.nft`, `${p.site}/${p.device}.conf`],
      table: `inet ${tableName(p.site)}`,
      digest: createHash('sha256').update(renderNftables(p)).digest('hex').slice(0, 16),
    })),
    unjoined: policy.uncovered.filter((u) => u.reason === 'no-firewall'),
    betweenSites: policy.uncovered.filter((u) => u.reason === 'site-endpoint'),
  };
}
