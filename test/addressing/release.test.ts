// No silent renumbering: an explicit prefix written inside the locked prefix of another agency or zone is an error
// (ADDR-LOCK-02) that names both objects; `hatang plan --write-lock` keeps the lock as it is until the entry that
// would move is released by name (`--release <key>`), and then renumbers that object only.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers.js';

const BASE = join(import.meta.dirname, 'rules', 'base', 'inventory.yaml');
const AS_OF = '2026-11-29';
const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

const agency = (name: string, ipv4: string) => `---
apiVersion: hatang.vn/v1
kind: Agency
metadata:
  name: ${name}
spec:
  name: Ủy ban nhân dân ${name}
  kind: commune
  code: "${name === 'xa-a' ? '21001' : '21002'}"
  ipv4: ${ipv4}
`;

const zone = (name: string, vlan: number, ipv4: string) => `---
apiVersion: hatang.vn/v1
kind: Zone
metadata:
  name: ${name}
spec:
  site: dc-chinh
  kind: internal-servers
  vlan: ${vlan}
  ipv4: ${ipv4}
`;

interface Scenario {
  readonly kind: string;
  /** The two objects, both asking for a /24: `a` is allocated first. */
  readonly docs: (bIpv4: string) => string;
  readonly a: string;
  readonly b: string;
}

const SCENARIOS: Scenario[] = [
  {
    kind: 'agencies',
    docs: (b) => agency('xa-a', '{ size: 24, pool: tslcd-v4 }') + agency('xa-b', b),
    a: 'agencies/xa-a',
    b: 'agencies/xa-b',
  },
  {
    kind: 'zones',
    docs: (b) => zone('dc-web', 120, '{ size: 24, pool: dc-v4 }') + zone('dc-api', 121, b),
    a: 'zones/dc-web',
    b: 'zones/dc-api',
  },
];

async function inventory(docs: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-release-'));
  made.push(dir);
  await writeFile(join(dir, 'inventory.yaml'), (await readFile(BASE, 'utf8')) + docs);
  return dir;
}

const plan = (dir: string, ...args: string[]) => runCli('plan', dir, '--as-of', AS_OF, '--lang', 'en', ...args);
const lockOf = async (dir: string) => readFile(join(dir, 'addressing.lock.yaml'), 'utf8');
const entry = (lock: string, key: string) => new RegExp(`^  ${key}: \\{[^\\n]*prefix: "([^"]+)"`, 'm').exec(lock)?.[1];

describe.each(SCENARIOS)('$kind: an explicit prefix inside the locked /24 of another object', (s) => {
  /** Both allocated and locked; then `b` is given, explicitly, the first half of `a`'s locked /24. */
  async function conflict(): Promise<{ dir: string; before: string; aPrefix: string }> {
    const dir = await inventory(s.docs('{ size: 24, pool: ' + (s.kind === 'zones' ? 'dc-v4' : 'tslcd-v4') + ' }'));
    expect((await plan(dir, '--write-lock')).code).toBe(0);
    const before = await lockOf(dir);
    const aPrefix = entry(before, `${s.a}/ipv4`)!;
    expect(aPrefix).toMatch(/\/24$/);
    await writeFile(join(dir, 'inventory.yaml'), (await readFile(BASE, 'utf8')) + s.docs(aPrefix.replace(/\/24$/, '/25')));
    return { dir, before, aPrefix };
  }

  test('without --release: an error naming both objects, exit 1, the lock not written', async () => {
    const { dir, before, aPrefix } = await conflict();
    const shown = await plan(dir, '--format', 'json');
    const findings = (JSON.parse(shown.stdout) as { findings: { rule: string; severity: string; status: string; message: { en: string; vi: string } }[] })
      .findings;
    const f = findings.filter((x) => x.rule === 'ADDR-LOCK-02');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', status: 'fail' });
    for (const m of [f[0]!.message.en, f[0]!.message.vi]) {
      expect(m).toContain(s.a);
      expect(m).toContain(s.b);
      expect(m).toMatch(/inventory\.yaml:\d+:\d+/);
      expect(m).toContain(`hatang plan --write-lock --release ${s.a}/ipv4`);
    }
    expect(shown.code).toBe(1);

    const written = await plan(dir, '--write-lock');
    expect(written.code).toBe(1);
    expect(written.stderr).toContain('not written');
    expect(await lockOf(dir)).toBe(before);
    // validate judges the same plan: exit 1.
    expect((await runCli('validate', dir, '--as-of', AS_OF, '--format', 'json')).code).toBe(1);
    // A bare --release frees entries whose request is gone or changed, never the prefix of an unchanged request.
    expect((await plan(dir, '--write-lock', '--release')).code).toBe(1);
    expect(entry(await lockOf(dir), `${s.a}/ipv4`)).toBe(aPrefix);
  });

  test('with --release naming the entry (or the object): written, that object renumbered', async () => {
    for (const name of [`${s.a}/ipv4`, s.a]) {
      const { dir, aPrefix } = await conflict();
      const released = await plan(dir, '--write-lock', '--release', name);
      expect(released.code).toBe(0);
      const lock = await lockOf(dir);
      const moved = entry(lock, `${s.a}/ipv4`);
      expect(moved).toBeDefined();
      expect(moved).not.toBe(aPrefix);
      // b's prefix is explicit now: no entry of its own in the lock.
      expect(entry(lock, `${s.b}/ipv4`)).toBeUndefined();
      const again = await plan(dir, '--format', 'json');
      expect((JSON.parse(again.stdout) as { findings: { rule: string }[] }).findings.map((x) => x.rule)).not.toContain('ADDR-LOCK-02');
      expect(again.code).toBe(0);
    }
  });
});

test('--release with a name no lock entry has is refused (exit 2), so that a misplaced folder is not taken for a key', async () => {
  const dir = await inventory(agency('xa-a', '{ size: 24, pool: tslcd-v4 }'));
  expect((await plan(dir, '--write-lock')).code).toBe(0);
  const before = await lockOf(dir);
  const r = await runCli('plan', '--lang', 'en', '--write-lock', '--release', 'agencies/xa-z', dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--release agencies/xa-z: no entry of');
  expect(r.stdout).toBe('');
  expect(await lockOf(dir)).toBe(before);
});
