// The vendor-neutral policy as JSON (docs/firewall.md): the input of any other renderer.
import type { DevicePolicy, FirewallPolicy } from './types.js';

export function renderJson(policy: FirewallPolicy | DevicePolicy): string {
  return JSON.stringify(policy, null, 2) + '\n';
}
