// The stacks as the command line's port (modules/cli/ports.ts): bin/hatang.js hands this loader to the CLI, so
// that modules/ never imports stacks/ and cdktf loads only when a command synthesizes. cdktf is an optional
// dependency: where it is not installed, loading fails with a MissingEngineError naming the `npm install` to run.
import type { CliPorts } from '../modules/cli/ports.js';
import { loadEngine } from '../modules/model/engines.js';

export const STACK_PORTS: CliPorts = { stacks: () => loadEngine('cdktf', () => import('./synth.js')) };
