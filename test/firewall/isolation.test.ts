// The incident runbook's "isolate a zone" commands work on the ruleset `hatang firewall` generates: in a scratch
// network namespace, load the real ruleset, run the runbook's commands through a shell, and see the isolation rules
// appear ahead of the generated ones and disappear with the release command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPolicy, renderNftables } from '../../modules/firewall/index.js';
import { zoneIsolations } from '../../modules/runbook/isolation.js';
import { evaluateDir } from '../helpers.js';

function unavailable(): string | undefined {
  if (spawnSync('nft', ['--version']).error) return 'nft is not installed (apt-get install nftables)';
  if (spawnSync('ip', ['-V']).error) return 'ip is not installed (apt-get install iproute2)';
  if (process.getuid?.() !== 0) return 'network namespaces need root (CAP_NET_ADMIN)';
  return undefined;
}

const why = unavailable();
if (why) console.warn(`skipping the isolation commands: ${why}`);
const NS = `hiso${process.pid}`;
const tmp = mkdtempSync(join(tmpdir(), 'hatang-iso-'));
afterAll(() => {
  spawnSync('ip', ['netns', 'del', NS]);
  rmSync(tmp, { recursive: true, force: true });
});

const inNs = (command: string) => spawnSync('ip', ['netns', 'exec', NS, 'sh', '-c', command], { encoding: 'utf8' });

describe.skipIf(why !== undefined)('isolating a zone with the runbook commands', () => {
  it('qn-dc-database at qn-fw-core: isolated, then released', async () => {
    const evaluation = await evaluateDir('inventory/quang-ngai');
    const device = buildPolicy(evaluation).devices.find((d) => d.device === 'qn-fw-core')!;
    const path = join(tmp, 'qn-fw-core.nft');
    writeFileSync(path, renderNftables(device));
    expect(spawnSync('ip', ['netns', 'add', NS]).status).toBe(0);
    expect(inNs(`nft -f ${path}`).stderr).toBe('');
    const iso = zoneIsolations(evaluation.model, evaluation.plan).find((z) => z.device === 'qn-fw-core' && z.zone === 'qn-dc-database')!;
    expect(iso.isolate.length).toBe(4);
    for (const line of iso.isolate) expect(inNs(line).stderr).toBe('');
    const chain = () => inNs(`nft -a list chain inet ${iso.table} forward`).stdout;
    const isolated = chain();
    expect(isolated.match(/hatang isolate qn-dc-database/g)?.length).toBe(4);
    // Inserted ahead of the generated rules: the first rule of the chain is an isolation rule.
    expect(isolated.split('\n').find((l) => /^\s+(ip|ip6|ct|meta|tcp|udp|icmp)/.test(l))).toContain('hatang isolate qn-dc-database');
    expect(inNs(iso.release).status).toBe(0);
    expect(chain()).not.toContain('hatang isolate');
  });
});
