// Outputs name files relative to the working directory, even when the inventory is given as an absolute path
// (docs/output.md, paths); an inventory outside the working directory keeps absolute paths, and SARIF then bases
// its artifact locations on %SRCROOT%, the inventory folder.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, test } from 'vitest';
import { shownPath } from '../../modules/cli/pipeline.js';
import { runCli as run } from '../helpers.js';

const AS_OF = '2026-11-29';
const CWD = process.cwd();
const ABSOLUTE = resolve('inventory/quang-ngai');
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-paths-'));
  made.push(dir);
  return dir;
};

/** Every file under `dir`, with its path relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** The documents without the inventory path the command was given (what modules/cli/actions/*.ts report as given). */
const withoutGivenPath = {
  json: (s: string) => JSON.stringify({ ...JSON.parse(s), inventory: { ...JSON.parse(s).inventory, path: null } }),
  sarif: (s: string) => s.replace(`"inventory": ${JSON.stringify(ABSOLUTE)}`, '"inventory": null'),
  junit: (s: string) => s.replace(`<testsuites name="hatang ${ABSOLUTE} `, '<testsuites name="hatang '),
} as const;

test('shownPath: an absolute path inside the working directory becomes relative; others stay as given', () => {
  expect(shownPath('/repo/inventory/quang-ngai', '/repo')).toBe('inventory/quang-ngai');
  expect(shownPath('/repo', '/repo')).toBe('.');
  expect(shownPath('/elsewhere/quang-ngai', '/repo')).toBe('/elsewhere/quang-ngai');
  expect(shownPath('/repo-2/x', '/repo')).toBe('/repo-2/x');
  expect(shownPath('inventory/quang-ngai', '/repo')).toBe('inventory/quang-ngai');
  expect(shownPath('../other/x', '/repo')).toBe('../other/x');
});

describe('validate with an absolute inventory path inside the working directory', () => {
  test.each(['json', 'sarif', 'junit'] as const)('--format %s: every location is relative to the working directory', async (format) => {
    const { stdout } = await run('validate', ABSOLUTE, '--as-of', AS_OF, '--format', format);
    expect(stdout).toContain('inventory/quang-ngai/');
    expect(withoutGivenPath[format](stdout)).not.toContain(CWD);
  });

  test('SARIF artifact locations are the same as with the relative path', async () => {
    const uris = async (dir: string) =>
      (JSON.parse((await run('validate', dir, '--as-of', AS_OF, '--format', 'sarif')).stdout) as Sarif.Log).runs[0]!.results!.map(
        (r) => r.locations?.[0]?.physicalLocation?.artifactLocation,
      );
    expect(await uris(ABSOLUTE)).toEqual(await uris('inventory/quang-ngai'));
  });

  // The inventory path itself (JSON inventory.path, SARIF runs[0].properties.inventory, the JUnit name) is the
  // pipeline's shown path too.
  test.each(['json', 'sarif', 'junit'] as const)('--format %s: not even the inventory path is absolute', async (format) => {
    const { stdout } = await run('validate', ABSOLUTE, '--as-of', AS_OF, '--format', format);
    expect(stdout).not.toContain(CWD);
  });
});

test('build with an absolute inventory path: model.json, the report and the plan name no absolute path', async () => {
  const out = await scratch();
  const { code } = await run('build', ABSOLUTE, '--out', out, '--as-of', AS_OF, '--no-pdf', '--lang', 'en');
  expect(code).toBe(0);
  const model = JSON.parse(await readFile(join(out, 'model.json'), 'utf8'));
  expect(model.root).toBe('inventory/quang-ngai');
  const files = await filesUnder(out);
  expect(files).toEqual(expect.arrayContaining(['model.json', 'report.md', 'report.html', 'addressing/plan.json']));
  for (const file of files) {
    const text = await readFile(join(out, file), 'utf8');
    const kind = file === 'validation.json' ? 'json' : file === 'validation.sarif' ? 'sarif' : file === 'validation.junit.xml' ? 'junit' : undefined;
    expect([file, (kind ? withoutGivenPath[kind](text) : text).includes(CWD)]).toEqual([file, false]);
  }
}, 120_000);

test('an inventory outside the working directory: SARIF locations are relative to %SRCROOT%, the inventory folder', async () => {
  const dir = join(await scratch(), 'quang-ngai');
  await cp('inventory/quang-ngai', dir, { recursive: true });
  const { stdout } = await run('validate', dir, '--as-of', AS_OF, '--format', 'sarif');
  const log = JSON.parse(stdout) as Sarif.Log;
  const runs = log.runs[0]!;
  expect(runs.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(pathToFileURL(dir).href + '/');
  const locations = runs.results!.flatMap((r) => r.locations ?? []).map((l) => l.physicalLocation!.artifactLocation!);
  expect(locations.length).toBeGreaterThan(0);
  for (const l of locations) {
    expect(l.uriBaseId).toBe('%SRCROOT%');
    expect(l.uri).toMatch(/^[a-z0-9-]+\.yaml$/);
  }
  expect(stdout).not.toContain(CWD);
});
