// Outputs that cannot be written, protected lock files, and temporary files: what each command does, run in-process
// as a user would type it. (Permission cases that root bypasses run in special-files.test.ts as another user.)
import { chmod, cp, lstat, mkdir, readFile, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { runCli as run } from '../helpers.js';
import { scratchFolders, STACK, strayTemps } from './child.js';

const QN = 'inventory/quang-ngai';
const scratch = scratchFolders('hatang-write-');
afterAll(scratch.removeAll);

// Signal handlers for temporary files exist only while one is being written: none may be left after a command.
const listeners = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
let before: number[];
beforeAll(() => void (before = listeners()));
afterEach(() => expect(listeners()).toEqual(before));

/** A regular file where a command wants its output folder. */
async function fileInTheWay(): Promise<{ parent: string; out: string }> {
  const parent = await scratch.make();
  const out = join(parent, 'out');
  await writeFile(out, 'not a folder\n');
  return { parent, out };
}

describe('an output folder that is a regular file: one line naming the path and the reason, exit 2', () => {
  test.each([
    ['build', ['--no-pdf'], 'validation.json'],
    ['report', [], 'report.html'],
    ['dossier', ['--system', 'cong-ttdt'], 'dossier-cong-ttdt.md'],
    ['manifests', [], undefined],
    ['synth', [], undefined],
    ['runbooks', [], undefined],
  ] as const)('%s --out <file>', async (command, extra, first) => {
    const { parent, out } = await fileInTheWay();
    const { code, stdout, stderr } = await run(command, QN, '--out', out, '--lang', 'en', ...extra);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(STACK);
    const file = first ? `${out}/${first}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^:]+`;
    // manifests and synth say first what the Kubernetes plan could not express (warnings); the error is the end.
    expect(stderr).toMatch(new RegExp(`(^|\\n)hatang: cannot write ${file}: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a file, not a folder\\.\\n$`));
    expect(await readFile(out, 'utf8')).toBe('not a folder\n');
    expect(await readdir(parent)).toEqual(['out']);
  });

  test('in Vietnamese with --lang vi', async () => {
    const { out } = await fileInTheWay();
    const { code, stdout, stderr } = await run('build', QN, '--out', out, '--no-pdf', '--lang', 'vi');
    expect([code, stdout, stderr]).toEqual([2, '', `hatang: không ghi được ${out}/validation.json: ${out} là một tệp, không phải thư mục.\n`]);
  });

  test('metrics --textfile below a file, and onto a folder', async () => {
    const { parent, out } = await fileInTheWay();
    const below = await run('metrics', QN, '--textfile', join(out, 'hatang.prom'), '--lang', 'en');
    expect([below.code, below.stdout, below.stderr]).toEqual([2, '', `hatang: cannot write ${out}/hatang.prom: ${out} is a file, not a folder.\n`]);
    const folder = join(parent, 'metrics');
    await mkdir(folder);
    const onto = await run('metrics', QN, '--textfile', folder, '--lang', 'en');
    expect([onto.code, onto.stdout, onto.stderr]).toEqual([2, '', `hatang: cannot write ${folder}: a folder is in the way.\n`]);
    // The temporary file written next to it is gone.
    expect((await readdir(parent)).sort()).toEqual(['metrics', 'out']);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('read errors that root cannot bypass take the same path as permission errors', () => {
  test('--lock below a regular file: a located read-error, exit 2', async () => {
    const { out } = await fileInTheWay();
    const lock = join(out, 'addressing.lock.yaml');
    const { code, stdout, stderr } = await run('plan', 'test/fixtures/minimal', '--lock', lock, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${lock}:1:1: error [read-error]: The file cannot be read: a part of the path is a file, not a folder.\n`);
    expect(stderr).not.toMatch(STACK);
  });

  test('a folder where the lock file is expected', async () => {
    const dir = join(await scratch.make(), 'inv');
    await cp('test/fixtures/minimal', dir, { recursive: true });
    await mkdir(join(dir, 'addressing.lock.yaml'));
    const { code, stdout } = await run('validate', dir, '--format', 'json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).diagnostics).toEqual([
      {
        code: 'read-error',
        severity: 'error',
        message: {
          vi: 'Đường dẫn là một thư mục, không phải tệp thông thường; hatang chỉ đọc tệp thông thường.',
          en: 'The path is a folder, not a regular file; hatang reads regular files only.',
        },
        location: { file: `${dir}/addressing.lock.yaml`, line: 1, column: 1 },
        pointer: null,
        found: null,
        expected: null,
        suggestion: null,
      },
    ]);
  });
});

/** A copy of the Quảng Ngãi inventory whose lock lacks its last allocation, so that `plan --write-lock` rewrites it. */
async function staleLock(): Promise<{ dir: string; lock: string; stale: string; dropped: string }> {
  const dir = join(await scratch.make(), 'quang-ngai');
  await cp(QN, dir, { recursive: true });
  const lock = join(dir, 'addressing.lock.yaml');
  const lines = (await readFile(lock, 'utf8')).trimEnd().split('\n');
  const dropped = lines.pop()!.trim().split(':')[0]!;
  const stale = lines.join('\n') + '\n';
  await writeFile(lock, stale);
  return { dir, lock, stale, dropped };
}

describe('a protected lock file is not replaced without --force-lock-write', () => {
  test('read-only (chmod 444): refused before the plan is printed; forced, rewritten with its mode kept', async () => {
    const { dir, lock, stale, dropped } = await staleLock();
    await chmod(lock, 0o444);
    const refused = await run('plan', dir, '--lang', 'en', '--write-lock');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `hatang: not replacing ${lock}: it is read-only (mode 0444), and the address plan changed. Make it writable, or run again with --force-lock-write (the file keeps its mode).\n`,
    );
    expect(await readFile(lock, 'utf8')).toBe(stale);

    const forced = await run('plan', dir, '--lang', 'en', '--force-lock-write');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(`Wrote ${lock}\n`);
    expect(forced.stderr).toContain(`  + ${dropped} `);
    const written = await readFile(lock, 'utf8');
    expect(written).toContain(`  ${dropped}: {`);
    expect((await stat(lock)).mode & 0o777).toBe(0o444);
    expect(await strayTemps(dir)).toEqual([]);
  });

  test('--frozen and an unchanged plan never touch a read-only lock', async () => {
    const dir = join(await scratch.make(), 'quang-ngai');
    await cp(QN, dir, { recursive: true });
    await chmod(join(dir, 'addressing.lock.yaml'), 0o444);
    expect((await run('plan', dir, '--lang', 'en', '--write-lock')).code).toBe(0);
    expect((await run('plan', dir, '--lang', 'en', '--frozen')).code).toBe(0);
  });

  test('a symbolic link: refused; forced, the link is replaced by a file and its target left alone', async () => {
    const { dir, lock, stale, dropped } = await staleLock();
    const target = join(dir, 'shared.lock.yaml');
    await writeFile(target, stale);
    await rm(lock);
    await symlink('shared.lock.yaml', lock);
    const refused = await run('plan', dir, '--lang', 'vi', '--write-lock');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `hatang: không ghi đè ${lock}: đây là một liên kết tượng trưng; kế hoạch địa chỉ đã thay đổi. Cho phép ghi tệp, hoặc chạy lại với --force-lock-write (giữ nguyên quyền của tệp).\n`,
    );
    const forced = await run('plan', dir, '--lang', 'en', '--force-lock-write');
    expect(forced.code).toBe(0);
    expect((await lstat(lock)).isFile()).toBe(true);
    expect(await readFile(lock, 'utf8')).toContain(`  ${dropped}: {`);
    expect(await readFile(target, 'utf8')).toBe(stale);
  });

  test('a writable lock is rewritten with its own mode, not the default one', async () => {
    const { dir, lock, dropped } = await staleLock();
    await chmod(lock, 0o640);
    const { code } = await run('plan', dir, '--lang', 'en', '--write-lock');
    expect(code).toBe(0);
    expect(await readFile(lock, 'utf8')).toContain(`  ${dropped}: {`);
    expect((await stat(lock)).mode & 0o777).toBe(0o640);
  });
});

describe('orphan temporary files (left by kill -9) are swept by the next write into their folder', () => {
  const OLD = new Date(Date.now() - 20 * 60 * 1000);

  test('in an output folder: old ones go, recent ones and other hidden files stay', async () => {
    const out = await scratch.make();
    await writeFile(join(out, '.hatang-tmp-0123456789abcdef'), 'half a report');
    await utimes(join(out, '.hatang-tmp-0123456789abcdef'), OLD, OLD);
    await writeFile(join(out, '.hatang-tmp-fedcba9876543210'), 'a write under way');
    await writeFile(join(out, '.keep'), '');
    await utimes(join(out, '.keep'), OLD, OLD);
    const { code } = await run('build', 'test/fixtures/minimal', '--out', out, '--no-pdf', '--lang', 'en');
    expect(code).toBe(1);
    const names = await readdir(out);
    expect(names).not.toContain('.hatang-tmp-0123456789abcdef');
    expect(names).toContain('.hatang-tmp-fedcba9876543210');
    expect(names).toContain('.keep');
    expect(names).toContain('validation.json');
  });

  test('in the inventory folder, when plan writes the lock', async () => {
    const { dir } = await staleLock();
    const orphan = join(dir, '.hatang-tmp-00000000deadbeef');
    await writeFile(orphan, 'version: 1\n');
    await utimes(orphan, OLD, OLD);
    expect((await run('plan', dir, '--lang', 'en', '--write-lock')).code).toBe(0);
    expect(await strayTemps(dir)).toEqual([]);
  });
});
