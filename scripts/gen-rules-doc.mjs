#!/usr/bin/env node
// Writes docs/rules.md from the compiled rule files (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderRulesMarkdown } = await import(join(root, 'dist', 'modules', 'baseline', 'index.js'));
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesMarkdown());
console.log('wrote docs/rules.md');
