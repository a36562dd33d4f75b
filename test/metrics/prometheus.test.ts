// A real Prometheus (Debian package) scrapes `hatang serve` on a bundled province: the expected series arrive, the
// alert rules load, and a broken edit shows up as the error metric while the old values stay.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadInventory } from '../../modules/model/index.js';
import { BUNDLED, inventoryCopy, needBinary, PROMETHEUS, REPO, removeScratch, requireBinary, scratch, serve, type Served } from './helpers.js';

const AS_OF = '2026-11-29';
const children: ChildProcess[] = [];
let exporter: Served | undefined;

afterAll(async () => {
  await exporter?.stop();
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  await removeScratch();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

interface Vector {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!needBinary(PROMETHEUS, 'the real-Prometheus test'))('a real Prometheus scraping hatang serve', () => {
  test('expected series and values for Quảng Ngãi; a broken inventory raises the error metric and keeps the old values', async () => {
    requireBinary(PROMETHEUS);
    const dir = await inventoryCopy();
    const work = await scratch('hatang-prometheus-');
    exporter = await serve(dir, '--as-of', AS_OF);

    const port = await freePort();
    const api = `http://127.0.0.1:${port}`;
    const rules = join(work, 'alerts.yml');
    await writeFile(rules, await readFile(join(REPO, 'docs', 'monitoring', 'alerts.yml')));
    const config = join(work, 'prometheus.yml');
    await writeFile(
      config,
      [
        'global:',
        '  scrape_interval: 1s',
        '  scrape_timeout: 1s',
        '  evaluation_interval: 1s',
        'rule_files:',
        `  - ${JSON.stringify(rules)}`,
        'scrape_configs:',
        '  - job_name: hatang',
        '    static_configs:',
        `      - targets: [${JSON.stringify(exporter.address)}]`,
        '',
      ].join('\n'),
    );
    let promLog = '';
    const prometheus = spawn(
      PROMETHEUS,
      [`--config.file=${config}`, `--storage.tsdb.path=${join(work, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(prometheus);
    prometheus.stderr!.setEncoding('utf8').on('data', (s: string) => (promLog += s));

    const query = async (q: string): Promise<Vector[]> => {
      const res = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(q)}`);
      const body = (await res.json()) as { status: string; data: { result: Vector[] } };
      if (body.status !== 'success') throw new Error(`query ${q}: ${JSON.stringify(body)}`);
      return body.data.result;
    };
    const scalar = async (q: string): Promise<number | undefined> => {
      const result = await query(q);
      return result.length === 1 ? Number(result[0]!.value[1]) : undefined;
    };

    await until('Prometheus to be ready', async () => {
      if (prometheus.exitCode !== null) throw new Error(`prometheus exited ${prometheus.exitCode}: ${promLog}`);
      return (await fetch(`${api}/-/ready`)).ok ? true : undefined;
    });
    await until('a successful scrape of hatang', async () => ((await scalar('up{job="hatang"}')) === 1 ? true : undefined));
    await until('the hatang series', async () => ((await query('hatang_inventory_info')).length === 1 ? true : undefined));

    const { model } = await loadInventory(BUNDLED);
    const info = await query('hatang_inventory_info');
    expect(info[0]!.metric).toMatchObject({
      job: 'hatang',
      province: 'quang-ngai',
      province_code: '51',
      hash: model!.hash.replace('sha256:', '').slice(0, 16),
    });
    expect(Number(info[0]!.value[1])).toBe(1);
    for (const level of [1, 2, 3, 4, 5]) {
      expect(await scalar(`hatang_systems{level="${level}"}`)).toBe(model!.systems.filter((s) => s.level === level).length);
    }
    expect(await scalar('count(hatang_system_info)')).toBe(model!.systems.length);
    const system = model!.systems.find((s) => s.evidence.drDrill)!;
    const drill = system.evidence.drDrill!.date;
    expect(await scalar(`hatang_evidence_age_seconds{system="${system.name}",kind="drDrill"}`)).toBe(
      (Date.parse(`${AS_OF}T00:00:00Z`) - Date.parse(`${drill}T00:00:00Z`)) / 1000,
    );
    expect(await scalar('hatang_address_pool_size_addresses{pool="dc-v4",family="ipv4"}')).toBe(65536);
    expect(await scalar('count(hatang_address_pool_utilisation_ratio)')).toBe(model!.province.addressPools.length);
    expect(await scalar('hatang_inventory_load_failing')).toBe(0);
    expect(await scalar('process_resident_memory_bytes{job="hatang"}')).toBeGreaterThan(0);

    // The alert rules load into a real Prometheus.
    const rulesBody = (await (await fetch(`${api}/api/v1/rules`)).json()) as { data: { groups: { rules: { name: string; health: string }[] }[] } };
    const loaded = rulesBody.data.groups.flatMap((g) => g.rules);
    expect(loaded.map((r) => r.name)).toEqual(
      expect.arrayContaining(['HatangEvidenceExpiringSoon', 'HatangAddressPoolOver80Percent', 'HatangNewFailingFindingHighLevel']),
    );

    // Break the inventory: the error metric rises, the old values stay and are still scraped fresh.
    const file = join(dir, 'systems.yaml');
    const good = await readFile(file, 'utf8');
    const mark = exporter.log().length;
    await writeFile(file, `${good}\n---\napiVersion: hatang.vn/v1\nkind: System\nmetadata: { name: broken\n`);
    await exporter.waitForLog('reload failed', mark);
    const brokenAt = Date.now() / 1000;
    await until('hatang_inventory_load_failing == 1', async () => ((await scalar('hatang_inventory_load_failing')) === 1 ? true : undefined));
    expect(await scalar('hatang_inventory_load_errors_total')).toBeGreaterThanOrEqual(1);
    expect(await scalar('hatang_inventory_load_error_diagnostics')).toBe(1);
    expect(await scalar('hatang_systems{level="3"}')).toBe(model!.systems.filter((s) => s.level === 3).length);
    expect(await scalar('count(hatang_system_info)')).toBe(model!.systems.length);
    // Still scraped while broken: samples newer than the break keep the old value.
    await until('a scrape after the break', async () => ((await scalar('timestamp(hatang_systems{level="3"})'))! > brokenAt ? true : undefined));
    expect(await scalar('hatang_systems{level="3"}')).toBe(model!.systems.filter((s) => s.level === 3).length);
    await until('the HatangInventoryLoadFailing alert to be pending', async () => {
      const alerts = (await (await fetch(`${api}/api/v1/alerts`)).json()) as { data: { alerts: { labels: { alertname: string }; state: string }[] } };
      return alerts.data.alerts.some((a) => a.labels.alertname === 'HatangInventoryLoadFailing' && a.state === 'pending') ? true : undefined;
    });

    // Fixed again.
    await writeFile(file, good);
    await until('hatang_inventory_load_failing == 0', async () => ((await scalar('hatang_inventory_load_failing')) === 0 ? true : undefined));
  }, 300_000);
});
