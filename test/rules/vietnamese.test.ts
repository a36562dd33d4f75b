// Vietnamese findings read like an administrative document: no English words of the model (site, inventory, the DR
// modes, severities), no field names or enum values in what a finding says (its message and title) under either
// rule-set, for both bundled provinces. Remediations name inventory fields only in code spans
// (test/rules/remediation.test.ts).
import { expect, test } from 'vitest';
import { evaluateDir } from '../helpers.js';
import { DENY } from './deny.js';

test.each([
  ['inventory/quang-ngai', 'vn-nd331-2026'],
  ['inventory/quang-ngai', 'vn-nd85-tt12-2022'],
  ['inventory/lang-son', 'vn-nd331-2026'],
  ['inventory/lang-son', 'vn-nd85-tt12-2022'],
])('%s under %s', async (dir, ruleset) => {
  const { findings } = await evaluateDir(dir, { ruleset, asOf: '2026-12-01' });
  const bad = new Set<string>();
  for (const f of findings) {
    for (const t of [f.message.vi, f.title?.vi ?? '']) {
      const m = DENY.exec(t);
      if (m) bad.add(`${f.rule} «${m[0]}»: ${t}`);
    }
  }
  expect([...bad].sort()).toEqual([]);
});
