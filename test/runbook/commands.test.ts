// Every command of the committed runbooks runs as written from where the runbooks say (the repository root): each
// `sh` block is parsed (shell-quote) and each command's working directory, binary, subcommand, flags and files are
// checked against the repository and the inventory. No command is ever run. No placeholder (a dash, an ellipsis,
// an empty word) reaches a command or a code span.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { parse as parseShell, type ParseEntry } from 'shell-quote';
import { describe, expect, test } from 'vitest';
import { buildPlan, renderManifests } from '../../modules/k8s/index.js';
import { evaluateDir, runCli } from '../helpers.js';

const PROVINCES = ['quang-ngai', 'lang-son'];

/** Binaries the runbooks may call besides the repository's own (`node bin/hatang.js`, `npm run cdktf`, `npx cdktf`, `npx hatang`). */
const TOOLS = new Set(['kubectl', 'velero', 'dig', 'curl', 'ping', 'traceroute', 'patronictl', 'psql', 'mysql', 'nft', 'awk', 'xargs']);

/** The committed Markdown files of a province's runbooks, relative to the repository root. */
async function runbookFiles(province: string): Promise<Map<string, string>> {
  const dir = join('runbooks', province);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.md')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(e.parentPath, e.name);
    files.set(path, await readFile(path, 'utf8'));
  }
  return files;
}

/** The lines of the ```sh blocks (indented ones too), heredoc bodies left out. */
function shellLines(markdown: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  let heredoc: string | undefined;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!inBlock) {
      inBlock = line === '```sh';
      continue;
    }
    if (line === '```') {
      inBlock = false;
      continue;
    }
    if (heredoc !== undefined) {
      if (line === heredoc) heredoc = undefined;
      continue;
    }
    heredoc = /<<'?([A-Z]+)'?$/.exec(line)?.[1];
    lines.push(line);
  }
  return lines;
}

/** Code spans outside fenced blocks. */
function codeSpans(markdown: string): string[] {
  const spans: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)) spans.push(m[2]!.trim());
  }
  return spans;
}

/** The simple commands of a line: words split at operators, comments dropped, a heredoc's `<<` and tag with them. */
function commands(line: string): string[][] {
  const out: string[][] = [[]];
  for (const entry of parseShell(line) as ParseEntry[]) {
    if (typeof entry === 'string') out[out.length - 1]!.push(entry);
    else if ('comment' in entry) continue;
    else if ('op' in entry && ['&&', '||', ';', '|'].includes(entry.op)) out.push([]);
    else if ('op' in entry && ['<<', '<', '>'].includes(entry.op)) out[out.length - 1]!.push(entry.op);
    else throw new Error(`unexpected shell syntax in: ${line}`);
  }
  return out.filter((c) => c.length > 0);
}

interface Repo {
  readonly clusters: ReadonlyMap<string, string>;
  /** Files `hatang manifests` writes by default, and the cold-DR namespaces `hatang runbooks` writes. */
  readonly manifests: ReadonlySet<string>;
  readonly help: Map<string, string>;
}

async function repo(province: string): Promise<Repo> {
  const { model, plan } = await evaluateDir(`inventory/${province}`);
  const clusters = new Map(model.clusters.map((c) => [c.context ?? c.name, c.name]));
  const written = renderManifests(buildPlan(model, { addresses: plan })).map((f) => `out/${province}/k8s/${f.path}`);
  const cold = [...(await runbookFiles(province)).keys()].length ? await readdir(join('runbooks', province), { recursive: true }) : [];
  const coldFiles = cold.filter((f) => f.endsWith('.yaml')).map((f) => normalize(join('runbooks', province, f)));
  return { clusters, manifests: new Set([...written, ...coldFiles]), help: new Map() };
}

/** The options a hatang subcommand accepts, from its `--help`. */
async function hatangOptions(r: Repo, sub: string): Promise<string> {
  if (!r.help.has(sub)) {
    const { code, stdout } = await runCli(sub, '--help');
    r.help.set(sub, code === 0 ? stdout : '');
  }
  return r.help.get(sub)!;
}

/** Problems with one simple command run in `cwd`; returns the working directory after it. */
async function check(r: Repo, words: string[], cwd: string, problems: string[], where: string): Promise<string> {
  const env = new Map<string, string>();
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [k, ...v] = words.shift()!.split('=');
    env.set(k!, v.join('='));
  }
  const [bin, ...args] = words;
  const fail = (why: string) => problems.push(`${where}: ${why}: ${words.join(' ')}`);
  if (bin === 'cd') {
    const next = normalize(join(cwd, args[0] ?? ''));
    if (!existsSync(next)) fail(`no folder ${next}`);
    return next;
  }
  if (bin === 'npm' && args[0] === 'run' && args[1] === 'cdktf' && args[2] === '--') {
    const scripts = (JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8').catch(() => '{}')) as { scripts?: Record<string, string> }).scripts ?? {};
    if (!scripts.cdktf) fail(`no npm script cdktf in ${cwd}`);
    if (!existsSync(join(cwd, 'cdktf.json'))) fail(`no cdktf.json in ${cwd}`);
    if (!['deploy', 'synth', 'diff'].includes(args[3] ?? '')) fail('unknown cdktf subcommand');
    if (args[3] === 'deploy' && ![...r.clusters.values()].includes(args[4] ?? '')) fail('no such stack (cluster)');
    return cwd;
  }
  if (bin === 'npx' && args[0] === 'cdktf') {
    if (!existsSync(join(cwd, 'cdktf.json'))) fail(`no cdktf.json in ${cwd}`);
    if (!['deploy', 'synth', 'diff'].includes(args[1] ?? '')) fail('unknown cdktf subcommand');
    const inventory = env.get('HATANG_INVENTORY') ?? 'inventory/quang-ngai';
    if (!existsSync(join(cwd, inventory, 'province.yaml'))) fail(`no inventory ${inventory}`);
    if (args[1] === 'deploy' && ![...r.clusters.values()].includes(args[2] ?? '')) fail('no such stack (cluster)');
    return cwd;
  }
  if ((bin === 'node' && args[0] === 'bin/hatang.js') || (bin === 'npx' && args[0] === 'hatang')) {
    if (bin === 'node' && !existsSync(join(cwd, 'bin/hatang.js'))) fail(`no bin/hatang.js in ${cwd}`);
    const [sub, ...rest] = args.slice(1);
    const help = await hatangOptions(r, sub ?? '');
    if (!help) fail(`no hatang subcommand ${sub}`);
    for (const flag of rest.filter((a) => a.startsWith('--'))) if (!help.includes(flag.split('=')[0]!)) fail(`hatang ${sub} has no ${flag}`);
    return cwd;
  }
  if (!TOOLS.has(bin ?? '')) fail(`unknown binary ${bin}`);
  if (bin === 'kubectl' || bin === 'velero') {
    const flag = bin === 'kubectl' ? '--context' : '--kubecontext';
    const i = args.indexOf(flag);
    if (i < 0 || !r.clusters.has(args[i + 1] ?? '')) fail(`${flag} names no cluster of the inventory`);
  }
  const f = args.indexOf('-f');
  if (bin === 'kubectl' && args.includes('apply') && f >= 0 && args[f + 1] !== '-') {
    const file = normalize(join(cwd, args[f + 1]!));
    if (!r.manifests.has(file)) fail(`${file} is not a file hatang writes`);
  }
  return cwd;
}

describe.each(PROVINCES)('runbooks/%s: commands', async (province) => {
  const files = await runbookFiles(province);
  const r = await repo(province);

  test('every command of every sh block runs from the repository root: folder, binary, subcommand, flags, files', async () => {
    const problems: string[] = [];
    let count = 0;
    for (const [path, content] of files) {
      // Each block starts at the repository root, as the runbooks say; a `cd` moves the following commands.
      let cwd = '.';
      for (const line of shellLines(content)) {
        for (const words of commands(line)) {
          count++;
          cwd = await check(r, words, cwd, problems, path);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  test('no placeholder or empty value in a command or a code span', () => {
    const bad = /—|…|^\s*$|''|""/;
    const found: string[] = [];
    for (const [path, content] of files) {
      for (const line of shellLines(content)) if (/—|…|''|""/.test(line)) found.push(`${path}: ${line}`);
      for (const words of shellLines(content).flatMap(commands)) if (words.some((w) => bad.test(w))) found.push(`${path}: ${words.join(' ')}`);
      for (const span of codeSpans(content)) if (bad.test(span)) found.push(`${path}: \`${span}\``);
    }
    expect(found).toEqual([]);
  });
});
