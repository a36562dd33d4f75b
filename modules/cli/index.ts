export { main, EXIT, defaultInventory } from './main.js';
export type { CliPorts, StackSynthesizer } from './ports.js';
