// Every generated nftables ruleset of both bundled provinces passes `nft -c -f` (the real parser and kernel checks).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy, renderFiles } from '../../modules/firewall/index.js';
import { evaluateDir } from '../helpers.js';

function nftMissing(): string | undefined {
  if (spawnSync('nft', ['--version']).error) return 'nft is not installed (apt-get install nftables)';
  if (process.getuid?.() !== 0) return 'nft -c needs root (CAP_NET_ADMIN)';
  return undefined;
}

const why = nftMissing();
if (why) console.warn(`skipping nft -c: ${why}`);

describe.skipIf(why !== undefined)('nftables rulesets pass nft -c', () => {
  for (const dir of ['inventory/quang-ngai', 'inventory/lang-son']) {
    it(dir, async () => {
      const evaluation = await evaluateDir(dir);
      const files = renderFiles(buildPolicy(evaluation), 'nftables');
      expect(files.length).toBeGreaterThan(0);
      const tmp = mkdtempSync(join(tmpdir(), 'hatang-nft-'));
      try {
        for (const file of files) {
          const path = join(tmp, file.path.replace(/\//g, '_'));
          writeFileSync(path, file.content);
          const result = spawnSync('nft', ['-c', '-f', path], { encoding: 'utf8' });
          expect(result.stderr, file.path).toBe('');
          expect(result.status, file.path).toBe(0);
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      expect(execFileSync('nft', ['--version'], { encoding: 'utf8' })).toMatch(/nftables/);
    });
  }
});
