// `npm run cdktf -- synth` works offline: the wrapper (stacks/cdktf/cli.mjs) turns off cdktf-cli's calls to
// HashiCorp's servers, and the real cdktf CLI then synthesizes with no connection at all. Each run takes a few seconds.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { SOURCE_FILE } from '../../stacks/source.js';

const exec = promisify(execFile);
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/**
 * A project folder with the repository's cdktf.json, whose app is the compiled cdktf app without the build step (the
 * tests run on a built tree), and a copy of the frozen Lạng Sơn inventory in `inv/`.
 */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-offline-'));
  made.push(dir);
  const config = JSON.parse(await readFile('cdktf.json', 'utf8')) as { app: string };
  expect(config.app).toBe('npm run --silent build && node dist/stacks/main.js');
  await writeFile(join(dir, 'cdktf.json'), JSON.stringify({ ...config, app: `node ${JSON.stringify(resolve('dist/stacks/main.js'))}` }));
  await cp('test/stacks/inventory/lang-son', join(dir, 'inv'), { recursive: true });
  return dir;
}

/** Runs `command` in `cwd` with every network connection logged and failed; a proxy nobody listens on catches the rest. */
async function offline(cwd: string, command: string[], env: Record<string, string> = {}) {
  const log = join(cwd, 'net.log');
  const { CHECKPOINT_DISABLE: _c, DISABLE_VERSION_CHECK: _d, ...base } = process.env;
  const result = await exec(process.execPath, command, {
    cwd,
    env: {
      ...base,
      ...env,
      NODE_OPTIONS: `--import ${pathToFileURL(resolve('test/stacks/no-network.mjs')).href} --max-old-space-size=4096`,
      HATANG_NET_LOG: log,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      CDKTF_HOME: join(cwd, '.cdktf'),
    },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  const attempts = await readFile(log, 'utf8').then(
    (text) => text.split('\n').filter(Boolean),
    () => [],
  );
  return { ...result, attempts };
}

const wrapper = resolve('stacks/cdktf/cli.mjs');
const cdktf = resolve('node_modules/cdktf-cli/bundle/bin/cdktf');

describe('npm run cdktf -- synth, offline', () => {
  test('the npm script runs the wrapper', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.cdktf).toBe('node stacks/cdktf/cli.mjs');
  });

  test('the cdktf CLI alone calls HashiCorp (what the wrapper prevents)', { timeout: 120_000 }, async () => {
    const dir = await project();
    const result = await offline(dir, [cdktf, 'synth'], { HATANG_INVENTORY: 'inv' });
    expect(result.attempts).toContain('checkpoint-api.hashicorp.com:443');
  });

  test('through the wrapper it opens no connection and writes cdktf.out', { timeout: 120_000 }, async () => {
    const dir = await project();
    const result = await offline(dir, [wrapper, 'synth'], { HATANG_INVENTORY: 'inv' });
    expect(result.attempts).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Generated Terraform code for the stacks: ls-k8s-pilot');
    const tf = JSON.parse(await readFile(join(dir, 'cdktf.out', 'stacks', 'ls-k8s-pilot', 'cdk.tf.json'), 'utf8')) as { resource: object };
    expect(Object.keys(tf.resource)).toContain('kubernetes_network_policy_v1');
    expect(JSON.parse(await readFile(join(dir, 'cdktf.out', SOURCE_FILE), 'utf8'))).toMatchObject({ inventory: 'inv' });
    // A second run without HATANG_INVENTORY follows the record; one naming another folder fails with both messages.
    expect((await offline(dir, [wrapper, 'synth'])).code).toBe(0);
    await cp(join(dir, 'inv'), join(dir, 'other'), { recursive: true });
    const refused = await offline(dir, [wrapper, 'synth'], { HATANG_INVENTORY: 'other' });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('but HATANG_INVENTORY names other');
    expect(refused.stdout + refused.stderr).toContain('nhưng biến môi trường HATANG_INVENTORY chỉ tới other');
    expect(refused.attempts).toEqual([]);
  });
});
