// The one reader of input files: regular files only, within a limit, never blocking; and what the inventory loader
// makes of files it may not read. (A hang here would stall the run: the CLI-level cases run in a child process in
// test/cli/special-files.test.ts.)
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic, loadInventory, readRegularFile, readYamlFile } from '../../modules/model/index.js';

const made: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-read-'));
  made.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

const refusal = async (path: string, limit = 1024) => {
  const read = await readRegularFile(path, limit);
  return 'refused' in read ? read.refused : read.bytes.toString('utf8');
};

describe('readRegularFile', () => {
  test('a regular file within the limit, up to the limit exactly', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'ten'), '0123456789');
    expect(await refusal(join(dir, 'ten'), 10)).toBe('0123456789');
    expect(await refusal(join(dir, 'ten'), 9)).toEqual({
      reason: 'too-large',
      size: 10,
      limit: 9,
      message: { vi: 'Tệp lớn 10 byte, vượt giới hạn 9 byte', en: 'The file has 10 bytes, more than the limit of 9' },
    });
  });

  test('a named pipe is refused at once, without a writer', async () => {
    const dir = await scratch();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const started = Date.now();
    expect(await refusal(join(dir, 'pipe'))).toEqual({
      reason: 'unreadable',
      message: {
        vi: 'Đường dẫn là một ống có tên (FIFO), không phải tệp thông thường; hatang chỉ đọc tệp thông thường.',
        en: 'The path is a named pipe (FIFO), not a regular file; hatang reads regular files only.',
      },
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a device, a folder, a file in place of a folder, nothing', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'file'), 'x');
    const en = async (path: string) => {
      const r = await refusal(path);
      return typeof r === 'string' ? r : [r.reason, r.message.en];
    };
    expect(await en('/dev/null')).toEqual(['unreadable', 'The path is a character device, not a regular file; hatang reads regular files only.']);
    expect(await en(dir)).toEqual(['unreadable', 'The path is a folder, not a regular file; hatang reads regular files only.']);
    expect(await en(join(dir, 'file', 'x'))).toEqual(['unreadable', 'The file cannot be read: a part of the path is a file, not a folder.']);
    expect(await en(join(dir, 'none'))).toEqual(['missing', 'The file does not exist.']);
  });
});

describe('readYamlFile', () => {
  test('text without a byte order mark, line endings made LF; a missing file is told apart', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'a.yaml'), '\ufeffa: 1\r\nb: 2\rc: 3\n');
    expect(await readYamlFile(join(dir, 'a.yaml'), 'a.yaml', 1024)).toEqual({ text: 'a: 1\nb: 2\nc: 3\n' });
    const missing = await readYamlFile(join(dir, 'b.yaml'), 'b.yaml', 1024);
    expect('missing' in missing && missing.missing).toBe(true);
  });

  test('a bad byte after CR-only line breaks is located on its own line', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'a.yaml'), Buffer.from('a: 1\rb: \xff\r', 'latin1'));
    const read = await readYamlFile(join(dir, 'a.yaml'), 'a.yaml', 1024);
    expect('diagnostic' in read && formatDiagnostic(read.diagnostic, 'en')).toBe(
      'a.yaml:2:4: error [binary-file]: The file is not UTF-8 text (byte 0xff at offset 8); an inventory must be YAML text.',
    );
  });
});

describe('the inventory loader and files it may not read', () => {
  const lines = async (dir: string) => (await loadInventory(dir)).diagnostics.map((d) => formatDiagnostic(d, 'en'));

  test('a named pipe with a YAML name, directly or through a link inside the folder: a located read-error', async () => {
    const dir = await scratch();
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    await mkdir(join(dir, 'pipes'));
    execFileSync('mkfifo', [join(dir, 'pipes', 'zones.yaml')]);
    await symlink(join(dir, 'pipes', 'zones.yaml'), join(dir, 'linked.yaml'));
    const fifo = 'error [read-error]: The path is a named pipe (FIFO), not a regular file; hatang reads regular files only.';
    expect(await lines(dir)).toEqual([`${dir}/linked.yaml:1:1: ${fifo}`, `${dir}/pipes/zones.yaml:1:1: ${fifo}`]);
  });

  test('a socket with a YAML name: opening it fails (ENXIO) the way a permission error does, even for root', async () => {
    const dir = await scratch();
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    const server: Server = createServer();
    await new Promise<void>((listening) => server.listen(join(dir, 'socket.yaml'), listening));
    try {
      expect(await lines(dir)).toEqual([
        `${dir}/socket.yaml:1:1: error [read-error]: The file cannot be read: the path is a socket or a device, not a regular file.`,
      ]);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});
