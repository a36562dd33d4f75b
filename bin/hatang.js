#!/usr/bin/env node
import { main } from '../dist/modules/cli/index.js';
import { STACK_PORTS } from '../dist/stacks/port.js';

process.exitCode = await main(process.argv.slice(2), undefined, STACK_PORTS);
