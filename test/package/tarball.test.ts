// hatang as an inventory repository installs it: the packed tarball, installed without the optional engines, runs
// the commands of the CI templates (docs/ci, read from the YAML, not copied here) with the documented exit codes and
// names the `npm install` a missing engine needs; installed in full, the library example of docs/stacks.md
// (docs/examples/library-app) compiles against the published types and synthesizes. Installs come from the npm cache
// (`--prefer-offline`); the tests are skipped, saying so, only when the registry cannot be reached for what the cache
// lacks.
import { execFile, type ExecFileOptions } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string; optionalDependencies: Record<string, string> };
const MINUTES = 60_000;

// npm's own settings for these runs only; the npm_* variables of an enclosing `npm test` are left out.
const ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_'))),
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const options: ExecFileOptions = { cwd, env: { ...ENV, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 10 * MINUTES };
  return new Promise((done) =>
    execFile(file, args, options, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
    ),
  );
}
const sh = (script: string, cwd: string, env: NodeJS.ProcessEnv = {}) => run('bash', ['-e', '-c', script], cwd, env);
const du = async (dir: string) => Number((await run('du', ['-sk', dir], REPO)).stdout.split('\t')[0]);
const OFFLINE = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH)|ENOTCACHED|network/i;

let work: string;
let tarball: string;
let packed: { path: string }[];
let offline: string | undefined;
const sizes: Record<string, number> = {};

/** An inventory repository: git, the two sample inventories, a package.json. */
async function inventoryRepo(name: string, pkg: object): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'inventory'), { recursive: true });
  for (const inv of ['lang-son', 'quang-ngai']) await cp(join(REPO, 'inventory', inv), join(dir, 'inventory', inv), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  await run('git', ['init', '-q'], dir);
  return dir;
}

async function install(dir: string, args: string[]): Promise<boolean> {
  const r = await run('npm', ['install', ...args], dir);
  if (r.code !== 0 && OFFLINE.test(r.stderr)) offline = `the npm registry cannot be reached and the cache lacks a package: ${r.stderr.split('\n')[0]}`;
  if (r.code !== 0 && !offline) throw new Error(`npm install ${args.join(' ')} failed:\n${r.stderr}`);
  return r.code === 0;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hatang-package-'));
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], REPO);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  packed = info.files;
}, 5 * MINUTES);

afterAll(async () => {
  console.log(`installed sizes (du -sk node_modules): ${JSON.stringify(sizes)}`);
  if (work) await rm(work, { recursive: true, force: true });
});

test('the tarball holds the CLI, the compiled modules and stacks with their types, the runbook templates and the schema, nothing else', () => {
  const paths = packed.map((f) => f.path);
  const allowed =
    /^(package\.json|README\.md|LICENSE|bin\/hatang\.js|dist\/package\.json|dist\/(modules|stacks)\/.+\.(js|d\.ts)|modules\/runbook\/templates\/[a-z0-9-]+\.eta|inventory\/schema\/[a-z-]+\.schema\.json)$/;
  expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
  for (const needed of [
    'bin/hatang.js',
    'dist/modules/index.d.ts',
    'dist/modules/model/index.d.ts',
    'dist/stacks/index.d.ts',
    'dist/stacks/pulumi/index.d.ts',
    'dist/modules/cli/main.js',
    'modules/runbook/templates/failover.eta',
    'inventory/schema/inventory.schema.json',
  ])
    expect(paths).toContain(needed);
});

/** The steps of the GitHub template that run commands, in order; `uses:` steps are GitHub's (checkout, caches, uploads). */
async function githubSteps() {
  const gh = parse(await readFile(join(REPO, 'docs/ci/github-actions.yml'), 'utf8'));
  return (gh.jobs.inventories.steps as { id?: string; run?: string; if?: string; env?: Record<string, string> }[]).filter((s) => s.run !== undefined);
}

/** Runs the template's commands as GitHub would (bash -e, GITHUB_OUTPUT, the gate's env); returns the recorded exit and the gate's. */
async function runGithub(dir: string, only?: 'hatang'): Promise<{ exit: string | undefined; gate: number; summary: string }> {
  const output = join(work, 'github-output');
  const summary = join(work, 'github-summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  let gate = -1;
  for (const step of await githubSteps()) {
    if (only && step.id !== only) continue;
    expect([undefined, 'always()']).toContain(step.if);
    const recorded = (await readFile(output, 'utf8')).match(/^exit=(.*)$/m)?.[1];
    const env = step.env?.HATANG_EXIT ? { HATANG_EXIT: recorded ?? '' } : {};
    const r = await sh(step.run!, dir, { ...env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    if (step.env?.HATANG_EXIT) gate = r.code;
    else expect(r.code, `${step.run}\n${r.stderr}`).toBe(0);
  }
  return { exit: (await readFile(output, 'utf8')).match(/^exit=(.*)$/m)?.[1], gate, summary: await readFile(summary, 'utf8') };
}

async function runGitlab(dir: string): Promise<Run> {
  const gl = parse(await readFile(join(REPO, 'docs/ci/gitlab-ci.yml'), 'utf8'));
  // GitLab runs the script lines in one shell that stops at the first failing line.
  return run('bash', ['-e', '-o', 'pipefail', '-c', (gl.hatang.script as string[]).join('\n')], dir);
}

/** The worst exit code of `hatang validate` and `hatang plan --frozen` over the inventories, run one by one. */
async function expectedExit(dir: string): Promise<number> {
  let worst = 0;
  for (const inv of (await readdir(join(dir, 'inventory'))).sort()) {
    const v = await run('npx', ['hatang', 'validate', `inventory/${inv}`, '--lang', 'en', '--format', 'json'], dir);
    const p = await run('npx', ['hatang', 'plan', `inventory/${inv}`, '--frozen', '--lang', 'en'], dir);
    expect([0, 1, 2]).toContain(v.code);
    expect([0, 1, 2]).toContain(p.code);
    worst = Math.max(worst, v.code, p.code);
  }
  return worst;
}

describe('installed in an inventory repository', () => {
  test(
    'without the optional engines: the CI templates run with the documented exit codes; synth names the npm install',
    async (ctx) => {
      const dir = await inventoryRepo('validate-only', { name: 'inventory-repo', private: true });
      if (!(await install(dir, ['--omit=optional', tarball]))) return ctx.skip(offline);
      sizes['validate-only'] = await du(join(dir, 'node_modules'));
      for (const engine of Object.keys(PKG.optionalDependencies)) expect(existsSync(join(dir, 'node_modules', engine)), engine).toBe(false);
      const expected = await expectedExit(dir);

      // GitHub Actions: every run step (npm ci, validate and plan --frozen, the gate).
      const gh = await runGithub(dir);
      expect(gh.exit).toBe(String(expected));
      expect(gh.gate).toBe(expected === 0 ? 0 : 1);
      for (const inv of ['lang-son', 'quang-ngai'])
        for (const file of ['validation.json', 'validation.sarif', 'validation.junit.xml', 'summary.md', 'plan.txt'])
          expect(existsSync(join(dir, 'out/ci', inv, file)), `${inv}/${file}`).toBe(true);
      expect(gh.summary).toContain('lang-son');

      // A pull request: the default branch's out/ci, as actions/cache/restore puts it back, becomes the baseline.
      const again = await runGithub(dir, 'hatang');
      const report = JSON.parse(await readFile(join(dir, 'out/ci/lang-son/validation.json'), 'utf8'));
      expect(report.baseline.baselineFile).toBe('baseline/lang-son/validation.json');
      expect(report.baseline.hiddenByBaseline).toBeGreaterThan(0);
      expect(Number(again.exit)).toBeLessThanOrEqual(expected);

      // GitLab CI: the script's exit code is the job's.
      await rm(join(dir, 'out'), { recursive: true, force: true });
      await rm(join(dir, 'baseline'), { recursive: true, force: true });
      const gl = await runGitlab(dir);
      expect(gl.code, gl.stderr).toBe(expected);
      expect(existsSync(join(dir, 'out/ci/quang-ngai/validation.junit.xml'))).toBe(true);

      // An invalid inventory: exit 2 in both, the gate fails, the SARIF says the run failed.
      await cp(join(dir, 'inventory/lang-son'), join(dir, 'inventory/broken'), { recursive: true });
      await writeFile(join(dir, 'inventory/broken/province.yaml'), 'apiVersion: hatang.vn/v1\nkind: Province\nspec: [\n');
      await rm(join(dir, 'out'), { recursive: true, force: true });
      const broken = await runGithub(dir);
      expect(broken.exit).toBe('2');
      expect(broken.gate).toBe(1);
      const sarif = JSON.parse(await readFile(join(dir, 'out/ci/broken/validation.sarif'), 'utf8'));
      expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
      expect((await runGitlab(dir)).code).toBe(2);
      await rm(join(dir, 'inventory/broken'), { recursive: true });

      // A command that needs an engine: exit 2 and the exact install, in Vietnamese by default and in English.
      const installLine = `npm install ${['cdktf', '@cdktf/provider-kubernetes', 'constructs'].map((p) => `${p}@${PKG.optionalDependencies[p]}`).join(' ')}`;
      const vi = await run('npx', ['hatang', 'synth', 'inventory/lang-son'], dir);
      expect(vi.code).toBe(2);
      expect(vi.stderr).toBe(
        `hatang: việc tổng hợp cấu hình Terraform (cdktf) cho các cụm Kubernetes cần gói tùy chọn cdktf nhưng gói này chưa được cài cùng hatang. Cài bằng lệnh: ${installLine}\n`,
      );
      const en = await run('npx', ['hatang', 'synth', 'inventory/lang-son', '--lang', 'en'], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`Install it with: ${installLine}\n`);
      expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);

      // The same repository with the engines: what a full install weighs.
      if (!(await install(dir, ['--include=optional', tarball]))) return ctx.skip(offline);
      sizes.full = await du(join(dir, 'node_modules'));
      for (const engine of Object.keys(PKG.optionalDependencies)) expect(existsSync(join(dir, 'node_modules', engine)), engine).toBe(true);
    },
    20 * MINUTES,
  );

  test(
    'with the engines: the library example of docs/stacks.md compiles against the published types and synthesizes',
    async (ctx) => {
      const example = join(REPO, 'docs/examples/library-app');
      const pkg = JSON.parse(await readFile(join(example, 'package.json'), 'utf8'));
      // The example names hatang by version; here it is the tarball under test.
      const dir = await inventoryRepo('library-app', { ...pkg, dependencies: { ...pkg.dependencies, hatang: `file:${tarball}` } });
      for (const file of ['main.ts', 'tsconfig.json']) await cp(join(example, file), join(dir, file));
      if (!(await install(dir, []))) return ctx.skip(offline);

      const tsc = await run('npx', ['tsc'], dir);
      expect(tsc.code, tsc.stdout + tsc.stderr).toBe(0);
      const app = await run('node', ['main.js', 'inventory/lang-son'], dir);
      expect(app.code, app.stderr).toBe(0);
      const manifest = JSON.parse(await readFile(join(dir, 'cdktf.out/manifest.json'), 'utf8'));
      const stacks = Object.keys(manifest.stacks).sort();

      // hatang's own synth of the same inventory: the app holds its stacks, plus its own.
      const own = await run('npx', ['hatang', 'synth', 'inventory/lang-son', '--out', 'hatang.out', '--lang', 'en'], dir);
      expect(own.code, own.stderr).toBe(0);
      const hatangStacks = Object.keys(JSON.parse(await readFile(join(dir, 'hatang.out/manifest.json'), 'utf8')).stacks).sort();
      expect(hatangStacks.length).toBeGreaterThan(0);
      expect(stacks).toEqual([...hatangStacks, 'inventory-summary'].sort());
      const summary = JSON.parse(await readFile(join(dir, 'cdktf.out', manifest.stacks['inventory-summary'].synthesizedStackPath), 'utf8'));
      expect(summary.output.cluster_stacks.value).toEqual(hatangStacks);
      for (const stack of hatangStacks) {
        const ours = await readFile(join(dir, 'cdktf.out', manifest.stacks[stack].synthesizedStackPath), 'utf8');
        expect(Object.keys(JSON.parse(ours).resource ?? {}).length, stack).toBeGreaterThan(0);
      }

      // The other entry points resolve: the schema and the model types.
      const schema = await run('node', ['--input-type=module', '-e', "import s from 'hatang/schema' with { type: 'json' }; console.log(s.title)"], dir);
      expect(schema.stdout.trim()).toBe('hatang inventory v1');
    },
    20 * MINUTES,
  );
});

test('docs/stacks.md shows the example app exactly as the test runs it', async () => {
  const doc = await readFile(join(REPO, 'docs/stacks.md'), 'utf8');
  const shown = doc.match(/<!-- example: docs\/examples\/library-app\/main\.ts -->\n```ts\n([\s\S]*?)```\n/)?.[1];
  expect(shown).toBe(await readFile(join(REPO, 'docs/examples/library-app/main.ts'), 'utf8'));
});
