// The packet proof: the generated nftables ruleset, loaded with the real nft in network namespaces, lets through
// every declared flow and drops the sampled undeclared triples; a planted accept rule or a removed rule is caught.
import { describe, expect, it } from 'vitest';
import { labUnavailable, prove } from '../../modules/firewall/prove.js';
import { namespacesWithPrefix } from '../../modules/firewall/netns.js';
import { evaluateDir, runCli } from '../helpers.js';

const why = labUnavailable();
if (why) console.warn(`skipping the packet proof: ${why}`);

describe.skipIf(why !== undefined)('firewall --prove with real packets', () => {
  it('Lạng Sơn DR site: every declared flow passes, every sampled undeclared triple is dropped', async () => {
    const report = await prove(await evaluateDir('inventory/lang-son'), { site: 'ls-dr' });
    expect(report.results.filter((r) => r.expected).length).toBeGreaterThan(5);
    expect(report.results.some((r) => r.why === 'exposure')).toBe(true);
    expect(report.results.filter((r) => r.expected !== r.observed)).toEqual([]);
    expect(namespacesWithPrefix('hfw')).toEqual([]);
  });

  it('Quảng Ngãi main site: a flow through two chained firewalls is probed on both and passes', async () => {
    const report = await prove(await evaluateDir('inventory/quang-ngai'), { site: 'qn-dc' });
    const chained = report.results.filter((r) => r.flow === 'internal-to-ngsp');
    expect(new Set(chained.map((r) => r.device))).toEqual(new Set(['qn-fw-core', 'qn-fw-edge']));
    expect(report.results.filter((r) => r.flow === 'tslcd-to-internal-apps' && r.device === 'qn-fw-core').length).toBeGreaterThan(0);
    expect(report.results.filter((r) => r.expected !== r.observed)).toEqual([]);
    expect(namespacesWithPrefix('hfw')).toEqual([]);
  }, 120_000);

  it('a planted accept rule makes the proof fail', async () => {
    const planted = (text: string) => text.replace('\t\tct state invalid drop\n', '\t\tct state invalid drop\n\t\tmeta l4proto tcp accept comment "planted"\n');
    const report = await prove(await evaluateDir('inventory/lang-son'), { site: 'ls-dr', mutate: planted });
    expect(report.mismatches).toBeGreaterThan(0);
    expect(report.results.some((r) => !r.expected && r.observed && r.why === 'exposure')).toBe(true);
  });

  it('a removed rule makes the proof fail', async () => {
    const removed = (text: string) =>
      text
        .split('\n')
        .filter((l) => !l.includes('comment "flow dr-internet-to-dmz'))
        .join('\n');
    const report = await prove(await evaluateDir('inventory/lang-son'), { site: 'ls-dr', mutate: removed });
    const failed = report.results.filter((r) => r.expected !== r.observed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.flow === 'dr-internet-to-dmz' && !r.observed)).toBe(true);
    expect(namespacesWithPrefix('hfw')).toEqual([]);
  });

  it('hatang firewall --prove prints the matrix and exits 0 on the bundled inventory', async () => {
    const { code, stdout } = await runCli('firewall', 'inventory/lang-son', '--site', 'ls-dr', '--prove');
    expect(stdout).toMatch(/^device\tfrom -> to/);
    expect(stdout).toMatch(/0 mismatches/);
    expect(code).toBe(0);
  });
});

describe('hatang firewall', () => {
  it('writes one file per firewall, and refuses an unknown site with exit 2', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'hatang-fw-'));
    try {
      const ok = await runCli('firewall', 'inventory/quang-ngai', '--site', 'qn-dc', '--format', 'fortios', '--out', out, '--lang', 'en');
      expect(ok.code).toBe(0);
      expect(ok.stderr).toMatch(/warning \[firewall-uncovered\] flows\/mgmt-to-dr-site/);
      // Crosses qn-fw-core then qn-fw-edge: a rule on each, no warning.
      expect(ok.stderr).not.toMatch(/internal-to-ngsp/);
      expect(readFileSync(join(out, 'qn-dc', 'qn-fw-edge.conf'), 'utf8')).toMatch(/config firewall policy/);
      const bad = await runCli('firewall', 'inventory/quang-ngai', '--site', 'nowhere', '--out', out, '--lang', 'en');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/there is no site "nowhere" in inventory\/quang-ngai\. Sites: /);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
