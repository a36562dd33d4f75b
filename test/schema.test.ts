import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

describe('inventory/schema', () => {
  // `--check` regenerates both in memory and compares: editing a per-kind schema, the validator's options or formats,
  // or upgrading ajv without running `node scripts/build-schema.mjs` fails here.
  test('the combined schema editors use and the precompiled validators (modules/model) are up to date with the per-kind files', async () => {
    await expect(promisify(execFile)(process.execPath, ['scripts/build-schema.mjs', '--check'])).resolves.toBeDefined();
  });

  test('docs/inventory.md documents every field of every kind', async () => {
    const doc = await readFile('docs/inventory.md', 'utf8');
    const names = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties') Object.keys(value as object).forEach((n) => names.add(n));
          collect(value);
        }
      }
    };
    for (const file of (await readdir('inventory/schema')).filter((f) => f.endsWith('.schema.json') && f !== 'inventory.schema.json')) {
      collect(JSON.parse(await readFile(`inventory/schema/${file}`, 'utf8')));
    }
    const missing = [...names].filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`.${name}\``) && !doc.includes(`${name}\``));
    expect(missing).toEqual([]);
  });
});
