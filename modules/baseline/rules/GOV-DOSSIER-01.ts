import { text } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

export const GOV_DOSSIER_01: ModelRule = {
  id: 'GOV-DOSSIER-01',
  title: text(
    'Hồ sơ cấp độ mô tả mô hình lô-gic, vật lý, danh mục thiết bị, dịch vụ, quy hoạch vùng mạng và địa chỉ IP',
    'The level dossier describes the logical and physical model, devices, services, zones and IP plan',
  ),
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { text: 'TT 12/2022/TT-BTTTT Điều 8.3(d)', rulesets: ['vn-nd85-tt12-2022'] },
    { text: 'NĐ 331/2026/NĐ-CP Điều 22.3(d)', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Bổ sung cho mỗi site địa chỉ hoặc tọa độ, mỗi thiết bị vùng đặt (trừ dịch vụ thuê ngoài), mỗi vùng mạng dải IPv4 hoặc IPv6.',
    'Give every site an address or coordinates, every device its zone (except provider services), every zone an IPv4 or IPv6 prefix.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    const level = Math.max(1, ...ctx.model.systems.map((s) => ctx.index.levelOf(s)));
    for (const s of ctx.model.sites) {
      const ok = s.address !== undefined || s.location !== undefined;
      out.push({
        target: `sites/${s.name}`,
        source: s.source,
        path: ['spec'],
        level,
        status: ok ? 'pass' : 'fail',
        message: ok
          ? text(`Site ${s.name} có vị trí.`, `Site ${s.name} has a location.`)
          : text(`Site ${s.name} không có địa chỉ hay tọa độ (mô hình vật lý).`, `Site ${s.name} has neither address nor coordinates (physical model).`),
      });
    }
    for (const d of ctx.model.devices) {
      const ok = d.zone !== undefined || d.service;
      out.push({
        target: `devices/${d.name}`,
        source: d.source,
        path: ['spec'],
        level,
        status: ok ? 'pass' : 'fail',
        message: ok
          ? text(`Thiết bị ${d.name} có vị trí.`, `Device ${d.name} is placed.`)
          : text(`Thiết bị ${d.name} không có vùng đặt (zone) trong danh mục thiết bị.`, `Device ${d.name} has no zone in the device list.`),
      });
    }
    for (const z of ctx.model.zones) {
      const ok = z.ipv4 !== undefined || z.ipv6 !== undefined;
      out.push({
        target: `zones/${z.name}`,
        source: z.source,
        path: ['spec'],
        level,
        status: ok ? 'pass' : 'fail',
        message: ok
          ? text(`Vùng ${z.name} có quy hoạch địa chỉ.`, `Zone ${z.name} has an address plan.`)
          : text(`Vùng ${z.name} không có dải IPv4 hay IPv6 (quy hoạch IP).`, `Zone ${z.name} has no IPv4 or IPv6 prefix (IP plan).`),
      });
    }
    return out;
  },
};
