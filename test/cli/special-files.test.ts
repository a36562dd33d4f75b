// Files that are not regular files, and files and folders hatang may not read or write, as a user meets them: the
// compiled CLI runs in a child process that is killed when it hangs, so that a named pipe read the old way (it
// blocks until a writer comes) fails the test instead of stalling the run. Needs `npm run build` (as `npm test` does).
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { permissionUser, runBin, runNode, scratchFolders, STACK, strayTemps, REPO } from './child.js';

const scratch = scratchFolders('hatang-special-');
afterAll(scratch.removeAll);

/** A copy of the minimal inventory (no lock), in a scratch folder. */
async function inventory(): Promise<string> {
  const dir = join(await scratch.make(), 'inv');
  await mkdir(dir);
  await chmod(dir, 0o755);
  await copyFile(join(REPO, 'test/fixtures/minimal/inventory.yaml'), join(dir, 'inventory.yaml'));
  return dir;
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const FIFO = 'The path is a named pipe (FIFO), not a regular file; hatang reads regular files only.';
/** A run that ended by itself, quickly, without a stack trace. */
function endedCleanly(run: { timedOut: boolean; stdout: string; stderr: string; signal: NodeJS.Signals | null }): void {
  expect(run.timedOut, 'the CLI hung and was killed').toBe(false);
  expect(run.signal).toBeNull();
  expect(run.stdout + run.stderr).not.toMatch(STACK);
}

describe('a named pipe (FIFO) is refused, never read', () => {
  test.each([
    ['validate', [] as string[], 'stdout'],
    ['plan', [], 'stderr'],
    ['build', ['--no-pdf'], 'stdout'],
  ] as const)('as addressing.lock.yaml: %s exits 2 with a located read-error', async (command, extra, stream) => {
    const dir = await inventory();
    const lock = join(dir, 'addressing.lock.yaml');
    mkfifo(lock);
    const out = join(dir, '..', 'out');
    const run = await runBin([command, dir, '--lang', 'en', ...extra, ...(command === 'build' ? ['--out', out] : [])], { timeoutMs: 10_000 });
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run[stream]).toContain(`${lock}:1:1: error [read-error]: ${FIFO}\n`);
    // The lock is left as it was (still a pipe), and nothing else appears in the inventory folder.
    expect((await stat(lock)).isFIFO()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['addressing.lock.yaml', 'inventory.yaml']);
    if (command === 'build') expect((await readdir(out)).sort()).toEqual(['validation.json', 'validation.junit.xml', 'validation.sarif']);
    expect(await strayTemps(join(dir, '..'))).toEqual([]);
  });

  test('as an inventory file: a located read-error, not silently skipped', async () => {
    const dir = await inventory();
    mkfifo(join(dir, 'zones.yaml'));
    const run = await runBin(['validate', dir, '--lang', 'en'], { timeoutMs: 10_000 });
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${dir}/zones.yaml:1:1: error [read-error]: ${FIFO}\n`);
  });

  test('as --baseline: a command-line error, nothing on standard output', async () => {
    const dir = await inventory();
    const baseline = join(dir, '..', 'baseline.json');
    mkfifo(baseline);
    const run = await runBin(['validate', dir, '--lang', 'en', '--baseline', baseline], { timeoutMs: 10_000 });
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `hatang: --baseline ${baseline}: not a readable hatang JSON report (the path is a named pipe (FIFO), not a regular file; hatang reads regular files only).\n`,
    );
  });
});

describe('files and folders hatang may not read or write', () => {
  const user = permissionUser();
  // Root reads through chmod 000: as root these run the CLI as nobody; the same code paths are also covered without
  // permissions below (a file where a folder is expected, a folder where a file is expected).
  const asUser = user.skip ? test.skip : test;
  if (user.skip) console.warn(`skipped permission tests: ${user.skip}`);
  const options = { timeoutMs: 15_000, ...(user.uid !== undefined ? { uid: user.uid } : {}) };
  const DENIED = 'permission denied (the user running hatang may not read it).';

  asUser('an unreadable inventory file: a located read-error, exit 2', async () => {
    const dir = await inventory();
    await writeFile(join(dir, 'secret.yaml'), 'apiVersion: hatang.vn/v1\n');
    await chmod(join(dir, 'secret.yaml'), 0o000);
    const run = await runBin(['validate', dir, '--lang', 'en'], options);
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${dir}/secret.yaml:1:1: error [read-error]: The file cannot be read: ${DENIED}\n`);
  });

  asUser('an unreadable folder inside the inventory, and the inventory folder itself', async () => {
    const dir = await inventory();
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'more', 'zones.yaml'), 'apiVersion: hatang.vn/v1\n');
    await chmod(join(dir, 'more'), 0o000);
    const inner = await runBin(['validate', dir, '--lang', 'en'], options);
    endedCleanly(inner);
    expect(inner.code).toBe(2);
    expect(inner.stdout).toContain(`${dir}/more:1:1: error [read-error]: The folder cannot be read: ${DENIED}\n`);

    await chmod(dir, 0o000);
    const outer = await runBin(['validate', dir, '--lang', 'en'], options);
    endedCleanly(outer);
    expect(outer.code).toBe(2);
    expect(outer.stdout).toContain(`${dir}:1:1: error [read-error]: The folder cannot be read: ${DENIED}\n`);
  });

  asUser('an unreadable lock file', async () => {
    const dir = await inventory();
    const lock = join(dir, 'addressing.lock.yaml');
    await writeFile(lock, 'version: 1\nprovince: mau\nallocations: {}\n');
    await chmod(lock, 0o000);
    const run = await runBin(['plan', dir, '--lang', 'en'], options);
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${lock}:1:1: error [read-error]: The file cannot be read: ${DENIED}\n`);
  });

  asUser('a read-only inventory folder: plan cannot write the lock, exit 2 with the path and the reason', async () => {
    const dir = await inventory();
    await chmod(dir, 0o555);
    const run = await runBin(['plan', dir, '--lang', 'en', '--write-lock'], options);
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`hatang: cannot write ${dir}/addressing.lock.yaml: permission denied (the folder or file is not writable by this user).\n`);
    expect(await readdir(dir)).toEqual(['inventory.yaml']);
  });

  asUser('an --out folder that may not be written: build exits 2, in Vietnamese too', async () => {
    const dir = await inventory();
    const out = join(dir, '..', 'locked-out');
    await mkdir(out);
    await chmod(out, 0o555);
    const run = await runBin(['build', dir, '--out', out, '--no-pdf', '--lang', 'vi'], options);
    endedCleanly(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`hatang: không ghi được ${out}/validation.json: không có quyền ghi (thư mục hoặc tệp không cho người dùng này ghi).\n`);
  });
});

describe('temporary files', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)('%s during a write removes the temporary file and ends the process by the signal', async (signal) => {
    const dir = await scratch.make();
    // A write large enough to be under way when the signal comes; the script signals itself as soon as a file
    // other than the target appears (the temporary file, whatever its name).
    const script = `
      import { watch } from 'node:fs';
      import { writeFileAtomic } from './dist/modules/cli/write.js';
      const dir = ${JSON.stringify(dir)};
      const watcher = watch(dir, (_event, name) => {
        if (name && name !== 'big.bin') { watcher.close(); process.kill(process.pid, '${signal}'); }
      });
      await writeFileAtomic(dir + '/big.bin', Buffer.alloc(64 * 1024 * 1024, 1));
      console.log('finished before the signal');
      setTimeout(() => {}, 5000);
    `;
    const run = await runNode(['--input-type=module', '-e', script], { timeoutMs: 20_000 });
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBe(signal);
    expect(run.stdout).toBe('');
    expect(await readdir(dir)).toEqual([]);
  });
});
