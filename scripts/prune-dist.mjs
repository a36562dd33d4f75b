#!/usr/bin/env node
// Run by `npm pack` and `npm publish` (prepack): removes from dist/modules and dist/stacks the compiled files whose
// source no longer exists (tsc never deletes them), so that the package carries only what the sources build.
// Build first (`npm run build`): this script refuses to pack without the compiled entry points.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const entry of ['dist/modules/index.js', 'dist/stacks/index.js', 'dist/modules/cli/index.js']) {
  if (!existsSync(join(root, entry))) {
    console.error(`prune-dist: ${entry} is missing; run npm run build first`);
    process.exit(1);
  }
}
const outputs = /(\.d\.ts|\.js|\.js\.map|\.d\.ts\.map)$/;
let removed = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (outputs.test(e.name)) {
      const source = join(root, relative(join(root, 'dist'), path).replace(outputs, '.ts'));
      if (!existsSync(source)) {
        rmSync(path);
        removed++;
      }
    }
  }
};
for (const top of ['modules', 'stacks']) if (existsSync(join(root, 'dist', top))) walk(join(root, 'dist', top));
if (removed) console.error(`prune-dist: removed ${removed} compiled files without a source`);
