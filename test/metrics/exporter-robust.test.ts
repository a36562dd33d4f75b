// The exporter in-process against what must not stop it: a read of the folder that never ends (a FIFO, a hung
// mount), checks that throw on a reload or on the daily re-evaluation, and a shutdown while a reload hangs.
import { beforeAll, describe, expect, test } from 'vitest';
import { evaluate, openInventory, type OpenedInventory } from '../../modules/evaluation/index.js';
import { MetricsExporter, serveMetrics } from '../../modules/metrics/index.js';
import { BUNDLED, sampleValue } from './helpers.js';

const never = () => new Promise<OpenedInventory>(() => {});
// Read once: a good read in these tests is then a resolved promise, which wins any race with a timer, so the short
// timeouts below never cut a good read however slow the machine is.
let opened: OpenedInventory;
beforeAll(async () => {
  opened = await openInventory(BUNDLED);
});
const read = async () => opened;
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

/** An exporter on the bundled inventory whose reads hang while `hang.on` is set. */
function hanging(extra: { reloadTimeoutMs?: number } = {}) {
  const lines: string[] = [];
  const hang = { on: false };
  const exporter = new MetricsExporter({
    dir: BUNDLED,
    version: 't',
    lang: 'en',
    log: (l) => lines.push(l),
    asOf: '2026-11-29',
    open: () => (hang.on ? never() : read()),
    ...extra,
  });
  return { exporter, lines, hang };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('MetricsExporter under a read that never ends', { timeout: 120_000 }, () => {
  test('a reload whose read outlasts the timeout fails: load_failing 1, the error counted and logged, the old state kept', async () => {
    const { exporter, lines, hang } = hanging({ reloadTimeoutMs: 300 });
    expect(await exporter.reload()).toBe(true);
    const good = await exporter.scrape('prometheus');
    hang.on = true;
    expect(await exporter.reload()).toBe(false);
    const failed = await exporter.scrape('prometheus');
    expect(sampleValue(failed, 'hatang_inventory_load_failing')).toBe(1);
    expect(sampleValue(failed, 'hatang_inventory_load_errors_total')).toBe(1);
    expect(sampleValue(failed, 'hatang_inventory_load_error_diagnostics')).toBe(1);
    expect(lines.at(-1)).toMatch(/^reload failed: reading .* took longer than 300 ms/);
    for (const name of ['hatang_inventory_objects', 'hatang_evaluation_timestamp_seconds']) {
      expect(sampleValue(failed, name), name).toBe(sampleValue(good, name));
    }
    expect(exporter.pendingReads).toBe(1);

    // Later reloads are not stuck behind the abandoned read: a broken state is reported again, a good one clears it.
    expect(await exporter.reload()).toBe(false);
    expect(sampleValue(await exporter.scrape('prometheus'), 'hatang_inventory_load_errors_total')).toBe(2);
    hang.on = false;
    expect(await exporter.reload()).toBe(true);
    expect(sampleValue(await exporter.scrape('prometheus'), 'hatang_inventory_load_failing')).toBe(0);
    exporter.close();
  });

  test('close() ends a hanging reload at once without touching the state; later reloads do nothing', async () => {
    const { exporter, hang } = hanging(); // the default timeout (30 s) is far away
    expect(await exporter.reload()).toBe(true);
    hang.on = true;
    const pending = exporter.reload();
    await new Promise((r) => setTimeout(r, 50));
    exporter.close();
    expect(await pending).toBe(false);
    expect(await exporter.reload()).toBe(false);
    const text = await exporter.scrape('prometheus');
    expect(sampleValue(text, 'hatang_inventory_load_failing')).toBe(0);
    expect(sampleValue(text, 'hatang_inventory_load_errors_total')).toBe(0);
    expect(exporter.ready).toBe(true);
  });

  test('the HTTP server closes within 2 s while a reload hangs, and answers scrapes until then', async () => {
    const { exporter, hang } = hanging();
    expect(await exporter.reload()).toBe(true);
    const handle = await serveMetrics(exporter, { host: '127.0.0.1', port: 0, dir: BUNDLED, watch: false });
    hang.on = true;
    const reloading = exporter.reload();
    const res = await fetch(`http://${handle.address}/metrics`);
    expect(res.status).toBe(200);
    expect(sampleValue(await res.text(), 'hatang_inventory_load_failing')).toBe(0);
    const started = performance.now();
    await handle.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await reloading).toBe(false);
  });

  test('checks that throw on a reload make a failed reload, not a crash', async () => {
    const lines: string[] = [];
    const fail = { on: false };
    const exporter = new MetricsExporter({
      dir: BUNDLED,
      version: 't',
      lang: 'en',
      log: (l) => lines.push(l),
      asOf: '2026-11-29',
      evaluate: (opened, selection) => {
        if (fail.on) throw new Error('rule XYZ threw');
        return evaluate(opened, selection);
      },
    });
    expect(await exporter.reload()).toBe(true);
    fail.on = true;
    expect(await exporter.reload()).toBe(false);
    expect(lines.at(-1)).toBe('the checks failed: rule XYZ threw; still exporting the last good state');
    expect(sampleValue(await exporter.scrape('prometheus'), 'hatang_inventory_load_failing')).toBe(1);
  });
});

describe('the daily re-evaluation', { timeout: 120_000 }, () => {
  test('when it fails the old state stays with its own date, load_failing is 1 once counted; the next good day clears it', async () => {
    let now = new Date('2026-11-29T12:00:00Z');
    const lines: string[] = [];
    const exporter = new MetricsExporter({
      dir: BUNDLED,
      version: 't',
      lang: 'en',
      log: (l) => lines.push(l),
      now: () => now,
      evaluate: (opened, selection) => {
        if (selection.asOf === '2026-11-30') throw new Error('no rule-set in force');
        return evaluate(opened, selection);
      },
    });
    expect(await exporter.reload()).toBe(true);
    const first = await exporter.scrape('prometheus');
    expect(sampleValue(first, 'hatang_evaluation_timestamp_seconds')).toBe(midnight('2026-11-29'));
    expect(sampleValue(first, 'hatang_inventory_load_failing')).toBe(0);

    now = new Date('2026-11-30T00:01:00Z');
    const failed = await until('the failed re-evaluation', async () => {
      const text = await exporter.scrape('prometheus');
      return sampleValue(text, 'hatang_inventory_load_failing') === 1 ? text : undefined;
    });
    expect(lines).toContain('re-evaluation at 2026-11-30 failed: no rule-set in force; still exporting the state evaluated at 2026-11-29');
    expect(sampleValue(failed, 'hatang_evaluation_timestamp_seconds')).toBe(midnight('2026-11-29'));
    expect(sampleValue(failed, 'hatang_inventory_objects', { kind: 'System' })).toBe(sampleValue(first, 'hatang_inventory_objects', { kind: 'System' }));
    expect(sampleValue(failed, 'hatang_inventory_load_errors_total')).toBe(1);
    // Not tried again on every scrape of the same day.
    for (let i = 0; i < 5; i++) await exporter.scrape('prometheus');
    await new Promise((r) => setTimeout(r, 100));
    expect(sampleValue(await exporter.scrape('prometheus'), 'hatang_inventory_load_errors_total')).toBe(1);

    now = new Date('2026-12-01T00:01:00Z');
    const next = await until('the next day', async () => {
      const text = await exporter.scrape('prometheus');
      return sampleValue(text, 'hatang_evaluation_timestamp_seconds') === midnight('2026-12-01') ? text : undefined;
    });
    expect(sampleValue(next, 'hatang_inventory_load_failing')).toBe(0);
    expect(lines.filter((l) => l.startsWith('loaded '))).toHaveLength(1);
  });

  test('a good re-evaluation does not clear a failing load of the files on disk', async () => {
    let now = new Date('2026-11-29T12:00:00Z');
    const hang = { on: false };
    const exporter = new MetricsExporter({
      dir: BUNDLED,
      version: 't',
      lang: 'en',
      log: () => {},
      now: () => now,
      reloadTimeoutMs: 200,
      open: () => (hang.on ? never() : read()),
    });
    expect(await exporter.reload()).toBe(true);
    hang.on = true;
    expect(await exporter.reload()).toBe(false);
    now = new Date('2026-11-30T00:01:00Z');
    const rolled = await until('the re-evaluation', async () => {
      const text = await exporter.scrape('prometheus');
      return sampleValue(text, 'hatang_evaluation_timestamp_seconds') === midnight('2026-11-30') ? text : undefined;
    });
    expect(sampleValue(rolled, 'hatang_inventory_load_failing')).toBe(1);
    exporter.close();
  });
});
