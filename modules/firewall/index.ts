export { buildPolicy, devicePolicy, isFirewall, separates, serviceName } from './policy.js';
export type { PolicyInput } from './policy.js';
export { renderNftables, nftName, tableName } from './nftables.js';
export { renderFortios, policyName } from './fortios.js';
export { renderJson } from './json.js';
export { renderFiles, FIREWALL_FORMATS } from './files.js';
export type { FirewallFile, FirewallFormat } from './files.js';
export * from './types.js';
