#!/usr/bin/env node
// Benchmark: `hatang serve` on a national-size single-province inventory, scraped by autocannon over loopback.
//
//   node scripts/bench/serve.mjs [--scrapes 10000] [--connections 10] [--max-seconds 600] [--data bench-data]
//                                [--agencies 30000] [--systems 408] [--openmetrics] [--regenerate]
//
// 1. Generates <data>/serve-<agencies>-<systems> with scripts/gen-inventory.mjs (one province, 3,321 communes,
//    `--systems` systems: 408 = 34 provinces x 12, the national count; 30,000 agencies, near the most one province's
//    IPv6 agency pool holds), or reuses it when its gen-summary.json matches.
// 2. Starts `hatang serve <dir> --listen 127.0.0.1:0 --no-watch --as-of 2026-11-29` (compiled CLI) and waits for it.
// 3. Warms up with 200 scrapes, reads the exporter's own memory figures from /metrics, runs `--scrapes` scrapes in
//    four quarters (memory read after each: a leak shows as growth from quarter to quarter), and prints throughput,
//    p50/p99 latency and memory before/after.
// Bounded: a fixed number of requests, stopped after --max-seconds; loopback only. Exit 1 on non-2xx responses or
// errors, 2 on a bad command line or a missing build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(REPO, 'bin', 'hatang.js');
const GENERATOR = join(REPO, 'scripts', 'gen-inventory.mjs');
const AS_OF = '2026-11-29';
const COMMUNES = 3321;
const WARMUP = 200;

let parsed;
try {
  parsed = parseArgs({
    options: {
      scrapes: { type: 'string', default: '10000' },
      connections: { type: 'string', default: '10' },
      'max-seconds': { type: 'string', default: '600' },
      data: { type: 'string', default: join(REPO, 'bench-data') },
      agencies: { type: 'string', default: '30000' },
      systems: { type: 'string', default: '408' },
      openmetrics: { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`bench serve: ${error.message}`);
  process.exit(2);
}
const int = (name, min, max) => {
  const n = Number(parsed[name]);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    console.error(`bench serve: --${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
};
const scrapes = int('scrapes', 2, 1_000_000);
const connections = int('connections', 1, 256);
const maxSeconds = int('max-seconds', 1, 3600);
const agencies = int('agencies', 1, 32_768);
const systems = int('systems', 1, 999);
if (!existsSync(join(REPO, 'dist', 'modules', 'cli', 'index.js'))) {
  console.error('bench serve: run `npm run build` first');
  process.exit(2);
}
const log = (s) => console.error(s);

// 1. Data
const dataDir = join(resolve(parsed.data), `serve-${agencies}-${systems}`);
const wanted = { agencies, provinces: 1, communes: COMMUNES, systemsPerProvince: systems };
const summaryFile = join(dataDir, 'gen-summary.json');
const summaryOk = () => {
  if (!existsSync(summaryFile)) return false;
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  return JSON.stringify(s.parameters) === JSON.stringify(wanted);
};
if (parsed.regenerate || !summaryOk()) {
  log(`generating ${dataDir}`);
  const zx = join(dirname(createRequire(import.meta.url).resolve('zx/package.json')), 'build', 'cli.js');
  const gen = spawnSync(
    process.execPath,
    [
      zx,
      GENERATOR,
      '--out',
      dataDir,
      '--provinces',
      '1',
      '--communes',
      String(COMMUNES),
      '--agencies',
      String(agencies),
      '--systems-per-province',
      String(systems),
    ],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (gen.status !== 0 || !summaryOk()) {
    console.error(`bench serve: generating failed:\n${gen.stderr || gen.stdout}`);
    process.exit(1);
  }
}
const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
const province = join(dataDir, summary.provinces[0].slug);

// 2. Exporter
const started = performance.now();
const child = spawn(process.execPath, [CLI, 'serve', province, '--listen', '127.0.0.1:0', '--no-watch', '--as-of', AS_OF, '--lang', 'en'], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, CI: 'true' },
});
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
const stopChild = () => {
  if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopChild);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChild();
    process.exit(130);
  });
}
const address = await new Promise((resolveAddress, reject) => {
  const timer = setTimeout(() => reject(new Error(`hatang serve did not start within ${maxSeconds} s:\n${stderr}`)), maxSeconds * 1000);
  const poll = setInterval(() => {
    const m = /serving http:\/\/(127\.0\.0\.1:\d+)\/metrics/.exec(stderr);
    if (m) {
      clearInterval(poll);
      clearTimeout(timer);
      resolveAddress(m[1]);
    } else if (child.exitCode !== null) {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`hatang serve exited ${child.exitCode}:\n${stderr}`));
    }
  }, 50);
}).catch((error) => {
  console.error(`bench serve: ${error.message}`);
  process.exit(1);
});
const startSeconds = (performance.now() - started) / 1000;
const url = `http://${address}/metrics`;
const headers = parsed.openmetrics ? { accept: 'application/openmetrics-text;version=1.0.0' } : {};

async function memory() {
  const text = await (await fetch(url, { headers: {} })).text();
  const value = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMiB: value('process_resident_memory_bytes') / 2 ** 20,
    heapUsedMiB: value('nodejs_heap_size_used_bytes') / 2 ** 20,
    bytes: Buffer.byteLength(text),
    series: text.split('\n').filter((l) => l && !l.startsWith('#')).length,
  };
}

function cannon(amount) {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon({ url, connections, amount, headers, timeout: 30, pipelining: 1 }, (error, result) =>
      error ? reject(error) : resolveRun(result),
    );
    const stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
    instance.on('done', () => clearTimeout(stop));
  });
}

// 3. Load
await cannon(WARMUP);
const before = await memory();
const parts = [];
const mids = [];
const quarter = Math.floor(scrapes / 4);
for (const amount of [quarter, quarter, quarter, scrapes - 3 * quarter]) {
  parts.push(await cannon(amount));
  mids.push(await memory());
}
stopChild();
await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()));

const done = parts.reduce((n, r) => n + r.requests.total, 0);
const seconds = parts.reduce((n, r) => n + r.duration, 0);
const bad = parts.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
const mib = (x) => `${x.toFixed(1)} MiB`;
const fmt = (r) => `${r.latency.p50}/${r.latency.p99} ms (${(r.requests.total / r.duration).toFixed(0)}/s)`;
console.log(
  `hatang serve benchmark: ${summary.provinces[0].slug}, ${summary.totals.agencies} agencies, ${systems} systems, ${summary.totals.documents} documents`,
);
console.log(
  `  exposition: ${before.series} series, ${(before.bytes / 1024).toFixed(0)} KiB per scrape (${parsed.openmetrics ? 'OpenMetrics' : 'Prometheus text'} measured)`,
);
console.log(`  start-up (load + checks + first render): ${startSeconds.toFixed(1)} s`);
console.log(`  scrapes: ${done} of ${scrapes} in ${seconds.toFixed(1)} s over ${connections} connections, ${bad} failed`);
console.log(`  throughput: ${(done / seconds).toFixed(0)} scrapes/s, ${((done * before.bytes) / seconds / 2 ** 20).toFixed(0)} MiB/s`);
console.log(`  latency p50/p99 by quarter: ${parts.map(fmt).join('; ')}`);
let count = 0;
console.log(
  `  memory (RSS / heap used): after warm-up ${mib(before.rssMiB)} / ${mib(before.heapUsedMiB)}; ` +
    mids.map((m, i) => `after ${(count += parts[i].requests.total)} ${mib(m.rssMiB)} / ${mib(m.heapUsedMiB)}`).join('; '),
);
console.log(
  JSON.stringify({
    scrapes: done,
    seconds: +seconds.toFixed(2),
    perSecond: +(done / seconds).toFixed(1),
    p50: parts.map((h) => h.latency.p50),
    p99: parts.map((h) => h.latency.p99),
    failed: bad,
    rssMiB: [before, ...mids].map((m) => +m.rssMiB.toFixed(1)),
    heapUsedMiB: [before, ...mids].map((m) => +m.heapUsedMiB.toFixed(1)),
  }),
);
process.exit(bad > 0 || done < scrapes ? 1 : 0);
