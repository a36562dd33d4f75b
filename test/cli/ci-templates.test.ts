// The pipeline definitions in docs/ci publish SARIF and JUnit whatever the outcome, but fail the job on hatang's
// exit code: an invalid inventory (exit 2) or failing findings (exit 1) never leave a green pipeline.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };

test('GitHub Actions: Node 22, upload-sarif v4 always, then a gate on the exit code of scripts/ci-validate', async () => {
  const gh = parse(await readFile('docs/ci/github-actions.yml', 'utf8'));
  const steps: Step[] = gh.jobs.inventories.steps;
  expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(22);
  const validate = steps.findIndex((s) => s.run?.includes('node scripts/ci-validate --out out/ci'));
  const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  const gate = steps.findIndex((s) => s.env?.HATANG_EXIT !== undefined);
  expect(steps[upload]!.uses).toBe('github/codeql-action/upload-sarif@v4');
  expect(steps[upload]!.if).toBe('always()');
  expect(validate).toBeGreaterThanOrEqual(0);
  expect(upload).toBeGreaterThan(validate);
  expect(gate).toBe(steps.length - 1);
  expect(steps[gate]!.if).toBe('always()');
  expect(steps[gate]!.env!.HATANG_EXIT).toBe(`\${{ steps.${steps[validate]!.id}.outputs.exit }}`);
  expect(steps[validate]!.run).toContain('echo "exit=$?" >> "$GITHUB_OUTPUT"');
  // The gate's script: exit 0 only when hatang exited 0 (an empty value: hatang did not run).
  const gateRun = async (code: string) =>
    promisify(execFile)('bash', ['-e', '-c', steps[gate]!.run!], { env: { ...process.env, HATANG_EXIT: code } }).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
  expect(await gateRun('0')).toBe(0);
  expect(await gateRun('1')).toBe(1);
  expect(await gateRun('2')).toBe(1);
  expect(await gateRun('')).toBe(1);
});

test('GitLab CI: Node 22, artefacts always, and scripts/ci-validate is the last command (its exit code fails the job)', async () => {
  const gl = parse(await readFile('docs/ci/gitlab-ci.yml', 'utf8'));
  expect(gl.hatang.image).toBe('node:22');
  expect(gl.hatang.artifacts.when).toBe('always');
  expect(gl.hatang.script.at(-1)).toBe('node scripts/ci-validate --out out/ci $BASELINE');
  expect(gl.hatang.allow_failure).toBeUndefined();
});
