// The inventory metrics of a bundled province: values a dashboard shows, bounded labels, deterministic text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parameterValue } from '../../modules/baseline/index.js';
import { select } from '../../modules/evaluation/index.js';
import { evaluateDir, evaluateModel } from '../helpers.js';
import { addMonths, daysBetween, loadInventory } from '../../modules/model/index.js';
import {
  collectMetrics,
  EVIDENCE_INTERVAL_PARAMETER,
  METRIC_DEFINITIONS,
  negotiateFormat,
  renderMetrics,
  type MetricSamples,
} from '../../modules/metrics/index.js';
import type { Model } from '../../modules/model/index.js';
import { BUNDLED, needBinary, PROMTOOL, REPO, removeScratch, sampleValue, scratch } from './helpers.js';

const AS_OF = '2026-11-29';
const DAY = 86_400;
let model: Model;
let samples: MetricSamples;
let text: string;

beforeAll(async () => {
  const evaluation = await evaluateDir(BUNDLED, { asOf: AS_OF });
  model = evaluation.model;
  samples = collectMetrics({ evaluation, version: '9.9.9' });
  text = await renderMetrics(samples);
});
afterAll(removeScratch);

describe('inventory metrics of Quảng Ngãi', () => {
  test('inventory info names the province and the hash the report shows', () => {
    expect(
      sampleValue(text, 'hatang_inventory_info', {
        province: 'quang-ngai',
        province_code: '51',
        ruleset: 'vn-nd331-2026',
        hash: model.hash.replace('sha256:', '').slice(0, 16),
      }),
    ).toBe(1);
    expect(sampleValue(text, 'hatang_build_info', { version: '9.9.9' })).toBe(1);
  });

  test('systems are counted by level and every system has one info series', () => {
    for (const level of [1, 2, 3, 4, 5]) {
      expect(sampleValue(text, 'hatang_systems', { level: String(level) })).toBe(model.systems.filter((s) => s.level === level).length);
    }
    expect(samples.get('hatang_system_info')!.map((s) => s.labels[0])).toEqual(model.systems.map((s) => s.name));
    expect(sampleValue(text, 'hatang_inventory_objects', { kind: 'Agency' })).toBe(model.agencies.length);
  });

  test('evidence age and time to the next due date follow the evidence dates and the level intervals', () => {
    let checkedExpiry = 0;
    for (const s of model.systems) {
      for (const [kind, item] of Object.entries(s.evidence)) {
        const age = (Date.parse(`${AS_OF}T00:00:00Z`) - Date.parse(`${item.date}T00:00:00Z`)) / 1000;
        expect(sampleValue(text, 'hatang_evidence_age_seconds', { system: s.name, kind })).toBe(age);
        // the baseline's own parameter for this evidence, so the dashboard and `hatang validate` agree
        const parameter = EVIDENCE_INTERVAL_PARAMETER[kind as keyof typeof EVIDENCE_INTERVAL_PARAMETER];
        const fromParameter = parameter ? parameterValue(parameter, select({}, { today: AS_OF }).ruleset.id, s.level).value : undefined;
        const months = parameter ? (item.reviewIntervalMonths ?? fromParameter) : undefined;
        const expiry = sampleValue(text, 'hatang_evidence_expires_in_seconds', { system: s.name, kind });
        if (months === undefined) {
          expect(expiry).toBeUndefined();
        } else {
          const due = new Date(`${item.date}T00:00:00Z`);
          due.setUTCMonth(due.getUTCMonth() + months);
          if (due.getUTCDate() === Number(item.date.slice(8))) {
            expect(expiry).toBe((due.getTime() - Date.parse(`${AS_OF}T00:00:00Z`)) / 1000);
            checkedExpiry++;
          }
        }
      }
    }
    expect(checkedExpiry).toBeGreaterThan(5);
    // Level approval has no interval: never an expiry series.
    expect(samples.get('hatang_evidence_expires_in_seconds')!.some((s) => s.labels[1] === 'levelApproval')).toBe(false);
  });

  test('waivers count down to their expiry date', () => {
    for (const w of model.waivers) {
      expect(sampleValue(text, 'hatang_waiver_expires_in_seconds', { waiver: w.name, rule: w.rule })).toBe(daysBetween(AS_OF, w.expires) * DAY);
    }
    expect(model.waivers.length).toBeGreaterThan(0);
  });

  test('every address pool has size, used, free and a ratio that agree', () => {
    for (const pool of model.province.addressPools) {
      const labels = { pool: pool.name, family: pool.family };
      const size = sampleValue(text, 'hatang_address_pool_size_addresses', { ...labels, purpose: pool.purpose })!;
      const used = sampleValue(text, 'hatang_address_pool_used_addresses', labels)!;
      const free = sampleValue(text, 'hatang_address_pool_free_addresses', labels)!;
      const ratio = sampleValue(text, 'hatang_address_pool_utilisation_ratio', labels)!;
      expect(size).toBe(2 ** ((pool.family === 'ipv4' ? 32 : 128) - Number(pool.prefix.split('/')[1])));
      expect(used + free).toBeCloseTo(size, -Math.floor(Math.log10(size)) + 6);
      expect(ratio).toBeCloseTo(used / size, 9);
      expect(ratio).toBeGreaterThanOrEqual(0);
      expect(ratio).toBeLessThanOrEqual(1);
    }
    // The data-centre pool holds the zones' prefixes: something is used.
    expect(sampleValue(text, 'hatang_address_pool_used_addresses', { pool: 'dc-v4', family: 'ipv4' })).toBeGreaterThan(0);
  });

  test('DR readiness is 0 for systems without DR and the RPO target is exported in seconds', () => {
    for (const s of model.systems) {
      const ready = sampleValue(text, 'hatang_system_dr_ready', { system: s.name });
      expect(ready === 0 || ready === 1).toBe(true);
      if (!s.dr || s.dr.mode === 'none') expect(ready).toBe(0);
      if (s.rpoMinutes !== undefined) expect(sampleValue(text, 'hatang_system_rpo_target_seconds', { system: s.name })).toBe(s.rpoMinutes * 60);
      const achievable = sampleValue(text, 'hatang_system_rpo_achievable_seconds', { system: s.name });
      if (ready === 1) expect(achievable).toBeLessThanOrEqual((s.rpoMinutes ?? Infinity) * 60);
    }
  });

  test('labels carry identifiers and enums only: no titles, descriptions or other free text', () => {
    const allowed = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$|^$/;
    for (const [name, list] of samples) {
      for (const s of list) for (const value of s.labels) expect(value, `${name} ${value}`).toMatch(allowed);
    }
  });

  test('the same inventory and date give byte-identical text, sorted, without timestamps', async () => {
    const other = collectMetrics({ evaluation: await evaluateDir(BUNDLED, { asOf: AS_OF }), version: '9.9.9' });
    expect(await renderMetrics(other)).toBe(text);
    for (const line of text.split('\n')) if (line && !line.startsWith('#')) expect(line.split(' ')).toHaveLength(2);
    for (const list of samples.values()) {
      const keys = list.map((s) => s.labels.join('\u0000'));
      expect(keys).toEqual([...keys].sort());
    }
  });

  test('OpenMetrics ends with # EOF and carries the same series', async () => {
    const om = await renderMetrics(samples, 'openmetrics');
    expect(om.endsWith('# EOF\n')).toBe(true);
    const series = (t: string) =>
      t
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .sort();
    expect(series(om)).toEqual(series(text));
  });

  test.skipIf(!needBinary(PROMTOOL, 'linting the exposition with promtool check metrics'))('promtool check metrics finds no naming problem', async () => {
    const file = join(await scratch(), 'quang-ngai.prom');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    // Exit status 0 and no output: no lint problems (units, suffixes, help).
    const out = execFileSync(PROMTOOL, ['check', 'metrics'], { input: readFileSync(file), encoding: 'utf8' });
    expect(out.trim()).toBe('');
  });
});

describe('metric definitions', () => {
  const doc = readFileSync(join(REPO, 'docs', 'metrics.md'), 'utf8');

  test('every metric is documented in docs/metrics.md, with its labels', () => {
    for (const def of METRIC_DEFINITIONS) {
      expect(doc, def.name).toContain(`\`${def.name}\``);
      for (const label of def.labels) expect(doc, `${def.name} label ${label}`).toContain(`\`${label}\``);
    }
  });

  test('names follow the Prometheus conventions: hatang_ prefix, snake case, counters end in _total', () => {
    for (const def of METRIC_DEFINITIONS) {
      expect(def.name).toMatch(/^hatang_[a-z][a-z0-9_]*[a-z0-9]$/);
      expect(def.name.endsWith('_total')).toBe(def.type === 'counter');
      for (const label of def.labels) expect(label).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    expect(new Set(METRIC_DEFINITIONS.map((d) => d.name)).size).toBe(METRIC_DEFINITIONS.length);
  });

  test('docs, dashboard and alert rules only name metrics that exist', () => {
    const known = new Set(METRIC_DEFINITIONS.map((d) => d.name));
    const files = ['docs/metrics.md', 'docs/monitoring/alerts.yml', 'docs/monitoring/grafana-dashboard.json'];
    for (const file of files) {
      const names = readFileSync(join(REPO, file), 'utf8').match(/\bhatang_[a-z0-9_]+/g) ?? [];
      expect(names.length, file).toBeGreaterThan(0);
      for (const name of names) expect(known.has(name) || known.has(name.replace(/_(total|bucket|sum|count)$/, '')), `${file}: ${name}`).toBe(true);
    }
  });
});

describe('dates and content negotiation', () => {
  test.each([
    { name: 'plain', date: '2026-03-14', months: 12, due: '2027-03-14' },
    { name: 'end of month clamps', date: '2026-08-31', months: 6, due: '2027-02-28' },
    { name: 'leap day', date: '2028-02-29', months: 12, due: '2029-02-28' },
    { name: 'two years', date: '2025-10-08', months: 24, due: '2027-10-08' },
  ])('addMonths $name', ({ date, months, due }) => {
    expect(addMonths(date, months)).toBe(due);
  });

  test.each([
    { name: 'no header', accept: undefined, format: 'prometheus' },
    {
      name: 'Prometheus 2.x scrape',
      accept: 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
      format: 'openmetrics',
    },
    { name: 'text preferred', accept: 'text/plain;version=0.0.4;q=1,application/openmetrics-text;q=0.5', format: 'prometheus' },
    { name: 'OpenMetrics refused', accept: 'application/openmetrics-text;q=0', format: 'prometheus' },
    { name: 'browser', accept: 'text/html,application/xhtml+xml,*/*;q=0.8', format: 'prometheus' },
  ])('Accept: $name', ({ accept, format }) => {
    expect(negotiateFormat(accept)).toBe(format);
  });
});

describe('the estate of a small province', () => {
  let estate: string;
  let estateSamples: MetricSamples;
  beforeAll(async () => {
    const loaded = await loadInventory('test/fixtures/minimal');
    if (!loaded.model) throw new Error('fixture does not load');
    const base = loaded.model;
    const agency = base.agencies[0]!;
    const system = base.systems[0]!;
    const flow = base.flows[0]!;
    const out = (name: string, external: string, via?: 'tslcd' | 'internet' | 'dedicated') => ({
      ...flow,
      name,
      from: { type: 'zone' as const, zone: 'dc-app' },
      to: { type: 'external' as const, external },
      ...(via ? { via } : {}),
    });
    const small: Model = {
      ...base,
      province: { ...base.province, endpoints: { workstations: 7559, workstationsProtected: 7390, asOf: '2020-12-31' } },
      agencies: [
        { ...agency, name: 'a-fw', edge: { firewall: true }, endpoints: { workstations: 120, workstationsProtected: 100 } },
        { ...agency, name: 'a-nofw', edge: { firewall: false }, endpoints: { workstations: 30 } },
        { ...agency, name: 'a-fw-2', edge: { firewall: true, vendor: 'Hãng "X" \\ <b>' } },
        { ...agency, name: 'a-unknown' },
      ],
      systems: [
        { ...system, name: 's-onprem', service: { model: 'on-premises' } },
        { ...system, name: 's-saas', service: { model: 'saas', provider: 'vnpt', contract: { reference: 'HĐ 12/2025' } } },
        { ...system, name: 's-saas-2', service: { model: 'saas' } },
        { ...system, name: 's-unsaid' },
      ],
      flows: [...base.flows, out('to-vdxp', 'vdxp'), out('to-vdxp-2', 'vdxp'), out('to-vdxp-internet', 'vdxp', 'internet'), out('to-emc', 'emc')],
    };
    estateSamples = collectMetrics({ evaluation: evaluateModel(small, { asOf: AS_OF }), version: '9.9.9' });
    estate = await renderMetrics(estateSamples);
  });

  test('agencies by edge firewall: declared, declared without, not declared; every state present', () => {
    expect(sampleValue(estate, 'hatang_agencies_by_edge_firewall', { state: 'firewall' })).toBe(2);
    expect(sampleValue(estate, 'hatang_agencies_by_edge_firewall', { state: 'no-firewall' })).toBe(1);
    expect(sampleValue(estate, 'hatang_agencies_by_edge_firewall', { state: 'not-declared' })).toBe(1);
  });

  test('workstations and their protection: the agencies that declare a figure, and the province-wide total', () => {
    expect(sampleValue(estate, 'hatang_workstations', { scope: 'agencies' })).toBe(150);
    expect(sampleValue(estate, 'hatang_workstations_protected', { scope: 'agencies' })).toBe(100);
    expect(sampleValue(estate, 'hatang_workstations', { scope: 'province' })).toBe(7559);
    expect(sampleValue(estate, 'hatang_workstations_protected', { scope: 'province' })).toBe(7390);
    // Nobody declared servers: no series, never a zero.
    expect(estateSamples.get('hatang_servers')).toEqual([]);
    expect(estate).not.toMatch(/^hatang_servers\{/m);
  });

  test('flows to external endpoints by endpoint, category, the network they take and direction', () => {
    const labels = (endpoint: string, category: string, path: string, direction: string) => ({ endpoint, category, path, direction });
    expect(sampleValue(estate, 'hatang_external_flows', labels('vdxp', 'national-platform', 'tslcd', 'outbound'))).toBe(2);
    expect(sampleValue(estate, 'hatang_external_flows', labels('vdxp', 'national-platform', 'internet', 'outbound'))).toBe(1);
    expect(sampleValue(estate, 'hatang_external_flows', labels('emc', 'national-service', 'internet', 'outbound'))).toBe(1);
    expect(sampleValue(estate, 'hatang_external_flows', labels('internet', 'network', 'internet', 'inbound'))).toBe(1);
  });

  test('systems by service model, not declared included', () => {
    expect(sampleValue(estate, 'hatang_systems_by_service_model', { service_model: 'saas' })).toBe(2);
    expect(sampleValue(estate, 'hatang_systems_by_service_model', { service_model: 'on-premises' })).toBe(1);
    expect(sampleValue(estate, 'hatang_systems_by_service_model', { service_model: 'iaas' })).toBe(0);
    expect(sampleValue(estate, 'hatang_systems_by_service_model', { service_model: 'not-declared' })).toBe(1);
  });

  test('no free text of the inventory reaches a label (vendor, contract, provider)', () => {
    const allowed = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$|^$/;
    for (const [name, list] of estateSamples) for (const s of list) for (const value of s.labels) expect(value, `${name} ${value}`).toMatch(allowed);
    expect(estate).not.toContain('HĐ 12/2025');
    expect(estate).not.toContain('vnpt');
  });
});
