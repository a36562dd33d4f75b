import { msg, text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

/** The list of services names the operating system of the servers of each (TT 12 Art. 8.3(d); NĐ 331 Art. 22.3(d)). */
function osOutcomes(ctx: ModelContext): Outcome[] {
  return ctx.model.systems.map((s) => {
    const missing = s.components.filter((c) => c.os === undefined || c.os.trim() === '').map((c) => c.name);
    const base = { target: `systems/${s.name}`, part: 'os', source: s.source, path: ['spec', 'components'], level: ctx.index.levelOf(s), system: s.name };
    return missing.length === 0
      ? {
          ...base,
          status: 'pass' as const,
          message: text(`Mọi thành phần của ${s.name} có hệ điều hành máy chủ.`, `Every component of ${s.name} names its server OS.`),
        }
      : {
          ...base,
          status: 'fail' as const,
          message: text(
            `Thành phần ${missing.join(', ')} của hệ thống ${s.name} chưa khai báo hệ điều hành máy chủ (danh mục ứng dụng, dịch vụ của hồ sơ).`,
            `Components ${missing.join(', ')} of ${s.name} name no server operating system (the dossier's list of services).`,
          ),
        };
  });
}

/**
 * The IP plan of the dossier names the public addresses. The model plans them as address pools of purpose `public`
 * (the addresses published on the WAF, load balancers or NAT); zones with Internet-facing components or reached by a
 * flow from the Internet need at least one such pool.
 */
function publicAddressOutcomes(ctx: ModelContext, level: number): Outcome[] {
  const zones = new Set<string>();
  for (const s of ctx.model.systems) for (const c of s.components) if (c.public) zones.add(c.zone);
  for (const f of ctx.model.flows) if (f.from.type === 'external' && f.from.external === 'internet' && f.to.type === 'zone') zones.add(f.to.zone);
  if (zones.size === 0) return [];
  const pools = ctx.model.province.addressPools.filter((p) => p.purpose === 'public').map((p) => p.name);
  const list = [...zones].sort().join(', ');
  const base = { target: 'province', part: 'public-addresses', source: ctx.model.province.source, path: ['spec', 'addressPools'], level };
  if (pools.length > 0) {
    return [
      {
        ...base,
        status: 'pass',
        message: msg('GOV-DOSSIER-01.pass', { n: pools.length, pools: pools.join(', ') }),
      },
    ];
  }
  return [
    {
      ...base,
      status: 'fail',
      message: text(
        `Các vùng ${list} có thành phần hoặc luồng công khai ra Internet nhưng chưa quy hoạch địa chỉ IP công khai (hồ sơ phải nêu địa chỉ IP công khai).`,
        `Zones ${list} hold Internet-facing components or flows but no public IP addresses are planned (the dossier must list the public IP addresses).`,
      ),
    },
  ];
}

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
    { doc: 'tt12-2022', article: '8', clause: '3', point: 'd', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '22', clause: '3', point: 'd', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Bổ sung cho mỗi trung tâm địa chỉ hoặc tọa độ, mỗi thiết bị vùng đặt (trừ dịch vụ thuê ngoài), mỗi vùng mạng dải IPv4 hoặc IPv6, mỗi thành phần của hệ thống hệ điều hành máy chủ (`os`; với thành phần chạy trên cụm Kubernetes, hệ điều hành của các nút). Địa chỉ IP công khai được quy hoạch bằng dải địa chỉ của tỉnh có mục đích công khai (`purpose: public`; địa chỉ công bố trên tường lửa ứng dụng web, thiết bị cân bằng tải hoặc NAT); khi có thành phần công khai (`public: true`) hoặc luồng từ Internet vào một vùng, khai báo ít nhất một dải như vậy (IPv4 hoặc IPv6) do VNNIC hoặc nhà cung cấp dịch vụ cấp.',
    'Give every site an address or coordinates, every device its zone (except provider services), every zone an IPv4 or IPv6 prefix, every component of a system its server operating system (`os`; for components on a Kubernetes cluster, the OS of its nodes). Public IP addresses are planned as province address pools of `purpose: public` (the addresses published on the WAF, load balancers or NAT); when a component is public (`public: true`) or a flow comes from the Internet into a zone, declare at least one such pool (IPv4 or IPv6) assigned by VNNIC or the provider.',
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
          ? text(`Trung tâm ${s.name} có vị trí.`, `Site ${s.name} has a location.`)
          : text(`Trung tâm ${s.name} không có địa chỉ hay tọa độ (mô hình vật lý).`, `Site ${s.name} has neither address nor coordinates (physical model).`),
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
          : text(`Thiết bị ${d.name} không có vùng mạng đặt thiết bị trong danh mục thiết bị.`, `Device ${d.name} has no zone in the device list.`),
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
    out.push(...osOutcomes(ctx), ...publicAddressOutcomes(ctx, level));
    return out;
  },
};
