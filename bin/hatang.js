#!/usr/bin/env node
import { main } from '../dist/modules/cli/index.js';
import { STACK_PORTS } from '../dist/stacks/port.js';

// An optional engine that is not installed (`npm install --omit=optional`) ends the command with exit 2 and the
// `npm install` to run (modules/cli/main.ts, MissingEngineError).
process.exitCode = await main(process.argv.slice(2), undefined, STACK_PORTS);
