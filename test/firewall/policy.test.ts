// The vendor-neutral policy and its FortiOS and JSON renderings: golden files for both bundled provinces,
// determinism, names stable under insertion, sensitive zones never reachable from outside unless a flow says so.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy, policyName, renderFiles, renderNftables } from '../../modules/firewall/index.js';
import { pathOf } from '../../modules/firewall/paths.js';
import type { Device, Endpoint, Flow } from '../../modules/model/index.js';
import { evaluateDir } from '../helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');

function golden(path: string, content: string): void {
  const file = join(GOLDEN, path);
  if (process.env.HATANG_UPDATE_EXPECTED === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  expect(content, path).toBe(readFileSync(file, 'utf8'));
}

describe('firewall policy', () => {
  for (const province of ['quang-ngai', 'lang-son']) {
    it(`${province}: FortiOS and JSON match the golden files`, async () => {
      const policy = buildPolicy(await evaluateDir(`inventory/${province}`));
      for (const file of [...renderFiles(policy, 'fortios'), ...renderFiles(policy, 'json')]) golden(`${province}/${file.path}`, file.content);
    });
  }

  it('one rule per flow both ends of which the device separates, with the flow and system in its comment', async () => {
    const evaluation = await evaluateDir('inventory/quang-ngai');
    const policy = buildPolicy(evaluation);
    const edge = policy.devices.find((d) => d.device === 'qn-fw-edge')!;
    const rule = edge.rules.find((r) => r.name === 'internet-to-dmz-cong-dvc')!;
    expect(rule.comment).toBe('flow internet-to-dmz-cong-dvc; system he-thong-tthc');
    expect(rule.from.anyOutside).toBe(true);
    expect(rule.services).toEqual(['tcp-443', 'tcp-80']);
    expect(edge.rules.map((r) => r.name)).not.toContain('dmz-to-internal-app');
    const core = policy.devices.find((d) => d.device === 'qn-fw-core')!;
    expect(core.rules.map((r) => r.name)).toContain('dmz-to-internal-app');
    expect(policy.devices.every((d) => d.nat.length === 0)).toBe(true);
    // The TSLCD set is the agencies' prefixes.
    const tslcd = edge.addresses.find((a) => a.name === 'ext-tslcd-v4')!;
    expect(tslcd.entries.length).toBeGreaterThan(10);
    expect(policy.uncovered.map((u) => u.flow)).not.toContain('internal-to-ngsp');
    expect(policy.uncovered.find((u) => u.flow === 'mgmt-to-dr-site')?.reason).toBe('site-endpoint');
  });

  it('gives every firewall on a chain a rule, with its own ingress and egress sides', async () => {
    const policy = buildPolicy(await evaluateDir('inventory/quang-ngai'), { site: 'qn-dc' });
    const rule = (device: string) => policy.devices.find((d) => d.device === device)!.rules.find((r) => r.name === 'internal-to-ngsp')!;
    expect(rule('qn-fw-core').path).toEqual(['qn-fw-core', 'qn-fw-edge']);
    expect([rule('qn-fw-core').from.interface, rule('qn-fw-core').to.interface]).toEqual(['qn-dc-internal', 'qn-dc-dmz']);
    expect([rule('qn-fw-edge').from.interface, rule('qn-fw-edge').to.interface]).toEqual(['qn-dc-dmz', 'ngsp']);
    // Addresses stay the flow's ends on both devices.
    expect(rule('qn-fw-edge').from.ipv4).toBe('zone-qn-dc-internal-v4');
    expect(rule('qn-fw-edge').comment).toBe('flow internal-to-ngsp; system lgsp; path qn-fw-core > qn-fw-edge');
  });

  it('finds the shortest path, ties broken by device name, and no path through an external network', () => {
    const device = (name: string, zones: string[], externals: string[] = []) =>
      ({ name, boundaryZones: zones, boundaryExternals: externals }) as unknown as Device;
    const zone = (z: string): Endpoint => ({ type: 'zone', zone: z });
    const devices = [
      device('fw-c', ['a', 'b']),
      device('fw-b', ['b', 'c']),
      device('fw-a', ['a', 'b']),
      device('fw-d', ['a', 'c']),
      device('fw-e', ['c'], ['internet']),
    ];
    expect(pathOf(devices, { from: zone('a'), to: zone('b') })).toEqual([{ device: 'fw-a', ingress: 'a', egress: 'b' }]);
    expect(pathOf(devices, { from: zone('a'), to: zone('c') })).toEqual([{ device: 'fw-d', ingress: 'a', egress: 'c' }]);
    expect(pathOf(devices.slice(0, 3), { from: zone('a'), to: zone('c') })?.map((h) => h.device)).toEqual(['fw-a', 'fw-b']);
    expect(pathOf(devices, { from: zone('a'), to: { type: 'external', external: 'internet' } })?.map((h) => h.device)).toEqual(['fw-d', 'fw-e']);
    const viaInternet = [device('x', ['a'], ['internet']), device('y', ['z'], ['internet'])];
    expect(pathOf(viaInternet, { from: zone('a'), to: zone('z') })).toBeUndefined();
    expect(pathOf(devices, { from: zone('a'), to: { type: 'site', site: 's' } })).toBeUndefined();
  });

  it('is deterministic and keeps every name when a flow is added', async () => {
    const evaluation = await evaluateDir('inventory/lang-son');
    const before = buildPolicy(evaluation);
    expect(JSON.stringify(buildPolicy(evaluation))).toBe(JSON.stringify(before));
    const extra: Flow = { ...evaluation.model.flows[0]!, name: 'aaa-new-flow', ports: [{ protocol: 'tcp', from: 1, to: 1 }] };
    const after = buildPolicy({ ...evaluation, model: { ...evaluation.model, flows: [extra, ...evaluation.model.flows] } });
    for (const [i, device] of before.devices.entries()) {
      const names = new Set(after.devices[i]!.addresses.map((a) => a.name));
      for (const a of device.addresses) expect(names.has(a.name)).toBe(true);
      const text = renderNftables(after.devices[i]!);
      for (const line of renderNftables(device).split('\n')) expect(text.includes(line)).toBe(true);
    }
  });

  it('keeps FortiOS policy names within 35 characters, stable', () => {
    expect(policyName('short')).toBe('short');
    const long = policyName('kt-dr-internal-to-government-reporting');
    expect(long.length).toBeLessThanOrEqual(35);
    expect(policyName('kt-dr-internal-to-government-reporting')).toBe(long);
  });
});
