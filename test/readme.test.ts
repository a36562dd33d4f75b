// The README's example of a broken inventory is what hatang really prints.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { main } from '../modules/cli/index.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function edit(file: string, line: number, from: string, to: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  await writeFile(file, lines.join('\n'));
}

test('README: the two errors of the broken Quảng Ngãi example, exactly', async () => {
  const readme = await readFile('README.md', 'utf8');
  const block = /hatang validate inventory\/quang-ngai --lang en` prints:\n\n```\n([\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  const expected = block![1]!.trimEnd().split('\n');

  const dir = await mkdtemp(join(tmpdir(), 'hatang-readme-'));
  made.push(dir);
  const copy = join(dir, 'quang-ngai');
  await cp('inventory/quang-ngai', copy, { recursive: true });
  await edit(join(copy, 'zones.yaml'), 36, 'prefix: 10.51.10.0/24', 'prefix: 10.51.10.1/24');
  await edit(join(copy, 'flows.yaml'), 28, 'zone: qn-dc-dmz', 'zone: qn-dc-dnz');

  let stdout = '';
  const code = await main(['validate', copy, '--lang', 'en'], { stdout: (s) => void (stdout += s), stderr: () => {} });
  expect(code).toBe(2);
  const printed = stdout.split(copy).join('inventory/quang-ngai').trimEnd().split('\n');
  expect(printed.slice(-expected.length)).toEqual(expected);
});
