#!/usr/bin/env node
// Builds inventory/schema/inventory.schema.json, the self-contained schema editors use, from the per-kind files, and
// from it modules/model/schema-validator.generated.ts, the precompiled validators hatang uses (scripts/build-validator.mjs).
// `--check` exits 1 when either committed file is out of date.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatorSource } from './build-validator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'inventory', 'schema');
const kinds = ['Province', 'Site', 'Zone', 'Flow', 'Device', 'Cluster', 'System', 'Agency', 'Waiver'];
const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const relink = (node) => JSON.parse(JSON.stringify(node).replaceAll('"defs.schema.json#/$defs/', '"#/$defs/'));

const defs = read('defs.schema.json').$defs;
const $defs = { ...defs };
for (const kind of kinds) {
  const { $schema: _schema, ...schema } = relink(read(`${kind.toLowerCase()}.schema.json`));
  $defs[kind] = schema;
}
const combined = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'hatang inventory v1',
  description: 'One YAML document of a hatang inventory. Generated from the per-kind schemas by scripts/build-schema.mjs; do not edit.',
  type: 'object',
  required: ['apiVersion', 'kind'],
  properties: { apiVersion: { $ref: '#/$defs/apiVersion' }, kind: { enum: kinds } },
  allOf: kinds.map((kind) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: `#/$defs/${kind}` },
  })),
  $defs,
};
const outputs = [
  { path: 'inventory/schema/inventory.schema.json', text: JSON.stringify(combined, null, 2) + '\n' },
  { path: 'modules/model/schema-validator.generated.ts', text: validatorSource(combined, kinds) },
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const { path, text } of outputs) {
    let current = '';
    try {
      current = readFileSync(join(root, path), 'utf8');
    } catch {
      // no file yet: it is out of date
    }
    if (current !== text) {
      console.error(`${path} is out of date: run node scripts/build-schema.mjs`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const { path, text } of outputs) {
    const target = join(root, path);
    writeFileSync(target + '.tmp', text);
    renameSync(target + '.tmp', target);
  }
}
