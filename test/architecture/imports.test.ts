// The module graph has layers and no cycles: a circular import (type-only ones included) fails here, naming the
// files; modules/ never imports stacks/ (the CLI reaches the stacks through its port).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, test } from 'vitest';

const ENTRIES = ['modules/**/*.ts', 'stacks/**/*.ts'];

describe('the module graph', () => {
  test('has no circular import, type-only imports included', async () => {
    const tree = await parseDependencyTree(ENTRIES, {
      context: process.cwd(),
      transform: false,
      skipDynamicImports: false,
      include: /\.ts$/,
      exclude: /node_modules/,
    });
    const cycles = parseCircular(tree).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  }, 60_000);

  test('modules/ never imports stacks/ (the stacks are a port handed in by bin/hatang.js)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && /from ['"](\.\.\/)+stacks\/|import\(['"](\.\.\/)+stacks\//.test(readFileSync(path, 'utf8')))
          offenders.push(path);
      }
    };
    walk('modules');
    expect(offenders).toEqual([]);
  });

  test('the ground floor (modules/net) and the model import nothing above them', () => {
    const above = /from '\.\.\/(addressing|baseline|rules|evaluation|cli|report|metrics|runbook|k8s|dr)\//;
    for (const layer of ['modules/net', 'modules/model']) {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
        );
      const offenders = walk(layer).filter(
        (f) =>
          above.test(readFileSync(f, 'utf8')) ||
          /from '\.\.\/\.\.\/(addressing|baseline|rules|evaluation|cli|report|metrics|runbook|k8s|dr)\//.test(readFileSync(f, 'utf8')),
      );
      expect([layer, offenders]).toEqual([layer, []]);
    }
  });
});
