// The exporter in-process: ages follow the clock across midnight without a reload, and concurrent reload requests
// coalesce instead of piling up.
import { afterAll, describe, expect, test } from 'vitest';
import { MetricsExporter } from '../../modules/metrics/index.js';
import { BUNDLED, removeScratch, sampleValue } from './helpers.js';

afterAll(removeScratch);

const age = (text: string) => sampleValue(text, 'hatang_evidence_age_seconds', { kind: 'levelApproval' });

describe('MetricsExporter', { timeout: 180_000 }, () => {
  test('after midnight UTC the ages move on by a day, computed in the background from the last good model', async () => {
    let now = new Date('2026-11-29T23:59:00Z');
    const lines: string[] = [];
    const exporter = new MetricsExporter({ dir: BUNDLED, version: 't', lang: 'en', log: (l) => lines.push(l), now: () => now });
    expect(await exporter.reload()).toBe(true);
    const before = await exporter.scrape('prometheus');
    now = new Date('2026-11-30T00:01:00Z');
    // The first scrape after midnight still answers at once, with the previous day's figures.
    expect(age(await exporter.scrape('prometheus'))).toBe(age(before));
    let after = before;
    for (let i = 0; i < 200 && age(after) === age(before); i++) {
      await new Promise((r) => setTimeout(r, 25));
      after = await exporter.scrape('prometheus');
    }
    expect(age(after)! - age(before)!).toBe(86_400);
    // No reload happened: the clock alone moved the figures.
    expect(lines.filter((l) => l.startsWith('loaded '))).toHaveLength(1);
  });

  test('reload requests made while one runs coalesce into one more load', async () => {
    const lines: string[] = [];
    const exporter = new MetricsExporter({ dir: BUNDLED, version: 't', lang: 'en', log: (l) => lines.push(l), asOf: '2026-11-29' });
    await Promise.all([exporter.reload(), exporter.reload(), exporter.reload(), exporter.reload()]);
    expect(lines.filter((l) => l.startsWith('loaded '))).toHaveLength(2);
  });

  test('before the first good load there is nothing but the exporter metrics, and /healthz is not ready', async () => {
    const exporter = new MetricsExporter({ dir: 'no/such/folder', version: 't', lang: 'en', log: () => {}, asOf: '2026-11-29' });
    expect(await exporter.reload()).toBe(false);
    expect(exporter.ready).toBe(false);
    const text = await exporter.scrape('prometheus');
    expect(sampleValue(text, 'hatang_inventory_load_failing')).toBe(1);
    expect(text).not.toContain('hatang_inventory_info');
  });
});
