export { main, EXIT } from './main.js';
export type { CliPorts, StackSynthesizer } from './ports.js';
