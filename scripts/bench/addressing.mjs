#!/usr/bin/env node
// The addressing benchmark: national plans of 100k and 1M prefixes with planted overlaps, checked by hatang and by
// two peers on the same data in the same run, PostgreSQL 15 (cidr + GiST, and SP-GiST, `&&` self-join) and
// Python's ipaddress with a sorted sweep. All must find the same overlapping pairs (compared by a digest of the
// sorted pair list). Prints each time, peak memory and the ratios. Not run in CI; figures: docs/performance.md.
//
//   npm run build && node scripts/bench/addressing.mjs [--sizes 100000,1000000] [--runs 3] [--pg-timeout 120]
//                                                      [--no-pg] [--no-python]
//
// PostgreSQL: the Debian package (postgresql-15). The script creates a private cluster in a temporary folder,
// listening only on a Unix socket there (no TCP), as the user `postgres` when run as root, starts it, and stops and
// deletes it at the end, also on failure or Ctrl-C.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const sizes = option('sizes', '100000,1000000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const pgTimeout = Number(option('pg-timeout', '120'));
const PG_BIN = '/usr/lib/postgresql/15/bin';

if (!existsSync(join(root, 'dist', 'modules', 'addressing', 'index.js'))) {
  console.error('Run `npm run build` first.');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const digestOf = (text) => createHash('sha256').update(text.trimEnd()).digest('hex').slice(0, 16);

function dataFile(size) {
  const file = join(root, 'bench-data', 'addressing', `plan-${size}.tsv`);
  if (!existsSync(file) || !existsSync(`${file}.json`)) {
    execFileSync(process.execPath, [join(here, 'addressing-gen.mjs'), '--prefixes', String(size), '--out', file], { stdio: 'inherit' });
  }
  return file;
}

function runJson(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---- PostgreSQL: a private cluster on a Unix socket ----
let cluster;
function pgStart() {
  const dir = mkdtempSync(join(tmpdir(), 'hatang-pg-'));
  const asRoot = process.getuid?.() === 0;
  const as = (args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]);
  if (asRoot) {
    const pw = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gr = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(pw), Number(gr));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const exec = (args) => {
    const [cmd, rest] = as(args);
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  cluster = { dir, data, exec, stopped: false };
  exec([`${PG_BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  const opts = [`-c listen_addresses=''`, `-k ${dir}`, '-c shared_buffers=1GB', '-c work_mem=64MB', '-c maintenance_work_mem=1GB', '-c max_wal_size=4GB'].join(
    ' ',
  );
  exec([`${PG_BIN}/pg_ctl`, '-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  return dir;
}
function pgStop() {
  if (!cluster || cluster.stopped) return;
  cluster.stopped = true;
  try {
    cluster.exec([`${PG_BIN}/pg_ctl`, '-D', cluster.data, '-m', 'fast', '-w', 'stop']);
  } catch {
    // already down
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    pgStop();
    process.exit(130);
  });
process.on('exit', pgStop);

/** Runs a psql script with \timing; returns the "Time:" figures in order (ms) and the output. */
function psql(script) {
  const r = spawnSync('psql', ['-X', '-q', '-h', cluster.dir, '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=0'], {
    input: script,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  return { out, times: [...out.matchAll(/Time: ([0-9.]+) ms/g)].map((m) => Number(m[1])) };
}

function pgRun(file) {
  const pairsFile = (index) => join(cluster.dir, `pairs-${index}.tsv`);
  const results = {};
  const load = psql(`
DROP TABLE IF EXISTS plan;
CREATE TABLE plan (id integer, agency text, province integer, net cidr);
\\timing on
\\copy plan FROM '${file}'
ANALYZE plan;
`);
  results.load = load.times[0] / 1000;
  for (const index of ['gist', 'spgist']) {
    const q = psql(`
DROP INDEX IF EXISTS plan_net;
\\timing on
CREATE INDEX plan_net ON plan USING ${index} (net inet_ops);
\\timing off
ANALYZE plan;
SET statement_timeout = '${pgTimeout}s';
\\timing on
\\copy (SELECT a.id, b.id FROM plan a JOIN plan b ON a.net && b.net AND a.id < b.id ORDER BY 1, 2) TO '${pairsFile(index)}'
\\timing off
SELECT 'VmHWM: ' || substring(pg_read_file('/proc/self/status') from 'VmHWM:\\s+([0-9]+) kB') || ' kB';
SELECT 'CPUTICKS: ' || ((regexp_split_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' '))[12]::bigint + (regexp_split_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' '))[13]::bigint);
`);
    const timedOut = /statement timeout/.test(q.out);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(q.out);
    const ticks = /CPUTICKS: (\d+)/.exec(q.out);
    const entry = { index: q.times[0] / 1000, peakMiB: hwm ? Math.round(Number(hwm[1]) / 1024) : null, cpu: ticks ? Number(ticks[1]) / 100 : null };
    if (timedOut || q.times.length < 2) {
      entry.detect = null;
      entry.note = timedOut ? `did not finish in ${pgTimeout} s (statement_timeout)` : q.out.trim().slice(0, 200);
    } else {
      entry.detect = q.times[1] / 1000;
      const text = readFileSync(pairsFile(index), 'utf8');
      entry.pairs = text.trim() === '' ? 0 : text.trim().split('\n').length;
      entry.digest = digestOf(text);
    }
    results[index] = entry;
  }
  return results;
}

// ---- the run ----
const fmt = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(2)} s`);
const rows = [];
let agree = true;
const pgAvailable = !flag('no-pg') && existsSync(`${PG_BIN}/initdb`);
if (!flag('no-pg') && !pgAvailable) console.error('PostgreSQL 15 not found (apt-get install postgresql-15); skipping it.');
if (pgAvailable) pgStart();
try {
  for (const size of sizes) {
    const file = dataFile(size);
    const info = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
    console.log(`\n== ${size.toLocaleString('en')} prefixes, ${info.planted} planted overlaps ==`);
    const hatang = [];
    for (let i = 0; i < runs; i++) hatang.push(runJson(process.execPath, [join(here, 'addressing-hatang.mjs'), file]));
    const h = {
      read: median(hatang.map((r) => r.read)),
      parse: median(hatang.map((r) => r.parse)),
      detect: median(hatang.map((r) => r.detect)),
      total: median(hatang.map((r) => r.total)),
      cpu: median(hatang.map((r) => r.cpu)),
      peakMiB: median(hatang.map((r) => r.peakMiB)),
      pairs: hatang[0].pairs,
      digest: hatang[0].digest,
    };
    console.log(
      `hatang (median of ${runs}): read ${fmt(h.read)}, parse ${fmt(h.parse)}, detect + findings ${fmt(h.detect)}, total ${fmt(h.total)} (process CPU ${fmt(h.cpu)}), peak ${h.peakMiB} MiB, ${h.pairs} pairs [${h.digest}]`,
    );
    const row = { size, planted: info.planted, hatang: h };
    if (!flag('no-python')) {
      const p = runJson('python3', [join(here, 'addressing_sweep.py'), file]);
      row.python = p;
      console.log(
        `python ipaddress sweep: read ${fmt(p.read)}, parse ${fmt(p.parse)}, detect ${fmt(p.detect)}, total ${fmt(p.total)} (process CPU ${fmt(p.cpu)}), peak ${p.peakMiB} MiB, ${p.pairs} pairs [${p.digest}]`,
      );
      if (p.digest !== h.digest) agree = false;
    }
    if (pgAvailable) {
      const pg = pgRun(file);
      row.pg = pg;
      console.log(`postgresql 15: COPY ${fmt(pg.load)}`);
      for (const index of ['gist', 'spgist']) {
        const e = pg[index];
        console.log(
          `  ${index}: index ${fmt(e.index)}, self-join ${e.detect === null ? e.note : fmt(e.detect)}, backend peak ${e.peakMiB ?? '—'} MiB, backend CPU (index + join, no parallel workers) ${fmt(e.cpu)}${e.digest ? `, ${e.pairs} pairs [${e.digest}]` : ''}`,
        );
        if (e.digest && e.digest !== h.digest) agree = false;
      }
    }
    rows.push(row);
  }
} finally {
  pgStop();
}

console.log(
  '\n| prefixes | hatang total (CPU) | hatang peak | Python total (CPU) | Python peak | Python / hatang | PG GiST self-join | PG SP-GiST self-join | SP-GiST / hatang detect | same pairs |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  const py = r.python;
  const gist = r.pg?.gist;
  const sp = r.pg?.spgist;
  const same = [py?.digest, gist?.digest, sp?.digest].filter(Boolean).every((d) => d === r.hatang.digest);
  console.log(
    `| ${r.size.toLocaleString('en')} | ${fmt(r.hatang.total)} (${fmt(r.hatang.cpu)}) | ${r.hatang.peakMiB} MiB | ${py ? `${fmt(py.total)} (${fmt(py.cpu)})` : '—'} | ${py ? `${py.peakMiB} MiB` : '—'} | ${py ? `${(py.total / r.hatang.total).toFixed(1)}×` : '—'} | ${gist ? (gist.detect === null ? `> ${pgTimeout} s` : fmt(gist.detect)) : '—'} | ${sp ? (sp.detect === null ? `> ${pgTimeout} s` : fmt(sp.detect)) : '—'} | ${sp?.detect ? `${(sp.detect / r.hatang.detect).toFixed(1)}×` : '—'} | ${same ? `yes (${r.hatang.pairs})` : 'NO'} |`,
  );
}
if (!agree) {
  console.error('\nThe methods found different overlaps.');
  process.exit(1);
}
console.log('\nAll methods found the same overlapping pairs.');
