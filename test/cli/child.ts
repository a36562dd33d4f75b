// Runs the compiled command line (bin/hatang.js, from `npm run build`) in a child process that is killed when it
// takes too long: a test of input that used to block (a named pipe) must fail, not hang the test run. Also makes
// scratch folders the child can use when it runs as another user.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The child was killed after `timeoutMs`: it hung. */
  readonly timedOut: boolean;
}

export interface ChildOptions {
  readonly timeoutMs?: number;
  /** Run as this user and group (only root may). */
  readonly uid?: number;
  readonly args?: readonly string[];
}

/** `node <args…>` in the repository root; killed with SIGKILL after `timeoutMs` (default 15 s). */
export function runNode(args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const { timeoutMs = 15_000, uid } = options;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1' },
      ...(uid !== undefined ? { uid, gid: uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** `hatang <argv…>` from the compiled bin. */
export const runBin = (argv: readonly string[], options: ChildOptions = {}): Promise<ChildRun> => runNode(['bin/hatang.js', ...argv], options);

/**
 * The user the permission tests run the CLI as: root reads and writes whatever the mode bits say, so as root the
 * child runs as `nobody` (65534); any other user runs as itself. Undefined (with the reason) when neither works.
 */
export function permissionUser(): { uid?: number; skip?: string } {
  if (process.getuid?.() !== 0) return {};
  // The probe runs the CLI itself: a checkout below a folder `nobody` may not enter (a private temporary folder)
  // cannot be run as nobody at all.
  const probe = spawnSync(process.execPath, ['bin/hatang.js', '--version'], { uid: 65534, gid: 65534, cwd: REPO });
  if (probe.status === 0) return { uid: 65534 };
  return { skip: `running as root, and the CLI cannot run as nobody here (${probe.error?.message ?? `exit ${probe.status}`}): chmod does not stop root` };
}

/** Scratch folders, removed after the tests; open to every user so that a child running as nobody can enter them. */
export function scratchFolders(prefix: string): { make: () => Promise<string>; removeAll: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async () => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      await chmod(dir, 0o755);
      made.push(dir);
      return dir;
    },
    removeAll: async () => {
      for (const dir of made) {
        // Give back permissions taken away by a test, or rm cannot enter the folders.
        await restorePermissions(dir);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

async function restorePermissions(dir: string): Promise<void> {
  await chmod(dir, 0o755).catch(() => undefined);
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await restorePermissions(join(dir, entry.name));
  }
}

/** No line of a stack trace and no "internal error": what a user must never see for bad input. */
export const STACK = /internal error|^\s+at .+[(:]\d+/m;

/** Names in `dir` (recursively) of temporary files, ours (`.hatang-tmp-…`) or the old kind (`.name.<pid>.tmp`). */
export async function strayTemps(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => /^\.hatang-tmp-|^\..*\.\d+\.tmp$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}
