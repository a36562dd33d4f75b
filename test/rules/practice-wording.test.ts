// No message under NĐ 331/2026 states a fixed interval as a legal requirement: wherever a failing finding relies on a
// number no text sets (a parameter of confidence `practice`), its message says it is a good-practice default.
import { expect, test } from 'vitest';
import { evaluateDir } from '../helpers.js';

test.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s under NĐ 331: practice numbers are worded as such', async (dir) => {
  const { findings } = await evaluateDir(dir, { ruleset: 'vn-nd331-2026', asOf: '2026-12-01' });
  // Findings that quote an interval taken from a practice default.
  const relying = findings.filter(
    (f) => (f.status === 'fail' || f.status === 'due') && (f.parameters ?? []).some((p) => p.confidence === 'practice') && /\d+ months/.test(f.message.en),
  );
  expect(relying.length).toBeGreaterThan(0);
  const unworded = relying.filter((f) => !/thực tiễn tốt/.test(f.message.vi) || !/good practice|good-practice/.test(f.message.en));
  expect(unworded.map((f) => `${f.rule} ${f.target}: ${f.message.en}`)).toEqual([]);
});
