// An allowed flow from the Internet into a database zone fails at every level from 2, whatever firewall it crosses,
// and the DR flow rule never proposes to copy it to the DR site.
import { describe, expect, test } from 'vitest';
import { openInventory, isValid } from '../../modules/evaluation/index.js';
import type { Flow, Model } from '../../modules/model/index.js';
import { evaluateModel } from '../helpers.js';

async function quangNgaiAtLevel(level: 1 | 2 | 3 | 4 | 5): Promise<Model> {
  const opened = await openInventory('inventory/quang-ngai');
  if (!isValid(opened)) throw new Error('the bundled inventory is not valid');
  const m = opened.model;
  const template = m.flows[0]!;
  const exposure: Flow = {
    ...template,
    name: 'internet-to-database',
    from: { type: 'external', external: 'internet' },
    to: { type: 'zone', zone: 'qn-dc-database' },
    ports: [{ protocol: 'tcp', from: 5432, to: 5432 }],
    purpose: 'Đối tác truy vấn trực tiếp',
  };
  return {
    ...m,
    flows: [...m.flows, exposure],
    systems: m.systems.map((s) => ({ ...s, level, components: s.components.map(({ level: _, ...c }) => c) })),
  };
}

describe('NET-EXPO-01', () => {
  test.each([2, 3, 4, 5] as const)('fails at level %i although the flow crosses the firewalls', async (level) => {
    const { findings } = evaluateModel(await quangNgaiAtLevel(level));
    const expo = findings.filter((f) => f.rule === 'NET-EXPO-01' && f.target === 'flows/internet-to-database');
    expect(expo.map((f) => [f.status, f.severity, f.level])).toEqual([['fail', 'error', level]]);
    // The path does cross a firewall: the access-control rule alone would have let it pass.
    const acl = findings.find((f) => f.rule === 'NET-ACL-01' && f.target === 'flows/internet-to-database');
    expect(acl?.message.en).not.toContain('crosses no firewall');
    // Never proposed for the DR site.
    expect(findings.filter((f) => f.rule === 'DR-FLOW-01' && f.part === 'flows/internet-to-database')).toEqual([]);
  });

  test('Quảng Ngãi exposes no sensitive zone; the legacy Lạng Sơn layout exposes its SOC to the agencies', async () => {
    const exposed = async (dir: string) => {
      const opened = await openInventory(dir);
      if (!isValid(opened)) throw new Error(`${dir} is not valid`);
      return evaluateModel(opened.model)
        .findings.filter((f) => f.rule === 'NET-EXPO-01' && f.status === 'fail')
        .map((f) => f.target);
    };
    expect(await exposed('inventory/quang-ngai')).toEqual([]);
    // Agencies' anti-malware agents report over TSLCD straight into the SOC zone (the 2020 design).
    expect(await exposed('inventory/lang-son')).toEqual(['flows/tslcd-to-soc-antimalware']);
  });
});
