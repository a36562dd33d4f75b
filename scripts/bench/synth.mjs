#!/usr/bin/env node
// Benchmark: the private-cloud stacks of a national synthetic inventory (34 provinces, many systems each).
//
//   node scripts/bench/synth.mjs [--systems 150] [--agencies 4000] [--data bench-data] [--json <file>]
//
// Generates (or reuses) bench-data/k8s-<systems> with scripts/gen-inventory.mjs, then runs three fresh child
// processes on the compiled build (dist/), each over every province:
//   plan    load + validate the inventories, build the Kubernetes object plans;
//   cdktf   the same, then per province an app with one cdktf stack per cluster (deep imports), app.synth() to a
//           temp folder;
//   direct  the same plans written as Terraform JSON directly (no cdktf), the floor for any engine.
// Prints wall times, peak RSS and the ratios: hatang's own share (load + plan) against cdktf's construct + synth, and
// cdktf against the direct writer. Figures go to docs/stacks.md; nothing here is a test threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(REPO, 'dist');

if (process.argv[2] === '--child') {
  const [, , , mode, root] = process.argv;
  const ms = (t0) => Math.round(performance.now() - t0);
  const { loadInventory } = await import(pathToFileURL(join(DIST, 'modules', 'model', 'index.js')).href);
  const { buildPlan } = await import(pathToFileURL(join(DIST, 'modules', 'k8s', 'index.js')).href);
  const provinces = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let t0 = performance.now();
  const models = [];
  for (const p of provinces) {
    const { model } = await loadInventory(join(root, p));
    if (!model) throw new Error(`${p} does not load`);
    models.push(model);
  }
  const loadMs = ms(t0);
  t0 = performance.now();
  const plans = models.map((m) => buildPlan(m));
  const planMs = ms(t0);
  const counts = { clusters: 0, namespaces: 0, policies: 0, objects: 0 };
  for (const plan of plans)
    for (const c of plan.clusters) {
      counts.clusters++;
      counts.namespaces += c.namespaces.length;
      counts.objects += c.objects.length;
      counts.policies += c.objects.filter((o) => o.kind === 'NetworkPolicy').length;
    }
  const out = mkdtempSync(join(tmpdir(), 'hatang-bench-synth-'));
  let engineMs = 0;
  let constructMs = 0;
  try {
    if (mode === 'cdktf') {
      t0 = performance.now();
      const { addStacks } = await import(pathToFileURL(join(DIST, 'stacks', 'synth.js')).href);
      const { App } = await import(pathToFileURL(join(DIST, 'stacks', 'cdktf', 'engine.js')).href);
      const importMs = ms(t0);
      // One app per province, as `hatang synth <province>` runs: a province is the unit of deployment, and its
      // constructs can be collected before the next province is built.
      for (const plan of plans) {
        let t1 = performance.now();
        const app = new App({ outdir: join(out, plan.province) });
        addStacks(app, plan, { prebuilt: plan });
        constructMs += performance.now() - t1;
        app.synth();
        engineMs += performance.now() - t1;
      }
      constructMs = Math.round(constructMs);
      engineMs = Math.round(engineMs) + importMs;
    } else if (mode === 'direct') {
      t0 = performance.now();
      const snake = (v) =>
        Array.isArray(v)
          ? v.map(snake)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snake(x)]))
            : v;
      for (const plan of plans)
        for (const c of plan.clusters) {
          const resource = {};
          for (const o of c.objects) {
            const type = `kubernetes_${o.kind.replace(/[A-Z]/g, (ch, i) => (i ? '_' : '') + ch.toLowerCase())}_v1`;
            (resource[type] ??= {})[`${o.kind}_${o.metadata.namespace ?? ''}_${o.metadata.name}`] = snake({
              metadata: o.metadata,
              spec: o.spec,
              data: o.data,
              rules: o.rules,
            });
          }
          writeFileSync(
            join(out, `${plan.province}-${c.name}.tf.json`),
            JSON.stringify({ provider: { kubernetes: [{ config_context: c.name }] }, resource }, null, 2),
          );
        }
      engineMs = ms(t0);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      mode,
      loadMs,
      planMs,
      constructMs,
      engineMs,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...counts,
    }) + '\n',
  );
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    systems: { type: 'string', default: '150' },
    agencies: { type: 'string', default: '4000' },
    data: { type: 'string', default: 'bench-data' },
    json: { type: 'string' },
  },
});
if (!existsSync(join(DIST, 'stacks', 'synth.js'))) {
  process.stderr.write('bench/synth: no build; run `npm run build` first\n');
  process.exit(2);
}
const root = resolve(values.data, `k8s-${values.systems}`);
const summary = join(root, 'gen-summary.json');
const wanted = { agencies: Number(values.agencies), systemsPerProvince: Number(values.systems) };
const current = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')).parameters : undefined;
if (!current || current.agencies !== wanted.agencies || current.systemsPerProvince !== wanted.systemsPerProvince) {
  const gen = spawnSync(
    'npx',
    ['zx', join(REPO, 'scripts', 'gen-inventory.mjs'), '--agencies', values.agencies, '--systems-per-province', values.systems, '--out', root],
    { stdio: 'inherit' },
  );
  if (gen.status !== 0) process.exit(1);
}
const results = {};
for (const mode of ['plan', 'cdktf', 'direct']) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', mode, root], { encoding: 'utf8' });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(1);
  }
  results[mode] = { ...JSON.parse(child.stdout.trim().split('\n').pop()), wallMs: Math.round(performance.now() - t0) };
}
const { plan, cdktf, direct } = results;
const own = cdktf.loadMs + cdktf.planMs;
const rows = [
  [
    'inventory',
    `${root.slice(REPO.length + 1)}: ${plan.clusters} clusters, ${plan.namespaces} namespaces, ${plan.policies} network policies, ${plan.objects} objects`,
  ],
  ['load + validate', `${plan.loadMs} ms`],
  ['object plan', `${plan.planMs} ms`],
  ['cdktf construct', `${cdktf.constructMs} ms`],
  ['cdktf construct + synth (incl. import)', `${cdktf.engineMs} ms`],
  ['direct Terraform JSON', `${direct.engineMs} ms`],
  ['hatang share / cdktf construct+synth', `${((own / cdktf.engineMs) * 100).toFixed(1)} %`],
  ['cdktf / direct', `${(cdktf.engineMs / Math.max(1, direct.engineMs)).toFixed(1)}×`],
  ['whole national synth (process wall)', `${(cdktf.wallMs / 1000).toFixed(1)} s (CPU ${(cdktf.cpuMs / 1000).toFixed(1)} s), peak RSS ${cdktf.peakRssMiB} MiB`],
  ['plan only peak RSS / direct peak RSS', `${plan.peakRssMiB} MiB / ${direct.peakRssMiB} MiB`],
];
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(42)} ${v}\n`);
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
