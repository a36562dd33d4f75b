#!/usr/bin/env node
// Benchmark: the firewall packet proof (`hatang firewall --prove`) against the same laboratory with an accept-all ruleset.
//
//   npm run bench:firewall -- [--runs 1] [--zones 50] [--flows 1000] [--only bundled|generated] [--json <file>]
//
// Needs root (CAP_NET_ADMIN), `ip`, `nft` and `ping`, and `npm run build` first (dist/). Measures, with the compiled
// prove() of modules/firewall/prove.ts:
//   bundled    every site of the bundled provinces: inventory/quang-ngai qn-dc and kt-dr, inventory/lang-son ls-thdl
//              and ls-dr, from the committed address lock;
//   generated  the Quảng Ngãi model with the zones of kt-dr replaced, in memory, by `--zones` zones of generated
//              prefixes (10.200.<i>.0/24, 2001:db8:5200:<i>::/64), one firewall whose boundaries hold them all, and
//              `--flows` generated zone-to-zone flows (distinct ordered pairs, tcp/udp ports and ranges, seeded).
// For each site, the proof with the generated ruleset and, as the peer in the same round, the same laboratory and
// probes with the ruleset replaced (the `mutate` option) by a table whose forward chain accepts everything: the ratio
// is what the generated policy and its checking cost over building the laboratory and sending the packets. Both
// include planning the policy and the probes. Rounds alternate real and accept-all runs, so a busy moment falls on
// both. Prints per site the namespaces, rules (a flow crossing two firewalls counts on each), probes (declared +
// undeclared), median seconds of each run and the ratio; the load average before and after; --json also writes them.
// Exit 1 when the real proof finds a mismatch, when the accept-all run's mismatches are not exactly the undeclared
// probes (some packet does not cross the laboratory at all), or when a namespace of a run is left behind; 2 on a bad
// command line, a missing build or a machine that cannot build the laboratory; 3 on an internal error.
// Figures go to docs/performance.md ("Firewall packet proof"); nothing here is a test threshold.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(REPO, 'dist', 'modules');
const TODAY = '2026-01-01';
const BUNDLED = [
  ['inventory/quang-ngai', 'qn-dc'],
  ['inventory/quang-ngai', 'kt-dr'],
  ['inventory/lang-son', 'ls-thdl'],
  ['inventory/lang-son', 'ls-dr'],
];
/** The site whose zones the generated case replaces, in the Quảng Ngãi model. */
const GENERATED_SITE = 'kt-dr';

function usage(message) {
  process.stderr.write(
    `firewall-prove.mjs: ${message}\nusage: node scripts/bench/firewall-prove.mjs [--runs 1] [--zones 50] [--flows 1000] [--only bundled|generated] [--json <file>]\n`,
  );
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        runs: { type: 'string', default: '1' },
        zones: { type: 'string', default: '50' },
        flows: { type: 'string', default: '1000' },
        only: { type: 'string' },
        json: { type: 'string' },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  const runs = Number(values.runs);
  const zones = Number(values.zones);
  const flows = Number(values.flows);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, not "${values.runs}"`);
  if (!Number.isInteger(zones) || zones < 2 || zones > 250) usage(`--zones must be an integer from 2 to 250, not "${values.zones}"`);
  if (!Number.isInteger(flows) || flows < 1 || flows > zones * (zones - 1))
    usage(`--flows must be an integer from 1 to zones × (zones − 1), not "${values.flows}"`);
  if (values.only !== undefined && !['bundled', 'generated'].includes(values.only)) usage(`--only must be bundled or generated, not "${values.only}"`);
  if (!existsSync(join(DIST, 'firewall', 'prove.js'))) usage('no build found: run `npm run build` first');
  return { runs, zones, flows, only: values.only, json: values.json };
}

const options = readOptions();
const load = (file) => import(pathToFileURL(join(DIST, file)).href);
const { openInventory, isValid, evaluate, select } = await load('evaluation/index.js');
const { prove, labUnavailable } = await load('firewall/prove.js');
const { namespacesWithPrefix } = await load('firewall/netns.js');
const { tableName } = await load('firewall/index.js');

/** Model and address plan of a bundled inventory, as `hatang firewall` evaluates it (committed lock). */
async function evaluated(dir) {
  const opened = await openInventory(join(REPO, dir));
  if (!isValid(opened)) throw new Error(`${dir} is not valid: ${opened.diagnostics.map((d) => d.message.en).join('; ')}`);
  const evaluation = evaluate(opened, select({}, { inventoryAsOf: opened.model.province.asOf, today: TODAY }));
  return { model: evaluation.model, plan: evaluation.plan };
}

/** Seeded generator (mulberry32): the same arguments give the same site. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TCP = [22, 80, 443, 1433, 3306, 5432, 6443, 8080, 8443, 9200];
const UDP = [53, 123, 161, 514, 1812];
const KINDS = ['internal-servers', 'internal-servers', 'dmz', 'database', 'storage', 'backup', 'management', 'user'];

/** One to three port entries of a generated flow: mostly single tcp ports, some udp, some ranges. */
function portsOf(next) {
  const out = [];
  const count = 1 + Math.floor(next() * next() * 3);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.6) out.push({ protocol: 'tcp', from: TCP[Math.floor(next() * TCP.length)] });
    else if (r < 0.85) out.push({ protocol: 'udp', from: UDP[Math.floor(next() * UDP.length)] });
    else {
      const from = 30000 + Math.floor(next() * 100) * 10;
      out.push({ protocol: next() < 0.5 ? 'tcp' : 'udp', from, to: from + 9 });
    }
  }
  const seen = new Set();
  return out.filter((p) => !seen.has(`${p.protocol}/${p.from}`) && seen.add(`${p.protocol}/${p.from}`));
}

/** The generated zones, their plan allocations and the zone-to-zone flows, at `site`. */
function generatedParts(site, zoneCount, flowCount, source) {
  const next = random(0x5eed0000 + zoneCount * 7919 + flowCount);
  const zones = [];
  const allocations = [];
  for (let i = 0; i < zoneCount; i++) {
    const name = `${site}-g${String(i).padStart(3, '0')}`;
    const prefixes = { ipv4: `10.200.${i}.0/24`, ipv6: `2001:db8:5200:${i.toString(16)}::/64` };
    zones.push({
      kind: 'Zone',
      name,
      site,
      zoneKind: KINDS[i % KINDS.length],
      labels: {},
      source,
      ipv4: { prefix: prefixes.ipv4 },
      ipv6: { prefix: prefixes.ipv6 },
    });
    for (const family of ['ipv4', 'ipv6'])
      allocations.push({
        key: `zones/${name}/${family}`,
        target: `zones/${name}`,
        kind: 'Zone',
        name,
        role: 'network',
        family,
        prefix: prefixes[family],
        site,
      });
  }
  const pairs = [];
  for (const a of zones) for (const b of zones) if (a !== b) pairs.push([a.name, b.name]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const flows = pairs.slice(0, flowCount).map(([from, to], i) => ({
    kind: 'Flow',
    name: `gen-flow-${String(i).padStart(4, '0')}`,
    labels: {},
    source,
    from: { type: 'zone', zone: from },
    to: { type: 'zone', zone: to },
    ports: portsOf(next),
    purpose: 'generated for the benchmark',
  }));
  return { zones, allocations, flows };
}

/** The Quảng Ngãi model with the zones, firewalls and flows of one site replaced by generated ones. */
function generatedInput(base, zoneCount, flowCount) {
  const site = GENERATED_SITE;
  const { model, plan } = base;
  const removed = new Set(model.zones.filter((z) => z.site === site).map((z) => z.name));
  const firewall = model.devices.find((d) => d.site === site && d.deviceKind === 'firewall');
  const parts = generatedParts(site, zoneCount, flowCount, firewall.source);
  const atSite = (end) => (end.type === 'zone' && removed.has(end.zone)) || (end.type === 'site' && end.site === site);
  const device = { ...firewall, name: `${site}-fw-gen`, boundaryZones: parts.zones.map((z) => z.name), boundaryExternals: [] };
  return {
    model: {
      ...model,
      zones: [...model.zones.filter((z) => !removed.has(z.name)), ...parts.zones],
      devices: [...model.devices.filter((d) => !(d.site === site && ['firewall', 'ips'].includes(d.deviceKind))), device],
      flows: [...model.flows.filter((f) => !atSite(f.from) && !atSite(f.to)), ...parts.flows],
    },
    plan: { ...plan, allocations: [...plan.allocations.filter((a) => !(a.kind === 'Zone' && removed.has(a.name))), ...parts.allocations] },
  };
}

/** Replaces the generated ruleset by one table whose forward chain accepts everything (the peer). */
const acceptAll = (site) => () => `table inet ${tableName(site)} {\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n\t}\n}\n`;

/** The namespaces of the proof's prefix that were not there before (another process's may come and go). */
function leftBehind(before) {
  return namespacesWithPrefix('hfw').filter((n) => !before.has(n));
}

async function measureSite(entry, runs) {
  const real = [];
  const peer = [];
  for (let round = 0; round < runs; round++) {
    real.push(await prove(entry.input, { site: entry.site }));
    peer.push(await prove(entry.input, { site: entry.site, mutate: acceptAll(entry.site) }));
  }
  const first = real[0];
  const undeclared = first.results.filter((r) => !r.expected).length;
  const sorted = (reports) => reports.map((r) => r.seconds).sort((a, b) => a - b);
  const median = (s) => (s.length % 2 === 1 ? s[s.length >> 1] : (s[(s.length >> 1) - 1] + s[s.length >> 1]) / 2);
  const seconds = median(sorted(real));
  const acceptSeconds = median(sorted(peer));
  return {
    case: entry.label,
    site: entry.site,
    devices: first.devices.length,
    namespaces: first.devices.reduce((n, d) => n + d.namespaces, 0),
    rules: first.devices.reduce((n, d) => n + d.flows, 0),
    probes: first.results.length,
    declared: first.results.length - undeclared,
    undeclared,
    seconds,
    acceptAllSeconds: acceptSeconds,
    ratio: seconds / acceptSeconds,
    mismatches: Math.max(...real.map((r) => r.mismatches)),
    acceptAllMismatches: Math.max(...peer.map((r) => r.mismatches)),
    runs: { seconds: real.map((r) => r.seconds), acceptAllSeconds: peer.map((r) => r.seconds) },
  };
}

function print(rows, context) {
  const head = ['case', 'site', 'namespaces', 'rules', 'probes (decl. + undecl.)', 'seconds', 'accept-all s', '× accept-all', 'mismatches', 'accept-all mism.'];
  const body = rows.map((r) => [
    r.case,
    r.site,
    String(r.namespaces),
    String(r.rules),
    `${r.probes} (${r.declared} + ${r.undeclared})`,
    r.seconds.toFixed(2),
    r.acceptAllSeconds.toFixed(2),
    `${r.ratio.toFixed(2)}×`,
    String(r.mismatches),
    String(r.acceptAllMismatches),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const avg = (l) => l.map((v) => v.toFixed(2)).join(' ');
  process.stdout.write(
    `Node.js ${process.version}, ${cpus().length} cores, load average ${avg(context.loadBefore)} before, ${avg(context.loadAfter)} after; ` +
      `${context.runs} run${context.runs === 1 ? '' : 's'} of each proof per site (median), wall time of prove()\n\n`,
  );
  process.stdout.write(`${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of body) process.stdout.write(`${line(row)}\n`);
}

async function main() {
  const why = labUnavailable();
  if (why) {
    process.stderr.write(`firewall-prove.mjs: the laboratory cannot be built: ${why}\n`);
    process.exit(2);
  }
  const before = new Set(namespacesWithPrefix('hfw'));
  const loadBefore = loadavg();
  const inputs = new Map();
  const input = async (dir) => inputs.get(dir) ?? inputs.set(dir, await evaluated(dir)).get(dir);
  const entries = [];
  if (options.only !== 'generated') for (const [dir, site] of BUNDLED) entries.push({ label: dir.split('/')[1], site, input: await input(dir) });
  if (options.only !== 'bundled')
    entries.push({
      label: `generated ${options.zones} zones, ${options.flows} flows`,
      site: GENERATED_SITE,
      input: generatedInput(await input('inventory/quang-ngai'), options.zones, options.flows),
    });
  const rows = [];
  for (const entry of entries) rows.push(await measureSite(entry, options.runs));
  const left = leftBehind(before);
  const loadAfter = loadavg();
  print(rows, { runs: options.runs, loadBefore, loadAfter });
  const problems = [
    ...rows.filter((r) => r.mismatches > 0).map((r) => `${r.site}: the proof found ${r.mismatches} mismatches`),
    ...rows
      .filter((r) => r.acceptAllMismatches !== r.undeclared)
      .map((r) => `${r.site}: accept-all run has ${r.acceptAllMismatches} mismatches, not the ${r.undeclared} undeclared probes`),
    ...(left.length > 0 ? [`namespaces left behind: ${left.join(' ')}`] : []),
  ];
  process.stdout.write(`\nnamespaces with the proof's prefix left behind: ${left.length}\n`);
  for (const problem of problems) process.stderr.write(`firewall-prove.mjs: ${problem}\n`);
  if (options.json) {
    const round = (v) => Math.round(v * 1000) / 1000;
    const doc = {
      node: process.version,
      cores: cpus().length,
      loadAverage: { before: loadBefore.map(round), after: loadAfter.map(round) },
      runs: options.runs,
      generated: { site: GENERATED_SITE, zones: options.zones, flows: options.flows },
      sites: rows.map((r) => ({
        ...r,
        seconds: round(r.seconds),
        acceptAllSeconds: round(r.acceptAllSeconds),
        ratio: Math.round(r.ratio * 100) / 100,
        runs: { seconds: r.runs.seconds.map(round), acceptAllSeconds: r.runs.acceptAllSeconds.map(round) },
      })),
      namespacesLeft: left,
    };
    writeFileSync(options.json, JSON.stringify(doc, null, 2) + '\n');
  }
  process.exit(problems.length > 0 ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`firewall-prove.mjs: internal error: ${error.stack ?? error}\n`);
  process.exit(3);
});
