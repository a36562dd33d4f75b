import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// The report names the firewall policy `hatang firewall` generates, with a digest the auditor can check against
// the file that command writes (and so against the ruleset loaded on the device).
describe('report: firewall policy section', () => {
  it('lists every firewall of Quảng Ngãi with the digest of its generated nftables ruleset', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hatang-report-fw-'));
    try {
      for (const site of ['qn-dc', 'kt-dr']) {
        expect((await runCli('firewall', 'inventory/quang-ngai', '--site', site, '--format', 'nftables', '--out', join(out, 'fw'))).code).toBe(0);
      }
      expect((await runCli('report', 'inventory/quang-ngai', '--out', join(out, 'report'))).code).toBeLessThan(2);
      const md = readFileSync(join(out, 'report', 'report.md'), 'utf8');
      const section = md.slice(md.indexOf('## Chính sách tường lửa theo ma trận luồng'), md.indexOf('## Phụ lục: điều khoản'));
      for (const [site, device] of [
        ['qn-dc', 'qn-fw-core'],
        ['qn-dc', 'qn-fw-edge'],
        ['kt-dr', 'kt-fw-edge'],
      ] as const) {
        const file = readFileSync(join(out, 'fw', site, `${device}.nft`), 'utf8');
        const digest = createHash('sha256').update(file).digest('hex').slice(0, 16);
        const row = section.split('\n').find((l) => l.includes(`\`${device}\``));
        expect(row, device).toContain(`\`${site}/${device}.nft\``);
        expect(row, device).toContain(`\`${digest}\``);
        expect(row, device).toContain(`\`inet hatang_${site.replace('-', '_')}\``);
      }
      // A flow between the two sites has no rule on a firewall, and the report says so instead of staying silent.
      expect(section).toMatch(/Luồng giữa hai trung tâm[^\n]*`mgmt-to-dr-site` \(`qn-dc`\)/);
      const html = readFileSync(join(out, 'report', 'report.html'), 'utf8');
      expect(html).toContain('<a href="#firewalls">');
      expect(html).toMatch(/<code>qn-fw-core<\/code>/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
