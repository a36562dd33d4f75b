// Under NĐ 331/2026 every printed finding speaks of "an ninh mạng", never "an toàn thông tin"; under NĐ 85 the old
// terms stay.
import { expect, test } from 'vitest';
import { evaluateDir } from '../helpers.js';

const texts = (f: { title?: { vi: string }; message: { vi: string }; remediation?: { vi: string }; evidence?: readonly { vi: string }[] }) =>
  [f.title?.vi ?? '', f.message.vi, f.remediation?.vi ?? '', ...(f.evidence ?? []).map((e) => e.vi)].join('\n');

test('findings under NĐ 331 use its terms', async () => {
  const { findings } = await evaluateDir('inventory/lang-son', { ruleset: 'vn-nd331-2026', asOf: '2026-12-01' });
  const old = findings.filter((f) => /an toàn thông tin|\bATTT\b/i.test(texts(f)));
  expect(old.map((f) => `${f.rule}: ${texts(f)}`)).toEqual([]);
  expect(findings.some((f) => /an ninh mạng/.test(texts(f)))).toBe(true);
});

test('findings under NĐ 85 keep the terms of NĐ 85 and TT 12', async () => {
  const { findings } = await evaluateDir('inventory/lang-son', { ruleset: 'vn-nd85-tt12-2022', asOf: '2026-06-01' });
  expect(findings.some((f) => /an toàn thông tin/.test(texts(f)))).toBe(true);
});
