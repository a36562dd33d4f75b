// Shared by the metrics tests: a running `hatang serve` child process, scratch folders, and the Prometheus binaries.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO, 'bin', 'hatang.js');
export const BUNDLED = join(REPO, 'inventory', 'quang-ngai');

export const PROMETHEUS = '/usr/bin/prometheus';
export const PROMTOOL = '/usr/bin/promtool';

/**
 * Whether a test that needs a Debian Prometheus binary runs. In CI (CI=true) the binary must be there (.ci/run installs
 * it), so a missing one fails the test instead of skipping it; elsewhere the test is skipped with a message.
 */
export function needBinary(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') return true; // let the test run and fail on the missing binary
  console.warn(`skipped: ${what} needs ${path} (Debian package "prometheus": apt-get install prometheus)`);
  return false;
}

const scratchDirs: string[] = [];

export async function scratch(prefix = 'hatang-metrics-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

export async function removeScratch(): Promise<void> {
  for (const dir of scratchDirs.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** Fails with a clear message when CI runs a test whose binary is missing (needBinary let it run). */
export function requireBinary(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing; .ci/run installs the Debian package "prometheus" when CI=true`);
}

/** A copy of the bundled Quảng Ngãi inventory that a test may break. */
export async function inventoryCopy(): Promise<string> {
  const dir = join(await scratch(), 'quang-ngai');
  await cp(BUNDLED, dir, { recursive: true });
  return dir;
}

export interface Served {
  readonly child: ChildProcess;
  /** `127.0.0.1:<port>` */
  readonly address: string;
  readonly url: string;
  /** Everything written to stderr so far. */
  log(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
  /** Waits until the log contains `text` (counting from `after` characters), or fails after `ms`. */
  waitForLog(text: string | RegExp, after?: number, ms?: number): Promise<void>;
  stop(): Promise<number | null>;
}

/** Starts `hatang serve <dir> --listen 127.0.0.1:0 ...` and waits until it serves. */
export async function serve(dir: string, ...args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', dir, '--listen', '127.0.0.1:0', '--lang', 'en', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout!.resume();
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const waitForLog = async (text: string | RegExp, after = 0, ms = 90_000) => {
    const deadline = Date.now() + ms;
    const found = () => (typeof text === 'string' ? stderr.slice(after).includes(text) : text.test(stderr.slice(after)));
    while (!found()) {
      if (child.exitCode !== null) throw new Error(`hatang serve exited (${child.exitCode}) before logging ${String(text)}:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`hatang serve did not log ${String(text)} within ${ms} ms:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  await waitForLog(/serving http:\/\/127\.0\.0\.1:\d+\/metrics/);
  const address = /serving http:\/\/(127\.0\.0\.1:\d+)\/metrics/.exec(stderr)![1]!;
  return {
    child,
    address,
    url: `http://${address}`,
    log: () => stderr,
    exited,
    waitForLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Value of the one series of `name` whose labels include `labels`, from Prometheus text; undefined when absent. */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3] === '+Inf' ? Infinity : m[3]);
  }
  return undefined;
}
