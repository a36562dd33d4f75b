// The generated validators stop after MAX_ERRORS errors (scripts/build-validator.mjs). That is only safe if no
// branch whose errors ajv takes back (anyOf, oneOf, not, if) can hold many errors: such a branch must check a few
// fixed things (required members, a type, a constant, a pattern), never the items or members of a list or mapping.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_ERRORS } from '../../modules/model/schema-validator.generated.js';

type Schema = { [key: string]: unknown };
const SHALLOW = new Set(['required', 'type', 'const', 'enum', 'pattern', 'properties']);

/** Keywords of a rolled-back branch, and of the property schemas inside it, must all be shallow ones. */
function shallow(branch: unknown, depth = 0): boolean {
  if (typeof branch !== 'object' || branch === null) return true;
  for (const [key, value] of Object.entries(branch as Schema)) {
    if (!SHALLOW.has(key)) return false;
    if (key === 'properties') {
      if (depth > 0) return false;
      for (const property of Object.values(value as Schema)) if (!shallow(property, depth + 1)) return false;
    }
  }
  return true;
}

function branches(node: unknown, path: string, out: { path: string; branch: unknown }[]): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) return node.forEach((n, i) => branches(n, `${path}/${i}`, out));
  for (const [key, value] of Object.entries(node as Schema)) {
    if (key === 'anyOf' || key === 'oneOf') (value as unknown[]).forEach((b, i) => out.push({ path: `${path}/${key}/${i}`, branch: b }));
    if (key === 'not' || key === 'if') out.push({ path: `${path}/${key}`, branch: value });
    branches(value, `${path}/${key}`, out);
  }
}

describe('stopping after MAX_ERRORS errors is safe', () => {
  test('every branch whose errors ajv takes back checks only a few fixed things', () => {
    const schema = JSON.parse(readFileSync('inventory/schema/inventory.schema.json', 'utf8')) as unknown;
    const found: { path: string; branch: unknown }[] = [];
    branches(schema, '', found);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((b) => !shallow(b.branch)).map((b) => b.path)).toEqual([]);
    // Far more than the 1,000 errors a document lists.
    expect(MAX_ERRORS).toBeGreaterThanOrEqual(5 * 1000);
  });
});
