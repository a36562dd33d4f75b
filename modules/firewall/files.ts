// The files of one format: one per device (`<site>/<device>.<ext>`), plus the whole policy for JSON.
import { renderFortios } from './fortios.js';
import { renderJson } from './json.js';
import { renderNftables } from './nftables.js';
import type { FirewallPolicy } from './types.js';

export const FIREWALL_FORMATS = ['nftables', 'fortios', 'json'] as const;
export type FirewallFormat = (typeof FIREWALL_FORMATS)[number];

export interface FirewallFile {
  readonly path: string;
  readonly content: string;
}

const EXTENSION: Record<FirewallFormat, string> = { nftables: 'nft', fortios: 'conf', json: 'json' };

export function renderFiles(policy: FirewallPolicy, format: FirewallFormat): FirewallFile[] {
  const files = policy.devices.map((d) => ({
    path: `${d.site}/${d.device}.${EXTENSION[format]}`,
    content: format === 'nftables' ? renderNftables(d) : format === 'fortios' ? renderFortios(d) : renderJson(d),
  }));
  if (format === 'json') files.push({ path: 'policy.json', content: renderJson(policy) });
  return files;
}
