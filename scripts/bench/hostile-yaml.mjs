#!/usr/bin/env node
// Benchmark: the cost of one large inventory file, valid or with an error in every document that must be located.
//
//   npm run bench:hostile -- [--sizes 1,8,32,64] [--kinds valid,errors,flow-list] [--timeout 600] [--compare <dir>]
//                            [--keep] [--json <file>]
//
// For each size (MiB) and kind it writes, in a temporary folder, one inventory file (inventory.yaml) of about that
// size, deterministic (no clock, no randomness):
//   valid      a Province with an agencies pool, a Site and a Zone, then Agency documents (each with its own /29 of
//              10.0.0.0/8) and Flow documents, alternately: the loader reads them all and every baseline and
//              address-plan finding is located;
//   errors     the same around documents that each hold one error the loader must locate: an unknown field, a bad
//              prefix (both found by the schema), or a dangling reference (found by the resolver), in turn;
//   flow-list  (not in the default kinds) one Flow document whose `ports` is a single flow sequence `[...]` filling
//              the file, every fourth port malformed;
//   dense-list (not in the default kinds) the same with every port malformed and one character long (`[x, x, …]`):
//              the most errors one document of that size can hold. Both are one document: a file longer than the
//              loader's limit for a document (DEFAULT_PARSE_LIMITS.maxDocumentChars, 256 KiB) is refused unread;
//   flow-lists, dense-lists  (not in the default kinds) the same lists cut into Flow documents of just under 256 KiB
//              each, filling the file: what the loader reads, at the most errors a file of that size can hold.
// It then runs `node bin/hatang.js validate <folder> --format json` in a fresh child process per file (stdout to a
// file in the temporary folder, read back to count the errors), under `/usr/bin/time -f '%e %M'` when present (wall
// seconds, peak resident set in KiB), else through a wrapper process that reads the child's resource usage.
// Prints wall time, peak RSS, both per MiB of input, the errors reported against those planted (the report lists at
// most 1,000 schema errors per document and 20,000 diagnostics in all, plus one counting the rest), and whether the
// run meets the target: peak RSS at most 200 MiB + 4 × the file size, and wall time under 15 s (the bound set for a
// 64 MiB file, applied to every size). A file larger than the loader's limit (DEFAULT_LIMITS.maxFileBytes, 2 MiB) is
// refused with one located `file-too-large` error: such rows say "refused". --compare <dir> also runs another build
// (a folder with its bin/, dist/ and package.json, e.g. a copy taken before a change, or one built with a larger
// limit to measure the parser beyond it) on the same files, one after the other. A run that exceeds --timeout seconds
// is stopped and reported as such; one that exits 3 or more (a crash) misses the target. Needs `npm run build` first.
// Exit 0 when every run of this checkout's build meets the target, 1 otherwise, 2 on a bad command line or a
// missing build. Figures go to docs/performance.md ("Hostile input: locating errors"); nothing here is a test.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MIB = 1024 * 1024;
const TIME = '/usr/bin/time';
const TARGET = { baseMiB: 200, perFileSize: 4, seconds: 15 };
const KINDS = ['valid', 'errors', 'flow-list', 'dense-list', 'flow-lists', 'dense-lists'];
/** Characters of each document of the flow-lists and dense-lists kinds: just under the loader's 256 KiB a document. */
const LIST_DOCUMENT = Number(process.env.LIST_DOC ?? 255 * 1024);

// ---------------------------------------------------------------------------------------------------------------
// Command line

function usage(message) {
  process.stderr.write(
    `hostile-yaml.mjs: ${message}\nusage: node scripts/bench/hostile-yaml.mjs [--sizes 1,8,32,64] [--kinds valid,errors] [--timeout 600] [--compare <dir>] [--keep] [--json <file>]\n`,
  );
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '1,8,32,64' },
        kinds: { type: 'string', default: 'valid,errors' },
        timeout: { type: 'string', default: '600' },
        compare: { type: 'string' },
        keep: { type: 'boolean', default: false },
        json: { type: 'string' },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((s) => !(s > 0 && s <= 1024))) usage(`--sizes must be sizes in MiB (0 < size ≤ 1024), not "${values.sizes}"`);
  const kinds = values.kinds.split(',');
  for (const k of kinds) if (!KINDS.includes(k)) usage(`unknown kind "${k}" (one of ${KINDS.join(', ')})`);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) usage(`--timeout must be a positive number of seconds, not "${values.timeout}"`);
  if (!existsSync(join(REPO, 'dist', 'modules', 'cli', 'index.js'))) usage('no build found: run `npm run build` first');
  const compare = values.compare === undefined ? undefined : resolve(values.compare);
  if (compare && !existsSync(join(compare, 'bin', 'hatang.js'))) usage(`--compare ${values.compare}: no bin/hatang.js there`);
  const builds = [...(compare ? [{ label: compare, dir: compare }] : []), { label: 'this checkout', dir: REPO }];
  return { sizes, kinds, timeout, builds, keep: values.keep, json: values.json };
}

// ---------------------------------------------------------------------------------------------------------------
// Inventory files

const HEAD = `# Generated by scripts/bench/hostile-yaml.mjs: synthetic data, do not edit.
apiVersion: hatang.vn/v1
kind: Province
metadata:
  name: thu-nghiem
spec:
  code: "51"
  name: Tỉnh Thử Nghiệm
  tiers: 2
  addressPools:
    - name: agencies-v4
      family: ipv4
      prefix: 10.0.0.0/8
      purpose: agencies
      routingDomain: tslcd
      source: rfc1918
---
apiVersion: hatang.vn/v1
kind: Site
metadata:
  name: dc-chinh
spec:
  name: Trung tâm dữ liệu tỉnh
  role: primary
---
apiVersion: hatang.vn/v1
kind: Zone
metadata:
  name: dc-app
spec:
  site: dc-chinh
  kind: internal-servers
  vlan: 120
  ipv4: 192.168.20.0/24
`;

/** The i-th /29 of 10.0.0.0/8, with its last octet changed to `last` when given (host bits set). */
function prefix29(i, last) {
  const n = i * 8;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${last ?? n & 255}/29`;
}

const agency = (i, { extra = '', ipv4 = prefix29(i), site = 'dc-chinh' } = {}) => `---
apiVersion: hatang.vn/v1
kind: Agency
metadata:
  name: don-vi-${i}
spec:
  name: Đơn vị trực thuộc số ${i}
  kind: other
  code: "51-${i}"
  site: ${site}
  ipv4: { prefix: ${ipv4}, pool: agencies-v4 }
  hosts: 5${extra}
`;

const flow = (i, { to = 'dc-app' } = {}) => `---
apiVersion: hatang.vn/v1
kind: Flow
metadata:
  name: luong-${i}
spec:
  from: { external: tslcd }
  to: { zone: ${to} }
  ports: [tcp/443, tcp/8443]
  purpose: Đơn vị số ${i} truy cập ứng dụng
`;

/** The i-th document of a file of `kind`, and how many errors it plants. */
function documentOf(kind, i) {
  if (kind === 'valid') return [i % 2 === 0 ? agency(i) : flow(i), 0];
  switch (i % 4) {
    case 0:
      return [agency(i, { extra: `\n  color: xanh-${i}` }), 1]; // unknown field
    case 1:
      return [agency(i, { ipv4: prefix29(i, 300) }), 1]; // bad prefix
    case 2:
      return [agency(i, { site: `khong-co-${i}` }), 1]; // dangling reference
    default:
      return [flow(i, { to: `vung-${i}` }), 1]; // dangling reference
  }
}

/** One file of `kind` of at most `bytes` (and within a document of it): its text, and the errors and documents in it. */
export function inventoryText(kind, bytes) {
  if (kind === 'flow-list' || kind === 'dense-list') return flowList(bytes, kind === 'dense-list');
  if (kind === 'flow-lists' || kind === 'dense-lists') return flowLists(bytes, kind === 'dense-lists');
  const parts = [HEAD];
  let length = Buffer.byteLength(HEAD);
  let planted = 0;
  for (let i = 0; ; i++) {
    const [doc, errors] = documentOf(kind, i);
    length += Buffer.byteLength(doc);
    if (length > bytes) break;
    parts.push(doc);
    planted += errors;
  }
  return { text: parts.join(''), planted, documents: parts.length + 2 };
}

/** Flow documents of at most LIST_DOCUMENT characters each, filling `bytes`. */
function flowLists(bytes, dense) {
  const parts = [HEAD];
  let length = Buffer.byteLength(HEAD);
  let planted = 0;
  let documents = 2;
  for (let n = 0; ; n++) {
    const doc = flowList(Math.min(LIST_DOCUMENT, bytes - length), dense, { head: '', name: `danh-sach-dai-${n}` });
    if (doc.planted === 0) break;
    parts.push(doc.text);
    length += Buffer.byteLength(doc.text);
    planted += doc.planted;
    documents++;
  }
  return { text: parts.join(''), planted, documents };
}

function flowList(bytes, dense, { head: before = HEAD, name = 'danh-sach-dai' } = {}) {
  const head = `${before}---
apiVersion: hatang.vn/v1
kind: Flow
metadata:
  name: ${name}
spec:
  from: { external: tslcd }
  to: { zone: dc-app }
  purpose: Một danh sách cổng rất dài
  ports: [`;
  const parts = [head];
  let length = Buffer.byteLength(head) + 2; // and the closing "]\n"
  let planted = 0;
  for (let i = 0; ; i++) {
    const bad = dense || i % 4 === 3;
    const port = dense ? 'x' : bad ? `tcp/x${i}` : `tcp/${1 + (i % 65535)}`;
    const item = `${i === 0 ? '' : ', '}${!dense && i % 8 === 7 ? '\n    ' : ''}${port}`;
    length += item.length;
    if (length > bytes) break;
    parts.push(item);
    if (bad) planted++;
  }
  parts.push(']\n');
  return { text: parts.join(''), planted, documents: 4 };
}

// ---------------------------------------------------------------------------------------------------------------
// Runs

/** One fresh `hatang validate --format json` of `folder`; resolves to wall seconds, peak RSS (KiB) and the exit code. */
function run(build, folder, work, timeoutSeconds) {
  const measured = join(work, 'time.txt');
  const stdout = join(work, 'stdout.json');
  rmSync(measured, { force: true });
  const command = [process.execPath, join(build.dir, 'bin', 'hatang.js'), 'validate', folder, '--format', 'json'];
  const args = existsSync(TIME)
    ? [TIME, ['-f', '%e %M', '-o', measured, ...command]]
    : [process.execPath, [fileURLToPath(import.meta.url), '--wrap', measured, ...command]];
  return new Promise((done, fail) => {
    const out = openSync(stdout, 'w');
    const child = spawn(args[0], args[1], { cwd: REPO, stdio: ['ignore', out, 'pipe'], detached: true });
    closeSync(out);
    let stderr = '';
    child.stderr.on('data', (chunk) => void (stderr = (stderr + chunk).slice(0, 4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL'); // the wrapper and the hatang process under it
    }, timeoutSeconds * 1000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return done({ timedOut: true });
      const [seconds, kib] = readFileSync(measured, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      done({ seconds, rssMiB: kib / 1024, code, ...reportOf(stdout), ...(stderr ? { stderr } : {}) });
    });
  });
}

/**
 * The error count of the report's summary, and whether the file was refused for its size, from the report's start
 * (the whole report can exceed a string's length).
 */
function reportOf(stdout) {
  const fd = openSync(stdout, 'r');
  const head = Buffer.alloc(256 * 1024);
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, length).toString('utf8');
  const match = /"summary": \{\s*"errors": (\d+)/.exec(text);
  return { errors: match ? Number(match[1]) : undefined, refused: /"code": "file-too-large"/.test(text) };
}

const fmt = (n, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));

async function bench() {
  const options = readOptions();
  const root = mkdtempSync(join(tmpdir(), 'hatang-hostile-'));
  const rows = [];
  let missed = false;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  process.stdout.write(`files in ${root}; ${cpus().length} cores, load average ${load()}\n`);
  process.stdout.write('| kind | size | documents | planted | build | wall | peak RSS | s/MiB | RSS/size | errors | exit | target |\n');
  process.stdout.write('|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|\n');
  for (const size of options.sizes) {
    for (const kind of options.kinds) {
      const folder = join(root, `${kind}-${size}`);
      mkdirSync(folder, { recursive: true });
      const { text, planted, documents } = inventoryText(kind, size * MIB);
      writeFileSync(join(folder, 'inventory.yaml'), text);
      const fileMiB = Buffer.byteLength(text) / MIB;
      for (const build of options.builds) {
        const r = await run(build, folder, root, options.timeout);
        const limit = TARGET.baseMiB + TARGET.perFileSize * fileMiB;
        // A crash (exit 3 or more) misses the target whatever it cost; a file refused for its size meets it.
        const meets = !r.timedOut && r.code < 3 && r.rssMiB <= limit && r.seconds < TARGET.seconds;
        if (build.dir === REPO && !meets) missed = true;
        const row = { kind, sizeMiB: fileMiB, documents, planted, build: build.label, ...r, rssLimitMiB: limit, meets };
        rows.push(row);
        const cells = r.timedOut
          ? [`> ${options.timeout} s`, '–', '–', '–', '–', 'killed']
          : [
              `${fmt(r.seconds, 2)} s`,
              `${fmt(r.rssMiB, 0)} MiB`,
              fmt(r.seconds / fileMiB, 2),
              fmt(r.rssMiB / fileMiB, 1),
              String(r.errors ?? '–'),
              String(r.code),
            ];
        const verdict = r.refused
          ? 'refused (file-too-large)'
          : meets
            ? 'met'
            : r.code >= 3
              ? 'not met (crashed)'
              : `not met (≤ ${fmt(limit, 0)} MiB, < ${TARGET.seconds} s)`;
        process.stdout.write(`| ${kind} | ${fmt(fileMiB, 1)} MiB | ${documents} | ${planted} | ${build.label} | ${cells.join(' | ')} | ${verdict} |\n`);
      }
      if (!options.keep) rmSync(folder, { recursive: true, force: true });
    }
  }
  process.stdout.write(`load average at the end ${load()}\n`);
  if (options.json) writeFileSync(options.json, JSON.stringify(rows, null, 2) + '\n');
  if (options.keep) process.stdout.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
  process.exitCode = missed ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Wrapper mode (no /usr/bin/time): run the command, then print "<wall seconds> <peak RSS KiB>" to the file given.

function wrap() {
  const [out, ...command] = process.argv.slice(3);
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    // The peak RSS of the waited-for children, in KiB (Linux reports ru_maxrss in KiB).
    const { maxRSS } = process.resourceUsage();
    writeFileSync(out, `${((performance.now() - started) / 1000).toFixed(2)} ${maxRSS}\n`);
    process.exitCode = signal ? 1 : (code ?? 1);
  });
}

// Only when run as a script: tests import inventoryText() to write the same files.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--wrap') wrap();
  else await bench();
}
