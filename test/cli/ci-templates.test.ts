// The pipeline definitions in docs/ci install hatang in an inventory repository without the optional engines,
// publish SARIF and JUnit whatever the outcome, but fail the job on hatang's exit code: an invalid inventory (exit 2)
// or failing findings (exit 1) never leave a green pipeline. test/package/tarball.test.ts runs their commands.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };

const exitOf = (script: string, env: Record<string, string>) =>
  promisify(execFile)('bash', ['-e', '-c', script], { env: { ...process.env, ...env } }).then(
    () => 0,
    (e: { code: number }) => e.code,
  );

test('GitHub Actions: Node LTS with the npm cache, hatang without engines, baseline from the default branch, SARIF when present, then the gate', async () => {
  const gh = parse(await readFile('docs/ci/github-actions.yml', 'utf8'));
  const steps: Step[] = gh.jobs.inventories.steps;
  const node = steps.find((s) => s.uses?.startsWith('actions/setup-node'))!;
  expect([22, 24]).toContain(node.with!['node-version']);
  expect(node.with!.cache).toBe('npm');
  expect(steps.some((s) => s.run?.startsWith('npm ci --omit=optional'))).toBe(true);
  const validate = steps.findIndex((s) => s.id === 'hatang');
  const run = steps[validate]!.run!;
  expect(run).toMatch(/npx hatang validate "\$dir" .*--output json=.* --output sarif=.* --output junit=/);
  expect(run).toContain('npx hatang plan "$dir" --frozen');
  expect(run).toContain('echo "exit=$worst" >>"$GITHUB_OUTPUT"');
  expect(run).not.toContain('scripts/ci-validate');
  // The baseline: restored (pull requests) before validating, saved (default branch) under the same path.
  const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
  const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
  expect(restore).toBeGreaterThanOrEqual(0);
  expect(restore).toBeLessThan(validate);
  expect(steps[restore]!.if).toBe("github.event_name == 'pull_request'");
  expect(steps[restore]!.with!.path).toBe(steps[save]!.with!.path);
  expect(steps[save]!.if).toContain('github.ref_name == github.event.repository.default_branch');
  expect(run).toContain('if [ -d out/ci ]; then mv out/ci baseline; fi');
  const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  expect(steps[upload]!.uses).toBe('github/codeql-action/upload-sarif@v4');
  expect(steps[upload]!.if).toBe("always() && hashFiles('out/ci/**/validation.sarif') != ''");
  expect(steps[upload]!.with!.category).toBeUndefined();
  expect(upload).toBeGreaterThan(validate);
  const gate = steps.findIndex((s) => s.env?.HATANG_EXIT !== undefined);
  expect(gate).toBe(steps.length - 1);
  expect(steps[gate]!.if).toBe('always()');
  expect(steps[gate]!.env!.HATANG_EXIT).toBe('${{ steps.hatang.outputs.exit }}');
  // The gate's script: exit 0 only when hatang exited 0 (an empty value: hatang did not run).
  const gateRun = (code: string) => exitOf(steps[gate]!.run!, { HATANG_EXIT: code });
  expect(await gateRun('0')).toBe(0);
  expect(await gateRun('1')).toBe(1);
  expect(await gateRun('2')).toBe(1);
  expect(await gateRun('')).toBe(1);
});

test('GitLab CI: Node LTS, ~/.npm cached, JUnit report, artefacts always, and the last command exits with the worst code', async () => {
  const gl = parse(await readFile('docs/ci/gitlab-ci.yml', 'utf8'));
  expect(['node:22', 'node:24']).toContain(gl.hatang.image);
  expect(gl.hatang.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
  expect(gl.hatang.cache.paths).toEqual(['.npm/']);
  expect(gl.hatang.artifacts.when).toBe('always');
  expect(gl.hatang.artifacts.reports.junit).toBe('out/ci/*/validation.junit.xml');
  expect(gl.hatang.allow_failure).toBeUndefined();
  const script: string[] = gl.hatang.script;
  expect(script[0]).toMatch(/^npm ci --omit=optional/);
  const last = script.at(-1)!;
  expect(last).toContain('npx hatang plan "$dir" --frozen');
  expect(last.trim().split('\n').at(-1)).toBe('exit $worst');
  // The baseline is fetched only in merge request pipelines.
  expect(script.find((s) => s.includes('jobs/artifacts/$CI_DEFAULT_BRANCH/download'))).toMatch(/^if \[ -n "\$CI_MERGE_REQUEST_IID" \]/);
});
