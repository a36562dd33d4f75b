// `hatang firewall --diff <git-ref>`: the policy of the inventory at a revision of a temporary git repository
// against the working tree: rules, addresses and services added, removed and changed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy, diffPolicies } from '../../modules/firewall/index.js';
import { evaluateDir, runCli } from '../helpers.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

describe('firewall --diff', () => {
  it('diffPolicies: no change against itself; a removed flow removes its rule', async () => {
    const evaluation = await evaluateDir('inventory/lang-son');
    const policy = buildPolicy(evaluation, { site: 'ls-dr' });
    expect(diffPolicies(policy, policy)).toEqual({ devices: [], uncovered: { added: [], removed: [] } });
    const flows = evaluation.model.flows.filter((f) => f.name !== 'dr-dmz-to-app');
    const after = buildPolicy({ ...evaluation, model: { ...evaluation.model, flows } }, { site: 'ls-dr' });
    const diff = diffPolicies(policy, after);
    expect(diff.devices.map((d) => [d.device, d.change])).toEqual([['dr-fw', 'changed']]);
    expect(diff.devices[0]!.objects).toContainEqual({ kind: 'rule', name: 'dr-dmz-to-app', change: 'removed' });
  });

  it('against a revision of a temporary git repository', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'hatang-fwdiff-'));
    try {
      const inventory = join(repo, 'inventory', 'lang-son');
      cpSync('inventory/lang-son', inventory, { recursive: true });
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'inventory');
      const flows = join(inventory, 'flows.yaml');
      let text = readFileSync(flows, 'utf8');
      text = text.replace('  ports: [tcp/8080, tcp/8443]\n  purpose: Máy chủ web dự phòng', '  ports: [tcp/8443, tcp/9443]\n  purpose: Máy chủ web dự phòng');
      // The last document of the file: drop it with the separator before it.
      text = text.replace(/\n---\napiVersion: hatang\.vn\/v1\nkind: Flow\nmetadata:\n {2}name: dr-app-to-db\n[\s\S]*$/, '\n');
      writeFileSync(flows, text);
      const { code, stdout, stderr } = await runCli('firewall', inventory, '--site', 'ls-dr', '--diff', 'HEAD', '--lang', 'en');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('~ ls-dr/dr-fw\n');
      expect(stdout).toContain('  ~ rule dr-dmz-to-app\n      services: ["tcp-8080","tcp-8443"] -> ["tcp-8443","tcp-9443"]\n');
      expect(stdout).toContain('  - rule dr-app-to-db\n');
      expect(stdout).toContain('  + service tcp-9443\n');
      expect(stdout).toMatch(/ {2}- service tcp-1521\n/);
      const json = await runCli('firewall', inventory, '--site', 'ls-dr', '--diff', 'HEAD', '--format', 'json');
      expect(JSON.parse(json.stdout).devices[0].device).toBe('dr-fw');
      const bad = await runCli('firewall', inventory, '--site', 'ls-dr', '--diff', 'no-such-ref', '--lang', 'en');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/"no-such-ref" is not a readable git revision/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
