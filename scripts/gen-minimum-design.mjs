#!/usr/bin/env node
// Writes docs/minimum-design.md from the compiled modules/init (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderMinimumDesign } = await import(join(root, 'dist', 'modules', 'init', 'index.js'));
writeFileSync(join(root, 'docs', 'minimum-design.md'), renderMinimumDesign());
console.log('wrote docs/minimum-design.md');
