// Levels by site: a system is judged at every site it runs at — its primary site and its DR site unless the DR mode is
// `none` — at its own level. At a hot or warm DR site a missing zone or device fails like at the primary site; at a cold
// DR site it is a warning that the piece must be ready before failover (docs/rules.md, "Levels by site").
import { describe, expect, test } from 'vitest';
import { openInventory, isValid } from '../../modules/evaluation/index.js';
import type { Finding, Model } from '../../modules/model/index.js';
import { evaluateModel } from '../helpers.js';

async function quangNgai(): Promise<Model> {
  const opened = await openInventory('inventory/quang-ngai');
  if (!isValid(opened)) throw new Error('the bundled inventory is not valid');
  return opened.model;
}

const without = (model: Model, device: string): Model => ({ ...model, devices: model.devices.filter((d) => d.name !== device) });
const at = (findings: readonly Finding[], rule: string, system: string) =>
  findings.filter((f) => f.rule === rule && f.system === system && f.status === 'fail' && (f.part ?? '').includes('kt-dr'));

describe('the DR site is judged at the level of the systems it runs', () => {
  test('the bundled Quảng Ngãi DR site passes the product rules of its hot level-3 systems', async () => {
    const { findings } = evaluateModel(await quangNgai());
    expect(at(findings, 'DB-FW-01', 'lgsp')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'DB-FW-01' && f.system === 'lgsp' && f.status === 'pass')).toHaveLength(1);
  });

  test('removing the DR database firewall fails the hot level-3 system, naming the DR site', async () => {
    const { findings } = evaluateModel(without(await quangNgai(), 'kt-db-fw'));
    const fails = at(findings, 'DB-FW-01', 'lgsp');
    expect(fails).toHaveLength(1);
    expect(fails[0]!.severity).toBe('error');
    expect(fails[0]!.level).toBe(3);
    expect(fails[0]!.message.vi).toContain('Trung tâm dự phòng kt-dr (dự phòng nóng cho hệ thống lgsp, cấp độ 3)');
    expect(fails[0]!.message.en).toContain('DR site kt-dr (hot DR for lgsp, level 3)');
  });

  test('removing the DR time server fails hot systems and warns for a cold-DR-only system (ready before failover)', async () => {
    const { findings } = evaluateModel(without(await quangNgai(), 'kt-ntp'));
    const hot = at(findings, 'LOG-NTP-01', 'lgsp');
    expect(hot.map((f) => f.severity)).toEqual(['error']);
    const cold = at(findings, 'LOG-NTP-01', 'soc');
    expect(cold.map((f) => f.severity)).toEqual(['warning']);
    expect(cold[0]!.message.en).toContain('DR site kt-dr (cold DR for soc, level 3), to be ready before failover');
    // The primary site keeps its own time server: no finding there.
    expect(findings.filter((f) => f.rule === 'LOG-NTP-01' && f.status === 'fail' && (f.part ?? '').includes('qn-dc'))).toEqual([]);
  });

  test('a system whose DR mode is none is not judged at the DR site', async () => {
    const model = await quangNgai();
    const noDr = model.systems.filter((s) => s.dr?.mode === 'none').map((s) => s.name);
    expect(noDr.length).toBeGreaterThan(0);
    const { findings } = evaluateModel(without(without(model, 'kt-ntp'), 'kt-db-fw'));
    for (const name of noDr) expect(findings.filter((f) => f.system === name && (f.part ?? '').includes('kt-dr'))).toEqual([]);
  });

  test('flows between DR zones take the level of the systems running there', async () => {
    const { findings } = evaluateModel(await quangNgai());
    const drFlows = findings.filter((f) => f.rule === 'NET-ACL-01' && f.target.startsWith('flows/kt-dr-'));
    expect(drFlows.length).toBeGreaterThan(0);
    expect(Math.max(...drFlows.map((f) => f.level ?? 0))).toBe(3);
  });
});
