// One source for the failover times: the estimated RTO a failover runbook prints is the sum of the durations of its
// steps (FO-01…), both derived from the parts of the DR estimate (modules/dr, RTO_PART_STEPS), in both provinces and
// both languages, read back from the rendered Markdown. Also the committed runbooks say so.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { failoverStepMinutes } from '../../modules/dr/index.js';
import type { Lang } from '../../modules/model/index.js';
import { generateRunbooks } from '../../modules/runbook/index.js';
import { evaluateDir } from '../helpers.js';

const UNITS: Record<string, number> = { ngày: 1440, giờ: 60, phút: 1, day: 1440, days: 1440, hour: 60, hours: 60, minute: 1, minutes: 1 };

/** "1 ngày 2 giờ 5 phút" / "2 hours 15 minutes" → minutes. */
function minutesOf(words: string): number {
  if (words === 'không xác định' || words === 'unbounded') return Infinity;
  const pairs = [...words.trim().matchAll(/(\d+) (\S+)/g)];
  expect(pairs.map((m) => m[0]).join(' '), words).toBe(words.trim());
  return pairs.reduce((sum, m) => sum + Number(m[1]) * UNITS[m[2]!]!, 0);
}

/** The printed estimate and the durations of the FO steps of one failover runbook. */
function read(markdown: string, lang: Lang): { estimate: number; steps: { id: string; minutes: number }[] } {
  const rto = lang === 'vi' ? /^\| RTO mục tiêu \/ ước tính \| .+? \/ (.+?) \|$/m : /^\| RTO target \/ estimated \| .+? \/ (.+?) \|$/m;
  const estimate = minutesOf(rto.exec(markdown)![1]!);
  const label = lang === 'vi' ? 'Thời gian tối đa' : 'Timeout';
  const steps = markdown
    .split(/^### /m)
    .filter((s) => /^FO-\d\d\. /.test(s))
    .map((s) => ({ id: s.slice(0, 5), minutes: minutesOf(new RegExp(`^\\| ${label} \\| (.+?) \\|$`, 'm').exec(s)![1]!) }));
  return { estimate, steps };
}

describe.each(['quang-ngai', 'lang-son'])('failover runbooks of %s', (province) => {
  test.each(['vi', 'en'] as const)('the estimated RTO is the sum of the step durations (%s)', async (lang) => {
    const evaluation = await evaluateDir(`inventory/${province}`);
    const files = generateRunbooks(evaluation.model, { lang, ruleset: 'vn-nd331-2026', plan: evaluation.plan }).filter((f) => f.path.endsWith('/failover.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { estimate, steps } = read(file.content, lang);
      expect(steps.length, file.path).toBeGreaterThanOrEqual(5);
      expect(
        steps.every((s) => s.minutes > 0),
        `${file.path}: ${JSON.stringify(steps)}`,
      ).toBe(true);
      expect(
        steps.reduce((sum, s) => sum + s.minutes, 0),
        file.path,
      ).toBe(estimate);
    }
  });

  test('the committed runbooks agree', async () => {
    const evaluation = await evaluateDir(`inventory/${province}`);
    const failovers = generateRunbooks(evaluation.model, { lang: 'vi', ruleset: 'vn-nd331-2026', plan: evaluation.plan }).filter((f) =>
      f.path.endsWith('/failover.md'),
    );
    for (const file of failovers) {
      const committed = await readFile(join('runbooks', province, file.path), 'utf8');
      const { estimate, steps } = read(committed, 'vi');
      expect(
        steps.reduce((sum, s) => sum + s.minutes, 0),
        file.path,
      ).toBe(estimate);
    }
  });
});

test('lgsp (hot, GSLB): decision and fencing, the standby checked, verification; no step of zero minutes', () => {
  const parts = [
    { step: 'decision', minutes: 10 },
    { step: 'start', minutes: 20 },
    { step: 'verify', minutes: 15 },
  ] as const;
  expect(failoverStepMinutes(parts, { cluster: true })).toEqual({ fence: 10, data: 5, platform: 5, application: 5, traffic: 5, check: 15 });
});

test('cold: the copy and restore fall on the data step; the start-up on platform and application; rounding keeps the sum', () => {
  const parts = [
    { step: 'decision', minutes: 30 },
    { step: 'start', minutes: 240 },
    { step: 'copy', minutes: 10.4 },
    { step: 'restore', minutes: 1200.3 },
    { step: 'verify', minutes: 15 },
    { step: 'dns', minutes: 60 },
  ] as const;
  const steps = failoverStepMinutes(parts, { cluster: false });
  expect(steps).toEqual({ fence: 30, data: 1211, platform: 0, application: 240, traffic: 60, check: 15 });
  expect(Object.values(steps).reduce((a, b) => a + b, 0)).toBe(Math.round(30 + 240 + 10.4 + 1200.3 + 15 + 60));
});
