// Under NĐ 331/2026 every printed finding speaks of "an ninh mạng", never "an toàn thông tin"; under NĐ 85 the old
// terms stay.
import { expect, test } from 'vitest';
import { inTermsOf, verbatimTexts } from '../../modules/rules/index.js';
import { evaluateDir } from '../helpers.js';

const texts = (f: { title?: { vi: string }; message: { vi: string }; remediation?: { vi: string }; evidence?: readonly { vi: string }[] }) =>
  [f.title?.vi ?? '', f.message.vi, f.remediation?.vi ?? '', ...(f.evidence ?? []).map((e) => e.vi)].join('\n');

test('findings under NĐ 331 use its terms, except in words quoted from the inventory', async () => {
  const { findings, model } = await evaluateDir('inventory/lang-son', { ruleset: 'vn-nd331-2026', asOf: '2026-12-01' });
  const quoted = verbatimTexts(model)();
  const own = (f: Parameters<typeof texts>[0]) => quoted.reduce((t, q) => t.split(q).join(''), texts(f));
  const old = findings.filter((f) => /an toàn thông tin|\bATTT\b/i.test(own(f)));
  expect(old.map((f) => `${f.rule}: ${texts(f)}`)).toEqual([]);
  expect(findings.some((f) => /an ninh mạng/.test(texts(f)))).toBe(true);
});

test('findings under NĐ 85 keep the terms of NĐ 85 and TT 12', async () => {
  const { findings } = await evaluateDir('inventory/lang-son', { ruleset: 'vn-nd85-tt12-2022', asOf: '2026-06-01' });
  expect(findings.some((f) => /an toàn thông tin/.test(texts(f)))).toBe(true);
});

test('a name quoted from the inventory keeps its words under NĐ 331', () => {
  const model = { province: { providers: [{ title: 'Công ty Kiểm định an toàn thông tin Bắc Bộ' }] } };
  const message = { vi: 'Lớp giám sát an toàn thông tin thuê của Công ty Kiểm định an toàn thông tin Bắc Bộ.', en: 'x' };
  expect(inTermsOf('vn-nd331-2026', message, verbatimTexts(model)).vi).toBe('Lớp giám sát an ninh mạng thuê của Công ty Kiểm định an toàn thông tin Bắc Bộ.');
  expect(inTermsOf('vn-nd331-2026', message).vi).toBe('Lớp giám sát an ninh mạng thuê của Công ty Kiểm định an ninh mạng Bắc Bộ.');
});
