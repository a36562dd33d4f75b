#!/usr/bin/env node
// Builds inventory/schema/inventory.schema.json, the self-contained schema editors use, from the per-kind files.
// `--check` exits 1 when the committed file is out of date.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'inventory', 'schema');
const kinds = ['Province', 'Site', 'Zone', 'Flow', 'Device', 'Cluster', 'System', 'Agency', 'Waiver'];
const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const relink = (node) =>
  JSON.parse(JSON.stringify(node).replaceAll('"defs.schema.json#/$defs/', '"#/$defs/'));

const defs = read('defs.schema.json').$defs;
const $defs = { ...defs };
for (const kind of kinds) {
  const { $schema: _schema, ...schema } = relink(read(`${kind.toLowerCase()}.schema.json`));
  $defs[kind] = schema;
}
const combined = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'hatang inventory v1',
  description:
    'One YAML document of a hatang inventory. Generated from the per-kind schemas by scripts/build-schema.mjs; do not edit.',
  type: 'object',
  required: ['apiVersion', 'kind'],
  properties: { apiVersion: { $ref: '#/$defs/apiVersion' }, kind: { enum: kinds } },
  allOf: kinds.map((kind) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: `#/$defs/${kind}` },
  })),
  $defs,
};
const text = JSON.stringify(combined, null, 2) + '\n';
const target = join(dir, 'inventory.schema.json');
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // no file yet: it is out of date
  }
  if (current !== text) {
    console.error('inventory/schema/inventory.schema.json is out of date: run node scripts/build-schema.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target + '.tmp', text);
  renameSync(target + '.tmp', target);
}
