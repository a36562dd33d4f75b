// The DR model: distances, what the links can carry, what the DR site lacks, and how a user sees it in validate.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../modules/cli/index.js';
import {
  achievableRpo,
  distanceKm,
  drCoverage,
  drSiteOf,
  estimatedRto,
  formatMinutes,
  linkCapacity,
  neededFlows,
  primarySiteOf,
  transferMinutes,
} from '../../modules/dr/index.js';
import { loadInventory, type Model, type System } from '../../modules/model/index.js';

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

const { model: qn } = await loadInventory('inventory/quang-ngai');
if (!qn) throw new Error('inventory/quang-ngai does not load');
const system = (m: Model, name: string): System => m.systems.find((s) => s.name === name)!;

/** The model with one system's fields replaced. */
function withSystem(m: Model, name: string, change: Partial<System>): Model {
  return { ...m, systems: m.systems.map((s) => (s.name === name ? { ...s, ...change } : s)) };
}
/** The model with the DR site's links replaced. */
function withLinks(m: Model, links: Model['sites'][number]['replicationLinks']): Model {
  return { ...m, sites: m.sites.map((s) => (s.name === 'kt-dr' ? { ...s, replicationLinks: links } : s)) };
}

describe('sites and links', () => {
  test('the Quảng Ngãi DR site is about 120 km from the primary (great circle)', () => {
    const [a, b] = ['qn-dc', 'kt-dr'].map((n) => qn.sites.find((s) => s.name === n)!.location!);
    expect(distanceKm(a!, b!)).toBe(120.6);
    expect(distanceKm(a!, a!)).toBe(0);
  });

  test('a system runs where most of its components are and recovers at its dr.site', () => {
    const s = system(qn, 'he-thong-tthc');
    expect(primarySiteOf(qn, s)?.name).toBe('qn-dc');
    expect(drSiteOf(qn, s)?.name).toBe('kt-dr');
    expect(drSiteOf(qn, system(qn, 'hoi-nghi-truyen-hinh'))).toBeUndefined();
  });

  test('link capacity adds up the circuits declared on either side and keeps 70% for replication', () => {
    expect(linkCapacity(qn, 'qn-dc', 'kt-dr')).toEqual({ links: 2, paths: 2, bandwidthMbps: 2000, usableMbps: 1400 });
    expect(linkCapacity(qn, 'kt-dr', 'qn-dc').bandwidthMbps).toBe(2000);
    expect(linkCapacity(qn, 'qn-dc', 'nowhere').links).toBe(0);
  });

  test('transfer time: 1 GiB over 1000 Mbit/s takes about 8.6 s', () => {
    expect(transferMinutes(1, 1000) * 60).toBeCloseTo(8.59, 2);
    expect(transferMinutes(1, 0)).toBe(Infinity);
    expect(formatMinutes(90)).toBe('1h30m');
    expect(formatMinutes(2880)).toBe('2d');
    expect(formatMinutes(Infinity)).toBe('∞');
  });
});

describe('achievable RPO', () => {
  test('continuous replication that keeps up: the asynchronous lag', () => {
    expect(achievableRpo(qn, system(qn, 'he-thong-tthc'))).toMatchObject({ minutes: 1, basis: 'continuous', dailyChangeGiB: 40, usableMbps: 1400 });
  });

  test('a link too slow for the working-day peak leaves a backlog that drains after hours', () => {
    // 2 Mbit/s leaves 1.4 Mbit/s usable: 40 GiB takes more than a day to send, so the copy never catches up.
    const m = withLinks(qn, [{ to: 'qn-dc', count: 1, paths: 1, bandwidthMbps: 2 }]);
    const rpo = achievableRpo(m, system(m, 'he-thong-tthc'));
    expect(rpo.basis).toBe('link-too-slow');
    expect(rpo.minutes).toBe(Infinity);
    // 6 GiB takes about 10 h at 1.4 Mbit/s: more than the 8-hour peak, less than a day — a lag of about 2 h.
    const slower = withSystem(m, 'he-thong-tthc', { data: { sizeGiB: 1500, dailyChangeGiB: 6 } });
    const lag = achievableRpo(slower, system(slower, 'he-thong-tthc'));
    expect(lag.basis).toBe('continuous');
    expect(lag.dailyTransferMinutes).toBe(613.6);
    expect(lag.minutes).toBe(134.6);
  });

  test("backup-based DR: a backup interval plus shipping one interval's change, only if the copy is at the DR site", () => {
    const s = system(qn, 'bao-cao');
    expect(achievableRpo(qn, s)).toMatchObject({ basis: 'backup', minutes: 720.1 });
    const atPrimary = withSystem(qn, 'bao-cao', { backup: { ...s.backup!, site: 'qn-dc' } });
    expect(achievableRpo(atPrimary, system(atPrimary, 'bao-cao')).basis).toBe('no-copy');
  });

  test('without links, a method or a daily change rate nothing can be computed', () => {
    const noLink = withLinks(qn, []);
    expect(achievableRpo(noLink, system(noLink, 'lgsp')).basis).toBe('no-link');
    const noData = withSystem(qn, 'lgsp', { data: undefined });
    expect(achievableRpo(noData, system(noData, 'lgsp')).basis).toBe('unknown');
  });

  test('synchronous replication is zero data loss while the link carries the peak write rate', () => {
    const sync = (daily: number) =>
      withSystem(qn, 'lgsp', { dr: { ...system(qn, 'lgsp').dr!, replication: 'storage-sync' }, data: { sizeGiB: 300, dailyChangeGiB: daily } });
    expect(achievableRpo(sync(10), system(sync(10), 'lgsp'))).toMatchObject({ minutes: 0, basis: 'synchronous' });
    expect(achievableRpo(sync(5000), system(sync(5000), 'lgsp')).basis).toBe('link-too-slow');
  });
});

describe('estimated RTO per mode', () => {
  test('hot: decision and fencing, the checks of the running standby, verification (GSLB: no DNS TTL)', () => {
    expect(estimatedRto(qn, system(qn, 'lgsp'))).toEqual({
      minutes: 45,
      parts: [
        { step: 'decision', minutes: 10 },
        { step: 'start', minutes: 20 },
        { step: 'verify', minutes: 15 },
      ],
    });
  });

  test('warm: decision, start-up, verification, TTL', () => {
    expect(estimatedRto(qn, system(qn, 'qlvbdh'))?.minutes).toBe(30 + 30 + 15 + 5);
  });

  test('cold: the restore of the data dominates (6 TiB at 300 GiB/h)', () => {
    const rto = estimatedRto(qn, system(qn, 'soc'))!;
    expect(rto.parts.find((p) => p.step === 'restore')?.minutes).toBe(1200);
    expect(rto.minutes).toBe(30 + 240 + 1200 + 15);
  });

  test('no DR, no estimate', () => {
    expect(estimatedRto(qn, system(qn, 'hoi-nghi-truyen-hinh'))).toBeUndefined();
  });
});

describe('DR coverage', () => {
  test('every zone of a Quảng Ngãi DR system has its counterpart, dual-stack and disjoint', () => {
    for (const s of qn.systems.filter((x) => (x.dr?.mode ?? 'none') !== 'none')) {
      const c = drCoverage(qn, s);
      expect(c.missingZoneKinds, s.name).toEqual([]);
      expect(c.notDualStack, s.name).toEqual([]);
      expect(c.overlaps, s.name).toEqual([]);
      if (s.cluster) expect(c.drCluster?.name, s.name).toBe('kt-k8s-dr');
    }
  });

  test('a DR site without a storage zone misses it for systems with storage', () => {
    const m = { ...qn, zones: qn.zones.filter((z) => z.name !== 'kt-dr-storage') };
    expect(drCoverage(m, system(m, 'he-thong-tthc')).missingZoneKinds).toEqual(['storage']);
    expect(drCoverage(m, system(m, 'lgsp')).missingZoneKinds).toEqual([]);
  });

  test('flows needed after failover: the mail flows of thu-cong-vu are not declared at kt-dr', () => {
    const missing = neededFlows(qn, system(qn, 'thu-cong-vu')).filter((f) => f.missingPorts.length);
    expect(missing.map((f) => `${f.from} → ${f.to}`)).toContain('isp-mail → kt-dr-dmz');
    expect(neededFlows(qn, system(qn, 'he-thong-tthc')).filter((f) => f.missingPorts.length)).toEqual([]);
  });
});

describe('the inventory format', () => {
  test('a replication link to a site that does not exist is a located error with a suggestion', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatang-dr-'));
    temps.push(dir);
    await cp('inventory/quang-ngai', dir, { recursive: true });
    const sites = join(dir, 'sites.yaml');
    await writeFile(sites, (await readFile(sites, 'utf8')).replace('- { to: qn-dc, count: 2', '- { to: qn-dcx, count: 2'));
    const { diagnostics } = await loadInventory(dir);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message.en, d.suggestion])).toEqual([
      ['dangling-reference', '/spec/replicationLinks/0/to', 'Site "qn-dcx" does not exist.', 'qn-dc'],
    ]);
  });

  test('links default to one circuit on one path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatang-dr-'));
    temps.push(dir);
    await cp('inventory/quang-ngai', dir, { recursive: true });
    const sites = join(dir, 'sites.yaml');
    await writeFile(
      sites,
      (await readFile(sites, 'utf8')).replace('{ to: qn-dc, count: 2, paths: 2, bandwidthMbps: 1000,', '{ to: qn-dc, bandwidthMbps: 1000,'),
    );
    const { model } = await loadInventory(dir);
    expect(model!.sites.find((s) => s.name === 'kt-dr')!.replicationLinks[0]).toMatchObject({ to: 'qn-dc', count: 1, paths: 1, bandwidthMbps: 1000 });
  });
});

describe('hatang validate reports DR problems with the computed figures', () => {
  test('a replication link too slow for the RPO and a DR site without a needed zone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatang-dr-'));
    temps.push(dir);
    await cp('inventory/quang-ngai', dir, { recursive: true });
    const sites = join(dir, 'sites.yaml');
    await writeFile(sites, (await readFile(sites, 'utf8')).replace('count: 2, paths: 2, bandwidthMbps: 1000', 'count: 2, paths: 2, bandwidthMbps: 2'));
    const zones = join(dir, 'zones.yaml');
    await writeFile(zones, (await readFile(zones, 'utf8')).replace(/(name: kt-dr-storage\nspec:\n {2}site: kt-dr\n {2}kind: )storage/, '$1backup'));

    let stdout = '';
    const code = await main(['validate', dir, '--format', 'json', '--as-of', '2026-11-29'], { stdout: (s) => void (stdout += s), stderr: () => {} });
    const report = JSON.parse(stdout) as { findings: { rule: string; target: string; status: string; message: { en: string } }[] };
    const fail = (rule: string, target: string) =>
      report.findings.filter((f) => f.rule === rule && f.target === target && f.status === 'fail').map((f) => f.message.en);
    expect(fail('DR-RPO-01', 'systems/he-thong-tthc')).toEqual([
      "The qn-dc–kt-dr links (2.8 Mbit/s usable) cannot keep up with 40 GiB/day: a day's change needs 1 day 10 hours 5 minutes of link time; achievable RPO: ∞, target 15 minutes.",
    ]);
    expect(fail('DR-COVER-01', 'systems/he-thong-tthc')).toEqual(['DR site kt-dr has no zone of kind storage, needed by files (in qn-dc-storage).']);
    expect(code).toBe(1);
  });
});
