#!/usr/bin/env zx
// CI entry point for a repository of inventories: for every inventory folder (a folder under inventory/ holding
// YAML files, or the folders given), runs `hatang validate` (JSON, SARIF, JUnit), `hatang plan --frozen`, and, when
// a baseline folder is given, keeps only findings new since it. Writes <out>/<name>/validation.{json,sarif,junit.xml},
// <out>/<name>/plan.txt and <out>/summary.md (also appended to $GITHUB_STEP_SUMMARY when set).
// Exit code: the highest of the runs (0 clean, 1 failing findings or a lock file that would change, 2 invalid).
//
//   npx zx scripts/ci-validate [folder…] [--out out/ci] [--baseline <folder of earlier out>] [--as-of YYYY-MM-DD]
//                              [--ruleset <id>] [--fail-on error|warning|info] [--lang vi|en]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

$.verbose = false;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'hatang.js');
const out = resolve(argv.out ?? 'out/ci');
const lang = argv.lang ?? 'en';
const pass = [];
for (const key of ['as-of', 'ruleset', 'fail-on']) if (argv[key] !== undefined) pass.push(`--${key}`, String(argv[key]));

const isInventory = (dir) => statSync(dir).isDirectory() && readdirSync(dir).some((f) => /\.ya?ml$/.test(f));
let folders = argv._.map(String);
if (folders.length === 0) {
  const base = 'inventory';
  folders = existsSync(base)
    ? readdirSync(base).sort().map((d) => join(base, d)).filter((d) => basename(d) !== 'schema' && isInventory(d))
    : [];
}
if (folders.length === 0) {
  console.error('ci-validate: no inventory folder found (give folders, or run from a repository with inventory/<name>/)');
  process.exit(2);
}

const rows = [];
let worst = 0;
for (const folder of folders) {
  const name = basename(resolve(folder));
  const dir = join(out, name);
  await mkdir(dir, { recursive: true });
  const baseline = argv.baseline ? join(argv.baseline, name, 'validation.json') : undefined;
  const extra = baseline && existsSync(baseline) ? ['--baseline', baseline] : [];
  const hatang = (args) => $`node ${bin} ${args}`.nothrow();
  const json = await hatang(['validate', folder, ...pass, ...extra, '--format', 'json', '--lang', lang]);
  await writeFile(join(dir, 'validation.json'), json.stdout);
  for (const [format, file] of [['sarif', 'validation.sarif'], ['junit', 'validation.junit.xml']]) {
    const r = await hatang(['validate', folder, ...pass, ...extra, '--format', format, '--lang', lang]);
    await writeFile(join(dir, file), r.stdout);
  }
  const plan = await hatang(['plan', folder, '--frozen', '--lang', lang]);
  await writeFile(join(dir, 'plan.txt'), plan.stdout + (plan.stderr ? `\n${plan.stderr}` : ''));
  let report = null;
  try {
    report = JSON.parse(json.stdout);
  } catch {
    // Exit 2 with a message on stderr: reported below.
  }
  const exit = Math.max(json.exitCode ?? 3, plan.exitCode ?? 3);
  worst = Math.max(worst, exit);
  rows.push({ folder, name, exit, validateExit: json.exitCode, planExit: plan.exitCode, planErr: plan.stderr, report, stderr: json.stderr });
  console.log(`${folder}: validate exit ${json.exitCode}, plan --frozen exit ${plan.exitCode} → ${relative(process.cwd(), dir)}/`);
}

const md = ['# hatang: inventory checks', ''];
md.push('| inventory | rule-set | as of | validate | plan --frozen | fail | waived | manual | new-only |', '|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const b = r.report?.baseline;
  const s = r.report?.summary?.findings;
  md.push(`| \`${r.folder}\` | ${b?.ruleset ?? '–'} | ${b?.asOf ?? '–'} | ${r.validateExit} | ${r.planExit} | ${s?.fail ?? '–'} | ${s?.waived ?? '–'} | ${s?.manual ?? '–'} | ${b?.baselineFile ? `yes (${b.hiddenByBaseline} known hidden)` : 'no'} |`);
}
for (const r of rows) {
  const failing = (r.report?.findings ?? []).filter((f) => f.status === 'fail');
  md.push('', `## ${r.folder}`, '');
  if (r.planExit !== 0) {
    md.push(`\`hatang plan --frozen\` exited ${r.planExit}:`, '', '```', ...r.planErr.trim().split('\n').slice(0, 20), '```', '');
  }
  if (!r.report) {
    md.push('Invalid input or command line:', '', '```', r.stderr.trim(), '```');
    continue;
  }
  if (r.report.diagnostics.length) {
    md.push(`${r.report.diagnostics.length} diagnostics (the inventory is ${r.report.valid ? 'valid' : 'not valid'}).`, '');
  }
  if (failing.length === 0) {
    md.push('No failing finding.');
    continue;
  }
  md.push('| severity | rule | target | where | message | clauses |', '|---|---|---|---|---|---|');
  for (const f of failing) {
    const where = f.location ? `${f.location.file}:${f.location.line}` : '';
    const cell = (s) => String(s).replace(/\|/g, '\\|');
    md.push(`| ${f.severity} | ${f.rule} | ${cell(f.target + (f.part ? ` ${f.part}` : ''))} | ${where} | ${cell(f.message[lang] ?? f.message.en)} | ${cell((f.clauses ?? []).join('; ') || f.reference || '')} |`);
  }
}
const summary = md.join('\n') + '\n';
await writeFile(join(out, 'summary.md'), summary);
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(`summary: ${relative(process.cwd(), join(out, 'summary.md'))}; exit ${worst}`);
process.exitCode = worst;
