// `hatang serve` and `hatang metrics` as an operator runs them: HTTP endpoints, reloads, a broken edit, shutdown,
// and the node_exporter textfile.
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { RULESETS } from '../../modules/baseline/index.js';
import { select } from '../../modules/evaluation/index.js';
import { BUNDLED, CLI, inventoryCopy, removeScratch, sampleValue, scratch, serve } from './helpers.js';

const exec = promisify(execFile);
afterAll(removeScratch);

async function get(url: string, accept?: string) {
  const res = await fetch(url, accept ? { headers: { accept } } : {});
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Appends a document with a YAML syntax error to systems.yaml; returns the good content to restore. */
async function breakInventory(dir: string): Promise<string> {
  const file = join(dir, 'systems.yaml');
  const good = await readFile(file, 'utf8');
  await writeFile(file, `${good}\n---\napiVersion: hatang.vn/v1\nkind: System\nmetadata: { name: broken\n`);
  return good;
}

describe('hatang serve', { timeout: 180_000 }, () => {
  test('serves both exposition formats and /healthz, reloads on edits and SIGHUP, keeps the last good state on a broken edit, stops on SIGTERM', async () => {
    const dir = await inventoryCopy();
    const server = await serve(dir, '--as-of', '2026-11-29');
    try {
      expect(server.address.startsWith('127.0.0.1:')).toBe(true);
      const health = await get(`${server.url}/healthz`);
      expect(health).toMatchObject({ status: 200, body: 'ok\n' });

      const text = await get(`${server.url}/metrics`);
      expect(text.status).toBe(200);
      expect(text.type).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(sampleValue(text.body, 'hatang_inventory_info', { province: 'quang-ngai', province_code: '51' })).toBe(1);
      expect(sampleValue(text.body, 'hatang_inventory_load_failing')).toBe(0);
      expect(sampleValue(text.body, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      const systems = sampleValue(text.body, 'hatang_inventory_objects', { kind: 'System' })!;
      expect(systems).toBeGreaterThan(0);

      const om = await get(`${server.url}/metrics`, 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5');
      expect(om.type).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
      expect(om.body.endsWith('# EOF\n')).toBe(true);
      expect(om.body.match(/# EOF/g)).toHaveLength(1);
      expect(om.body).toContain('hatang_inventory_load_errors_total 0');

      expect((await get(`${server.url}/nothing`)).status).toBe(404);
      expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(405);

      // A broken edit: reported, old values stay.
      let mark = server.log().length;
      const good = await breakInventory(dir);
      await server.waitForLog('reload failed (1 error); still exporting the last good state', mark);
      expect(server.log().slice(mark)).toMatch(/systems\.yaml:\d+:\d+: error \[yaml-syntax\]/);
      const broken = (await get(`${server.url}/metrics`)).body;
      expect(sampleValue(broken, 'hatang_inventory_load_failing')).toBe(1);
      expect(sampleValue(broken, 'hatang_inventory_load_error_diagnostics')).toBe(1);
      expect(sampleValue(broken, 'hatang_inventory_load_errors_total')).toBeGreaterThanOrEqual(1);
      expect(sampleValue(broken, 'hatang_inventory_objects', { kind: 'System' })).toBe(systems);
      expect((await get(`${server.url}/healthz`)).status).toBe(200);

      // Fixed: the flag clears.
      mark = server.log().length;
      await writeFile(join(dir, 'systems.yaml'), good);
      await server.waitForLog(/loaded .*: \d+ systems/, mark);
      const fixed = (await get(`${server.url}/metrics`)).body;
      expect(sampleValue(fixed, 'hatang_inventory_load_failing')).toBe(0);
      expect(sampleValue(fixed, 'hatang_inventory_load_error_diagnostics')).toBe(0);
      const reloads = sampleValue(fixed, 'hatang_inventory_reloads_total')!;
      expect(reloads).toBeGreaterThanOrEqual(2);

      // SIGHUP reloads without any file change.
      mark = server.log().length;
      server.child.kill('SIGHUP');
      await server.waitForLog(/loaded .*: \d+ systems/, mark);
      expect(sampleValue((await get(`${server.url}/metrics`)).body, 'hatang_inventory_reloads_total')).toBe(reloads + 1);
    } finally {
      const code = await server.stop();
      expect(code).toBe(0);
      expect(server.log()).toContain('SIGTERM: shutting down');
    }
  }, 300_000);

  test('an inventory that does not load at start: diagnostics and exit 2, nothing served', async () => {
    const dir = await inventoryCopy();
    await breakInventory(dir);
    const { code, stderr } = await cli('serve', dir, '--listen', '127.0.0.1:0', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toMatch(/systems\.yaml:\d+:\d+: error \[yaml-syntax\]/);
    expect(stderr).not.toContain('serving http');
  });

  test.each([
    { name: 'no port', listen: '127.0.0.1' },
    { name: 'port out of range', listen: '127.0.0.1:70000' },
    { name: 'unbracketed IPv6', listen: '::1:9464' },
  ])('--listen with $name: exit 2 with the expected form', async ({ listen }) => {
    const { code, stderr } = await cli('serve', BUNDLED, '--listen', listen, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('expected <host>:<port>, e.g. 127.0.0.1:9464 or [::1]:9464');
  });
});

describe('hatang metrics --textfile', { timeout: 180_000 }, () => {
  test('writes the same text as stdout, atomically, and byte-identical on a second run', async () => {
    const out = join(await scratch(), 'collector', 'hatang.prom');
    const first = await cli('metrics', BUNDLED, '--textfile', out, '--as-of', '2026-11-29', '--lang', 'en');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Wrote ${out}`);
    const written = await readFile(out, 'utf8');
    const stdout = await cli('metrics', BUNDLED, '--as-of', '2026-11-29');
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stdout).toBe(written);
    expect(written).toContain('hatang_inventory_info{province="quang-ngai"');
    // Serve-only metrics would change the file on every run.
    expect(written).not.toContain('hatang_inventory_last_success_timestamp_seconds');
    expect(written).not.toContain('process_');
    await cli('metrics', BUNDLED, '--textfile', out, '--as-of', '2026-11-29');
    expect(await readFile(out, 'utf8')).toBe(written);
    // The date moves ages on by exactly one day.
    const next = await cli('metrics', BUNDLED, '--as-of', '2026-11-30');
    expect(next.code, next.stderr).toBe(0);
    const age = (t: string) => Number(/hatang_evidence_age_seconds\{[^}]*\} (\d+)/.exec(t)![1]);
    expect(age(next.stdout) - age(written)).toBe(86_400);
  });

  test('an inventory with errors leaves the textfile as it was and exits 2', async () => {
    const out = join(await scratch(), 'hatang.prom');
    await writeFile(out, '# previous good content\n');
    const before = await stat(out);
    const dir = await inventoryCopy();
    await breakInventory(dir);
    const { code, stderr } = await cli('metrics', dir, '--textfile', out, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain(`Did not write ${out}: the inventory has errors.`);
    expect(await readFile(out, 'utf8')).toBe('# previous good content\n');
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
  });

  test('the rule-set in force at the date labels the inventory; --ruleset picks another; an unknown one is exit 2', async () => {
    const inForce = select({}, { today: '2026-11-29' }).ruleset.id;
    const other = RULESETS.find((r) => r.id !== inForce)!.id;
    const byDate = await cli('metrics', BUNDLED, '--as-of', '2026-11-29');
    expect(sampleValue(byDate.stdout, 'hatang_inventory_info', { ruleset: inForce })).toBe(1);
    const chosen = await cli('metrics', BUNDLED, '--as-of', '2026-11-29', '--ruleset', other);
    expect(sampleValue(chosen.stdout, 'hatang_inventory_info', { ruleset: other })).toBe(1);
    const unknown = await cli('metrics', BUNDLED, '--ruleset', 'no-such-ruleset', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"no-such-ruleset"');
  });

  test('a bad --as-of is a command-line error', async () => {
    const { code, stderr } = await cli('metrics', BUNDLED, '--as-of', '2026-02-30', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of "2026-02-30" is not a date of the form YYYY-MM-DD.');
  });
});
