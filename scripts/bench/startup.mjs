#!/usr/bin/env node
// Benchmark: start-up time of the compiled command line against bare Node.js.
//
//   npm run bench:startup -- [--runs 20] [--warmup 2] [--json <file>] [--compare <dir>]
//
// Runs `--runs` fresh processes of each command, round-robin (one of each per round, so that a busy moment of
// the machine falls on every command alike), after `--warmup` unrecorded rounds that fill the file-system cache:
//   node -e 0                                      bare Node.js start-up, the floor
//   node --version                                 the node binary alone, without a JavaScript context
//   node bin/hatang.js --version                   the CLI's own start-up: parse the command line, print, exit
//   node bin/hatang.js validate inventory/quang-ngai   the bundled province, stdout to /dev/null
// With --compare <dir>, the two hatang commands of another build (a folder holding its bin/, dist/ and
// package.json, e.g. a copy taken before a change) run in the same rounds, on this checkout's inventory: on a busy
// machine only figures measured side by side compare. The wall time of a run is from spawn to the exit of the
// child. Prints median and p90 per command and the ratio of each median to bare Node's; --json also writes them.
// Needs `npm run build` first (dist/). Exit 1 when a hatang run exits with an error code (2 or more: invalid input
// or internal error), 2 on a bad command line or a missing build.
// Figures go to docs/performance.md ("Start-up"); nothing here is a test threshold.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROVINCE = join('inventory', 'quang-ngai');

/** The commands timed, in the order of a round; `compare` is the root of another build timed alongside, or undefined. */
function commands(compare) {
  const hatang = (dir, label) => [
    { name: `hatang --version${label}`, args: [join(dir, 'bin', 'hatang.js'), '--version'], hatang: true },
    { name: `hatang validate ${PROVINCE}${label}`, args: [join(dir, 'bin', 'hatang.js'), 'validate', PROVINCE], hatang: true },
  ];
  return [
    { name: 'node -e 0', args: ['-e', '0'], bare: true },
    { name: 'node --version', args: ['--version'] },
    ...(compare ? hatang(compare, ` (${compare})`) : []),
    ...hatang(REPO, ''),
  ];
}

function usage(message) {
  process.stderr.write(`startup.mjs: ${message}\nusage: node scripts/bench/startup.mjs [--runs 20] [--warmup 2] [--json <file>] [--compare <dir>]\n`);
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { runs: { type: 'string', default: '20' }, warmup: { type: 'string', default: '2' }, json: { type: 'string' }, compare: { type: 'string' } },
    }));
  } catch (error) {
    usage(error.message);
  }
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, not "${values.runs}"`);
  if (!Number.isInteger(warmup) || warmup < 0) usage(`--warmup must be a non-negative integer, not "${values.warmup}"`);
  if (!existsSync(join(REPO, 'dist', 'modules', 'cli', 'index.js'))) usage('no build found: run `npm run build` first');
  const compare = values.compare === undefined ? undefined : resolve(values.compare);
  if (compare && !existsSync(join(compare, 'bin', 'hatang.js'))) usage(`--compare ${values.compare}: no bin/hatang.js there`);
  return { runs, warmup, json: values.json, compare, commands: commands(compare) };
}

/** One fresh process; resolves to its wall time in milliseconds and its exit code. stdout goes nowhere. */
function time(command) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, command.args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => void (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code) => done({ ms: performance.now() - started, code, stderr }));
  });
}

/** The value at quantile q (0..1) of sorted numbers, nearest rank. */
function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The median of sorted numbers (the mean of the middle two for an even count). */
function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function measure({ runs, warmup, commands }) {
  const times = new Map(commands.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const command of commands) {
      const run = await time(command);
      // 0 clean, 1 failing findings: both are a normal run of hatang; 2 and 3 are not.
      if (command.hatang ? run.code > 1 : run.code !== 0) {
        process.stderr.write(`startup.mjs: \`${command.name}\` exited with ${run.code}\n${run.stderr}`);
        process.exit(1);
      }
      if (round >= warmup) times.get(command.name).push(run.ms);
    }
  }
  return times;
}

function summarize(times, commands) {
  const rows = commands.map((c) => {
    const sorted = [...times.get(c.name)].sort((a, b) => a - b);
    return { command: c.name, median: median(sorted), p90: quantile(sorted, 0.9), min: sorted[0], max: sorted.at(-1) };
  });
  const bare = rows.find((r, i) => commands[i].bare).median;
  return rows.map((r) => ({ ...r, ratio: r.median / bare }));
}

function print(rows, { runs, warmup }) {
  const ms = (v) => `${v.toFixed(0)} ms`;
  const head = ['command', 'median', 'p90', 'min', 'max', '× bare node'];
  const body = rows.map((r) => [r.command, ms(r.median), ms(r.p90), ms(r.min), ms(r.max), `${r.ratio.toFixed(2)}×`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  process.stdout.write(
    `Node.js ${process.version}, ${cpus().length} cores, ${runs} run${runs === 1 ? '' : 's'} per command (after ${warmup} warm-up round${warmup === 1 ? '' : 's'}), wall time\n\n`,
  );
  process.stdout.write(`${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of body) process.stdout.write(`${line(row)}\n`);
}

const options = readOptions();
const rows = summarize(await measure(options), options.commands);
print(rows, options);
if (options.json) {
  const round = (v) => Math.round(v * 10) / 10;
  const doc = {
    node: process.version,
    cores: cpus().length,
    runs: options.runs,
    warmup: options.warmup,
    compare: options.compare ?? null,
    commands: rows.map((r) => ({
      ...r,
      median: round(r.median),
      p90: round(r.p90),
      min: round(r.min),
      max: round(r.max),
      ratio: Math.round(r.ratio * 100) / 100,
    })),
  };
  writeFileSync(options.json, JSON.stringify(doc, null, 2) + '\n');
}
