// The stacks as the command line's port (modules/cli/ports.ts): bin/hatang.js hands this loader to the CLI, so
// that modules/ never imports stacks/ and cdktf loads only when a command synthesizes.
import type { CliPorts } from '../modules/cli/ports.js';

export const STACK_PORTS: CliPorts = { stacks: () => import('./synth.js') };
