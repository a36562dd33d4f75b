// The alerting rules and the Grafana dashboard in docs/monitoring: promtool accepts the rules and their unit tests
// pass; the dashboard is a dashboard whose queries name our metrics.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { needBinary, PROMTOOL, REPO, requireBinary } from './helpers.js';

const exec = promisify(execFile);
const MONITORING = join(REPO, 'docs', 'monitoring');

describe.skipIf(!needBinary(PROMTOOL, 'checking the alert rules'))('alert rules (promtool)', () => {
  test('promtool check rules accepts docs/monitoring/alerts.yml', async () => {
    requireBinary(PROMTOOL);
    const { stdout } = await exec(PROMTOOL, ['check', 'rules', join(MONITORING, 'alerts.yml')]);
    expect(stdout).toContain('SUCCESS: 8 rules found');
  });

  test('the rules fire as their unit tests expect (expiry within 30 days, pool over 80 %, new failing finding at level 3+, stale evaluation date)', async () => {
    requireBinary(PROMTOOL);
    const { stdout } = await exec(PROMTOOL, ['test', 'rules', join(MONITORING, 'alerts.test.yml')]);
    expect(stdout).toContain('SUCCESS');
    const tests = readFileSync(join(MONITORING, 'alerts.test.yml'), 'utf8');
    for (const alert of ['HatangEvidenceExpiringSoon', 'HatangAddressPoolOver80Percent', 'HatangNewFailingFindingHighLevel', 'HatangEvaluationStale']) {
      expect(tests).toContain(`alertname: ${alert}`);
    }
  });
});

describe('Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(join(MONITORING, 'grafana-dashboard.json'), 'utf8')) as {
    uid: string;
    title: string;
    panels: { id: number; title: string; targets: { expr: string }[]; gridPos: { x: number; y: number; w: number; h: number } }[];
  };

  test('has a stable uid, unique panel ids, and every panel queries a hatang metric through the instance variable', () => {
    expect(dashboard.uid).toBe('hatang-overview');
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const panel of dashboard.panels) {
      expect(panel.targets.length, panel.title).toBeGreaterThan(0);
      for (const t of panel.targets) {
        expect(t.expr, panel.title).toMatch(/hatang_/);
        expect(t.expr, panel.title).toContain('instance=~"$instance"');
      }
      expect(panel.gridPos.x + panel.gridPos.w, panel.title).toBeLessThanOrEqual(24);
    }
  });

  test.skipIf(!needBinary(PROMTOOL, 'parsing the dashboard queries'))('every query is valid PromQL (promtool parses them as recording rules)', async () => {
    requireBinary(PROMTOOL);
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr.replaceAll('$instance', '.*')));
    const rules = [
      'groups:',
      '  - name: dashboard',
      '    rules:',
      ...exprs.flatMap((e, i) => [`      - record: hatang_dashboard_query_${i}`, `        expr: ${JSON.stringify(e)}`]),
    ].join('\n');
    const dir = await mkdtemp(join(tmpdir(), 'hatang-dashboard-'));
    try {
      await writeFile(join(dir, 'queries.yml'), rules + '\n');
      const { stdout } = await exec(PROMTOOL, ['check', 'rules', join(dir, 'queries.yml')]);
      expect(stdout).toContain(`SUCCESS: ${exprs.length} rules found`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('shows what the alerts watch: findings by level, evidence due, pool utilisation, DR readiness', () => {
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const name of [
      'hatang_findings',
      'hatang_evidence_expires_in_seconds',
      'hatang_address_pool_utilisation_ratio',
      'hatang_system_dr_ready',
      'hatang_inventory_load_failing',
    ]) {
      expect(exprs).toContain(name);
    }
  });
});
