#!/usr/bin/env node
// Benchmark: load + validate national synthetic inventories (34 province folders) with the hatang loader.
//
//   npm run bench -- [--sizes 10000,100000] [--runs 3] [--data bench-data] [--regenerate] [--json <file>]
//
// For each size (total agencies) it
//   1. generates bench-data/national-<size> with scripts/gen-inventory.mjs, or reuses it when its gen-summary.json
//      matches the parameters and the generator's current sha256;
//   2. runs `--runs` fresh child processes, each calling loadInventory() (dist/modules/model/index.js) on every
//      province folder in turn; a child reports wall time of load+validate, its peak RSS and the diagnostics;
//   3. times `node bin/hatang.js validate <largest province> --format json` once (end to end, fresh process).
// Prints a table: median load+validate time, peak RSS, and whether every province loaded without an error
// diagnostic. Exit 1 when any province has an error diagnostic (the first few are printed) or the loader's counts
// differ from the generator's; exit 2 for a bad command line or a missing build.
// Progress lines appear only on an interactive terminal (not when CI=true or stdout is redirected).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATOR = join(REPO, 'scripts', 'gen-inventory.mjs');
const LOADER = join(REPO, 'dist', 'modules', 'model', 'index.js');
const CLI_BIN = join(REPO, 'bin', 'hatang.js');
const CLI_BUILT = join(REPO, 'dist', 'modules', 'cli', 'index.js');
const FIXED = { provinces: 34, communes: 3321, systemsPerProvince: 12 };
const MAX_ERRORS_SHOWN = 5;

// ---------------------------------------------------------------------------------------------------------------
// Child mode: load every province folder of one national inventory, print one JSON line, exit.

if (process.argv[2] === '--child') {
  const root = process.argv[3];
  const summary = JSON.parse(readFileSync(join(root, 'gen-summary.json'), 'utf8'));
  const t0 = performance.now();
  const { loadInventory, formatDiagnostic } = await import(pathToFileURL(LOADER).href);
  const t1 = performance.now();
  const out = {
    importSeconds: (t1 - t0) / 1000,
    provinces: 0,
    loaded: 0,
    agencies: 0,
    documents: 0,
    files: 0,
    errors: 0,
    warnings: 0,
    firstErrors: [],
    perProvince: [],
  };
  for (const p of summary.provinces) {
    const started = performance.now();
    const result = await loadInventory(join(root, p.slug));
    const seconds = (performance.now() - started) / 1000;
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    out.provinces++;
    out.errors += errors.length;
    out.warnings += result.diagnostics.length - errors.length;
    for (const d of errors.slice(0, MAX_ERRORS_SHOWN - out.firstErrors.length)) out.firstErrors.push(formatDiagnostic(d, 'en'));
    const m = result.model;
    const row = { slug: p.slug, seconds, errors: errors.length, agencies: null, documents: null, files: null };
    if (m) {
      out.loaded++;
      row.agencies = m.agencies.length;
      row.documents =
        1 + m.sites.length + m.zones.length + m.flows.length + m.devices.length + m.clusters.length + m.systems.length + m.agencies.length + m.waivers.length;
      row.files = m.files.length;
      out.agencies += row.agencies;
      out.documents += row.documents;
      out.files += row.files;
    } else if (errors.length === 0) {
      if (out.firstErrors.length < MAX_ERRORS_SHOWN) out.firstErrors.push(`${p.slug}: no model and no error diagnostic`);
      out.errors++;
    }
    out.perProvince.push(row);
    // `result` goes out of scope here: the run keeps one province in memory at a time.
  }
  out.seconds = (performance.now() - t1) / 1000;
  out.maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// Parent mode

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('Usage: node scripts/bench/load-validate.mjs [--sizes 10000,100000] [--runs 3] [--data bench-data] [--regenerate] [--json <file>]');
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      runs: { type: 'string', default: '3' },
      data: { type: 'string', default: 'bench-data' },
      regenerate: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  usage(error.message);
}
if (options.help) usage();
const sizes = options.sizes
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map(Number);
if (sizes.length === 0 || sizes.some((n) => !Number.isSafeInteger(n) || n < 1))
  usage(`--sizes must be a comma-separated list of agency counts; got "${options.sizes}"`);
const runs = Number(options.runs);
if (!Number.isSafeInteger(runs) || runs < 1 || runs > 99) usage(`--runs must be an integer from 1 to 99; got "${options.runs}"`);
const dataDir = resolve(options.data);

const interactive = Boolean(process.stdout.isTTY) && !/^(1|true)$/i.test(process.env.CI ?? '');
const progress = (line) => {
  if (interactive) process.stdout.write(`… ${line}\n`);
};

if (!existsSync(LOADER)) {
  console.error(`bench: the loader is not built (${relative(REPO, LOADER)} is missing); run \`npm run build\` first.`);
  process.exit(2);
}

const labelOf = (n) => (n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function readSummary(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'gen-summary.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function summaryMatches(summary, dir, agencies, generatorSha256) {
  if (!summary) return false;
  const p = summary.parameters ?? {};
  return (
    p.agencies === agencies &&
    p.provinces === FIXED.provinces &&
    p.communes === FIXED.communes &&
    p.systemsPerProvince === FIXED.systemsPerProvince &&
    summary.generatorSha256 === generatorSha256 &&
    Array.isArray(summary.provinces) &&
    summary.provinces.every((q) => existsSync(join(dir, q.slug)))
  );
}

/** Runs a command; resolves with wall seconds, exit code, stdout, stderr and fd 3 (if opened). */
function run(command, args, { fd3 = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe', ...(fd3 ? ['pipe'] : [])] });
    const chunks = { out: [], err: [], fd3: [] };
    child.stdout.on('data', (c) => chunks.out.push(c));
    child.stderr.on('data', (c) => chunks.err.push(c));
    if (fd3) child.stdio[3].on('data', (c) => chunks.fd3.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolvePromise({
        seconds: (performance.now() - started) / 1000,
        code,
        signal,
        stdout: Buffer.concat(chunks.out).toString('utf8'),
        stderr: Buffer.concat(chunks.err).toString('utf8'),
        fd3: Buffer.concat(chunks.fd3).toString('utf8'),
      }),
    );
  });
}

function ensureData(agencies, generatorSha256) {
  const dir = join(dataDir, `national-${labelOf(agencies)}`);
  if (!options.regenerate && summaryMatches(readSummary(dir), dir, agencies, generatorSha256)) {
    progress(`${labelOf(agencies)}: reusing ${relative(process.cwd(), dir)}`);
    return { dir, summary: readSummary(dir), generatedSeconds: null };
  }
  progress(`${labelOf(agencies)}: generating ${relative(process.cwd(), dir)}`);
  const zx = join(dirname(createRequire(import.meta.url).resolve('zx/package.json')), 'build', 'cli.js');
  const args = [
    zx,
    GENERATOR,
    '--agencies',
    String(agencies),
    '--out',
    dir,
    '--provinces',
    String(FIXED.provinces),
    '--communes',
    String(FIXED.communes),
    '--systems-per-province',
    String(FIXED.systemsPerProvince),
  ];
  const started = performance.now();
  const gen = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  const summary = readSummary(dir);
  if (gen.status !== 0 || !summaryMatches(summary, dir, agencies, generatorSha256)) {
    console.error(`bench: generating ${dir} failed (exit ${gen.status ?? gen.signal}):\n${gen.stderr || gen.stdout}`);
    process.exit(1);
  }
  progress(gen.stdout.trim());
  return { dir, summary, generatedSeconds: seconds };
}

// The CLI reports its own peak RSS through fd 3 from this preload, so its figure is as per-process as the loader's.
const PRELOAD = join(dataDir, '.bench-rss-preload.cjs');
function writePreload() {
  mkdirSync(dataDir, { recursive: true });
  const code =
    "process.on('exit', () => { try { require('node:fs').writeSync(3, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\\n'); } catch {} });\n";
  const tmp = `${PRELOAD}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, PRELOAD);
}

async function timeCli(dir, summary) {
  const largest = [...summary.provinces].sort((a, b) => b.bytes - a.bytes || (a.slug < b.slug ? -1 : 1))[0];
  const target = join(dir, largest.slug);
  if (!existsSync(CLI_BIN) || !existsSync(CLI_BUILT)) {
    return { available: false, note: `CLI not available (${!existsSync(CLI_BIN) ? relative(REPO, CLI_BIN) : relative(REPO, CLI_BUILT)} missing); skipped` };
  }
  progress(`CLI: hatang validate ${relative(REPO, target)} --format json`);
  const r = await run(process.execPath, ['--require', PRELOAD, CLI_BIN, 'validate', relative(REPO, target), '--format', 'json'], { fd3: true });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  let maxRssKiB = null;
  try {
    maxRssKiB = JSON.parse(r.fd3.trim().split('\n').pop()).maxRssKiB;
  } catch {
    // the CLI exited without running exit handlers
  }
  return {
    available: true,
    province: largest.slug,
    seconds: r.seconds,
    exitCode: r.code,
    signal: r.signal,
    maxRssKiB,
    valid: report?.valid ?? null,
    errors: report?.summary?.errors ?? null,
    agencies: report?.summary?.counts?.agencies ?? null,
    firstErrors: (report?.diagnostics ?? [])
      .filter((d) => d.severity === 'error')
      .slice(0, MAX_ERRORS_SHOWN)
      .map((d) => `${d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : ''}[${d.code}] ${d.message?.en}`),
    stderr: r.stderr.trim().split('\n').slice(0, 5).join('\n'),
  };
}

const generatorSha256 = sha256(GENERATOR);
writePreload();
const results = [];
const failures = [];
for (const size of sizes) {
  const { dir, summary, generatedSeconds } = ensureData(size, generatorSha256);
  const measurements = [];
  for (let i = 0; i < runs; i++) {
    progress(`${labelOf(size)}: load+validate run ${i + 1}/${runs} (34 provinces, fresh process)`);
    const shown = relative(REPO, dir).startsWith('..') ? dir : relative(REPO, dir); // shorter paths in diagnostics
    const r = await run(process.execPath, [fileURLToPath(import.meta.url), '--child', shown]);
    let m;
    try {
      m = JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      console.error(`bench: the loader child for ${labelOf(size)} failed (exit ${r.code ?? r.signal}):\n${r.stderr.trim() || r.stdout.trim()}`);
      process.exit(1);
    }
    measurements.push(m);
    progress(`${labelOf(size)}: ${m.seconds.toFixed(2)} s, ${(m.maxRssKiB / 1024).toFixed(0)} MiB peak RSS, ${m.errors} error diagnostics`);
  }
  const first = measurements[0];
  const clean = measurements.every((m) => m.errors === 0 && m.loaded === m.provinces);
  if (!clean) {
    const m = measurements.find((x) => x.errors > 0 || x.loaded !== x.provinces);
    failures.push(
      `${labelOf(size)}: ${m.errors} error diagnostic(s) in ${m.provinces - m.loaded} of ${m.provinces} provinces; first:\n  ${m.firstErrors.join('\n  ')}`,
    );
  } else {
    const t = summary.totals;
    if (first.agencies !== t.agencies || first.documents !== t.documents || first.files !== t.files) {
      failures.push(
        `${labelOf(size)}: the loader found ${first.agencies} agencies, ${first.documents} documents, ${first.files} files; ` +
          `the generator wrote ${t.agencies}, ${t.documents}, ${t.files}`,
      );
    }
  }
  const cli = await timeCli(dir, summary);
  if (cli.available && (cli.exitCode === null || cli.exitCode >= 2)) {
    failures.push(
      `${labelOf(size)}: \`hatang validate ${cli.province}\` exited ${cli.exitCode ?? cli.signal}` +
        `${cli.firstErrors.length ? `; first:\n  ${cli.firstErrors.join('\n  ')}` : cli.stderr ? `:\n  ${cli.stderr}` : ''}`,
    );
  }
  results.push({
    size,
    data: relative(REPO, dir),
    generatedSeconds,
    provinces: summary.totals.provinces,
    agencies: clean ? first.agencies : summary.totals.agencies,
    documents: clean ? first.documents : summary.totals.documents,
    files: clean ? first.files : summary.totals.files,
    bytes: summary.totals.bytes,
    runs: measurements.map((m) => ({ seconds: m.seconds, importSeconds: m.importSeconds, maxRssKiB: m.maxRssKiB, errors: m.errors, warnings: m.warnings })),
    medianSeconds: median(measurements.map((m) => m.seconds)),
    peakRssMiB: Math.max(...measurements.map((m) => m.maxRssKiB)) / 1024,
    slowestProvince: [...first.perProvince].sort((a, b) => b.seconds - a.seconds)[0],
    allValid: clean,
    cli,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmtInt = (n) => (n === null || n === undefined ? '–' : n.toLocaleString('en-US'));
const header = [
  'size',
  'provinces',
  'agencies',
  'documents',
  'files',
  'MB',
  `load+validate s (median of ${runs})`,
  'peak RSS MiB',
  'all valid',
  'CLI largest province',
];
const rows = results.map((r) => [
  labelOf(r.size),
  fmtInt(r.provinces),
  fmtInt(r.agencies),
  fmtInt(r.documents),
  fmtInt(r.files),
  (r.bytes / 1e6).toFixed(1),
  `${r.medianSeconds.toFixed(2)} (${r.runs.map((x) => x.seconds.toFixed(2)).join(' / ')})`,
  r.peakRssMiB.toFixed(0),
  r.allValid ? 'yes' : 'NO',
  r.cli.available
    ? `${r.cli.province}: ${r.cli.seconds.toFixed(2)} s, ${r.cli.maxRssKiB ? (r.cli.maxRssKiB / 1024).toFixed(0) : '?'} MiB, exit ${r.cli.exitCode ?? r.cli.signal}`
    : 'n/a',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 0 || i === cells.length - 1 || i === cells.length - 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
for (const r of results) {
  if (r.generatedSeconds !== null) console.log(`${labelOf(r.size)}: generated ${r.data} in ${r.generatedSeconds.toFixed(2)} s`);
  if (!r.cli.available) console.log(`${labelOf(r.size)}: ${r.cli.note}`);
}
const importSeconds = median(results.flatMap((r) => r.runs.map((x) => x.importSeconds)));
console.log(
  `node ${process.version}; load+validate = wall time of loadInventory() over every province folder in one fresh process ` +
    `(importing the loader, ${importSeconds.toFixed(2)} s, not included); peak RSS = largest process.resourceUsage().maxRSS of the runs.`,
);

if (options.json) {
  const file = resolve(options.json);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ node: process.version, runs, results }, null, 2) + '\n');
  renameSync(tmp, file);
}

if (failures.length > 0) {
  console.error(`\nbench: FAILED\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
