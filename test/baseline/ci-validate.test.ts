// scripts/ci-validate on the bundled inventories, and the pipeline definitions in docs/ci that call it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';

const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

test('runs validate and plan --frozen for every bundled inventory and writes SARIF, JUnit and a summary', async () => {
  const out = await mkdtemp(join(tmpdir(), 'hatang-ci-'));
  made.push(out);
  const run = await promisify(execFile)(process.execPath, ['scripts/ci-validate', '--out', out, '--as-of', '2026-11-29'], {
    env: { ...process.env, GITHUB_STEP_SUMMARY: '' },
  }).then(
    (r) => ({ ...r, code: 0 }),
    (e) => e,
  );
  expect((await readdir(out)).sort()).toEqual(['lang-son', 'quang-ngai', 'summary.md']);
  for (const name of ['lang-son', 'quang-ngai']) {
    expect((await readdir(join(out, name))).sort()).toEqual(['plan.txt', 'summary.md', 'validation.json', 'validation.junit.xml', 'validation.sarif']);
    expect(JSON.parse(await readFile(join(out, name, 'validation.sarif'), 'utf8')).version).toBe('2.1.0');
  }
  const summary = await readFile(join(out, 'summary.md'), 'utf8');
  // Lạng Sơn's legacy design fails the baseline (validate exit 1); Quảng Ngãi passes with its waivers.
  expect(summary).toMatch(/\| `inventory\/lang-son` \| vn-nd331-2026 \| 2026-11-29 \| 1 \|/);
  expect(summary).toMatch(/\| `inventory\/quang-ngai` \| vn-nd331-2026 \| 2026-11-29 \| 0 \|/);
  expect(summary).toContain('| error | AVL-HA-01 | devices/thdl-fw |');
  expect(run.code).toBeGreaterThanOrEqual(1);
  expect(run.stdout).toContain('inventory/lang-son: validate exit 1');
}, 300_000);

test('the pipeline definitions (which run npx hatang in an inventory repository) write and publish the files the script writes', async () => {
  const gh = parse(await readFile('docs/ci/github-actions.yml', 'utf8'));
  const steps = gh.jobs.inventories.steps;
  const run: string = steps.find((s: { id?: string }) => s.id === 'hatang').run;
  expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif')).with.sarif_file).toBe('out/ci');
  const gl = parse(await readFile('docs/ci/gitlab-ci.yml', 'utf8'));
  for (const file of ['validation.json', 'validation.sarif', 'validation.junit.xml', 'summary.md', 'plan.txt']) {
    expect(run).toContain(`$out/${file}`);
    expect(gl.hatang.script.at(-1)).toContain(`$out/${file}`);
  }
  expect(gl.hatang.artifacts.reports.junit).toBe('out/ci/*/validation.junit.xml');
});
