// The minimum design of a provincial data centre per security level: the zones, devices and flows the baseline rules
// ask of a site hosting a system of that level, each with the rules that ask for it. Pure data, no province in it:
// `hatang init` names it after a province and docs/minimum-design.md prints it.
import type { DeviceKind, ExternalNetwork, ZoneKind } from '../model/index.js';
import type { Level } from '../rules/index.js';

/** One zone of the design: its kind, VLAN and IPv4 third octet, what it holds, the rules that ask for it. */
export interface ZoneDesign {
  readonly kind: ZoneKind;
  /** Short name used in zone names (`<site>-<short>`). */
  readonly short: string;
  readonly vlan: number;
  readonly title: string;
  readonly hosts: number;
  /** At the primary site only (the DR site does not serve the centre's own staff). */
  readonly primaryOnly?: boolean;
  readonly rules: readonly string[];
}

/** A flow endpoint of the design: a zone of the same site, a network outside, or the other site. */
export type EndDesign = { readonly zone: ZoneKind } | { readonly external: ExternalNetwork } | { readonly otherSite: true };

export interface DeviceDesign {
  /** Short name used in device names (`<site prefix>-<short>`). */
  readonly short: string;
  readonly kind: DeviceKind;
  readonly zone?: ZoneKind;
  readonly capabilities?: readonly string[];
  readonly boundaryZones?: readonly ZoneKind[];
  readonly boundaryExternals?: readonly ExternalNetwork[];
  readonly redundancy: 'single' | 'active-standby' | 'active-active';
  readonly count: number;
  /** A service of the Internet provider rather than a box of the centre. */
  readonly service?: boolean;
  readonly description: string;
  readonly rules: readonly string[];
}

export interface FlowDesign {
  readonly short: string;
  readonly from: EndDesign;
  readonly to: EndDesign;
  readonly ports: readonly string[];
  readonly purpose: string;
  /** The flow carries the example system's traffic (its `system` field names it). */
  readonly system?: boolean;
  /** Only at the primary site (replication, the DR site's logs and time): never mirrored. */
  readonly primaryOnly?: boolean;
  /** Only when the inventory has a DR site. */
  readonly needsDr?: boolean;
}

/** The example system's components per level, by zone kind. */
export interface ComponentDesign {
  readonly name: string;
  readonly role: 'web' | 'app' | 'database';
  readonly zone: ZoneKind;
  readonly public?: boolean;
}

export interface LevelDesign {
  readonly level: Level;
  readonly zones: readonly ZoneDesign[];
  readonly devices: readonly DeviceDesign[];
  readonly flows: readonly FlowDesign[];
  readonly components: readonly ComponentDesign[];
  /** The criterion of the example system (NĐ 85/2016 Art. 7–11, NĐ 331/2026 Art. 11–16) that sets this level. */
  readonly criterion: string;
  readonly citizenFacing: boolean;
}

const ALL_ZONES: readonly (ZoneDesign & { readonly from: Level })[] = [
  {
    kind: 'edge',
    short: 'edge',
    vlan: 100,
    title: 'Vùng biên (kết nối Internet và mạng truyền số liệu chuyên dùng)',
    hosts: 8,
    rules: ['NET-ZONE-02'],
    from: 1,
  },
  { kind: 'dmz', short: 'dmz', vlan: 110, title: 'Vùng DMZ (máy chủ phục vụ trực tiếp Internet)', hosts: 20, rules: ['NET-ZONE-03'], from: 1 },
  {
    kind: 'internal-servers',
    short: 'internal',
    vlan: 120,
    title: 'Vùng máy chủ nội bộ (không kết nối trực tiếp Internet)',
    hosts: 40,
    rules: ['NET-ZONE-04'],
    from: 2,
  },
  { kind: 'database', short: 'database', vlan: 130, title: 'Vùng cơ sở dữ liệu', hosts: 10, rules: ['NET-ZONE-06'], from: 3 },
  {
    kind: 'management',
    short: 'mgmt',
    vlan: 160,
    title: 'Vùng quản trị (đích duy nhất của VPN quản trị; máy chủ thời gian, nhật ký, giám sát)',
    hosts: 20,
    rules: ['NET-ZONE-07', 'NET-RA-01'],
    from: 1,
  },
  {
    kind: 'device-management',
    short: 'devmgmt',
    vlan: 170,
    title: 'Vùng quản trị thiết bị hệ thống (giao diện quản trị của thiết bị mạng, an ninh)',
    hosts: 30,
    rules: ['NET-ZONE-08'],
    from: 4,
  },
  {
    kind: 'user',
    short: 'user',
    vlan: 190,
    title: 'Vùng người dùng (cán bộ vận hành Trung tâm dữ liệu)',
    hosts: 40,
    primaryOnly: true,
    rules: ['NET-ZONE-01'],
    from: 1,
  },
];

/** Redundancy of a main network device (AVL-HA-01): a cold spare at level 2, a hot pair from level 3. */
function ha(level: Level): Pick<DeviceDesign, 'redundancy' | 'count'> {
  if (level === 1) return { redundancy: 'single', count: 1 };
  if (level === 2) return { redundancy: 'single', count: 2 };
  return { redundancy: 'active-standby', count: 2 };
}

/** Redundancy of a device AVL-HA-01 asks to be hot only at level 5 (IPS, anti-DDoS, VPN, load balancer). */
const haAt5 = (level: Level): Pick<DeviceDesign, 'redundancy' | 'count'> =>
  level === 5 ? { redundancy: 'active-standby', count: 2 } : { redundancy: 'single', count: 1 };

const ONE: Pick<DeviceDesign, 'redundancy' | 'count'> = { redundancy: 'single', count: 1 };

/** The criterion of the example system at each level and whether it serves citizens. */
const CRITERIA: Record<Level, { criterion: string; citizenFacing: boolean }> = {
  1: { criterion: 'internal-public-information', citizenFacing: false },
  2: { criterion: 'citizen-service', citizenFacing: true },
  3: { criterion: 'shared-provincial-infrastructure', citizenFacing: true },
  4: { criterion: 'national-24x7', citizenFacing: true },
  5: { criterion: 'national-infrastructure', citizenFacing: true },
};

function zonesAt(level: Level): ZoneDesign[] {
  // Below level 3 no zoning rule asks for a management zone: it is there as the only target of the VPN (NET-RA-01).
  return ALL_ZONES.filter((z) => z.from <= level).map(({ from: _from, ...z }) => (z.kind === 'management' && level < 3 ? { ...z, rules: ['NET-RA-01'] } : z));
}

/** The zone the example system's data sits in at a level: its own zone from level 3, the internal zone before. */
const dataZone = (level: Level): ZoneKind => (level >= 3 ? 'database' : level === 2 ? 'internal-servers' : 'dmz');

function componentsAt(level: Level): ComponentDesign[] {
  if (level === 1) return [{ name: 'web', role: 'web', zone: 'dmz' }];
  return [
    { name: 'web', role: 'web', zone: 'dmz', public: true },
    { name: 'app', role: 'app', zone: 'internal-servers' },
    { name: 'db', role: 'database', zone: dataZone(level) },
  ];
}

function firewalls(level: Level, zones: readonly ZoneKind[]): DeviceDesign[] {
  const ips = level >= 3 ? ['ips'] : [];
  const am = level >= 3 ? ['anti-malware'] : [];
  const inner = zones.filter((z) => z !== 'edge');
  return [
    {
      short: 'fw-edge',
      kind: 'firewall',
      zone: 'edge',
      capabilities: [...ips, ...am],
      boundaryZones: ['edge', 'dmz'],
      boundaryExternals: level >= 3 ? ['internet', 'tslcd', 'national-soc'] : ['internet', 'tslcd'],
      ...ha(level),
      description: 'Tường lửa biên: kiểm soát mọi kết nối Internet, mạng truyền số liệu chuyên dùng và nền tảng quốc gia.',
      rules: level >= 3 ? ['NET-ACL-01', 'NET-AM-01', 'MON-TT31-01', 'AVL-HA-01'] : level === 2 ? ['NET-ACL-01', 'AVL-HA-01'] : ['NET-ACL-01'],
    },
    {
      short: 'fw-core',
      kind: 'firewall',
      zone: level >= 4 ? 'device-management' : 'management',
      capabilities: ips,
      boundaryZones: inner,
      ...ha(level),
      description: 'Tường lửa trung tâm: phân tách các vùng bên trong (DMZ, máy chủ, cơ sở dữ liệu, quản trị, người dùng).',
      rules: level >= 2 ? ['NET-ACL-01', 'AVL-HA-01'] : ['NET-ACL-01'],
    },
  ];
}

/** Devices at every site of the example system: what a rule requires at each site it runs at. */
function siteDevices(level: Level, zones: readonly ZoneKind[]): DeviceDesign[] {
  const out = firewalls(level, zones);
  const { criterion, citizenFacing } = CRITERIA[level];
  const sharedOrNational = ['shared-provincial-infrastructure', 'national-24x7', 'national-infrastructure'].includes(criterion);
  const mgmt: ZoneKind = 'management';
  if (level === 5) {
    out.push({
      short: 'ips',
      kind: 'ips',
      zone: 'edge',
      boundaryZones: ['edge'],
      boundaryExternals: ['internet'],
      ...haAt5(level),
      description: 'Thiết bị phòng, chống xâm nhập lớp mạng (IPS) trên đường Internet.',
      rules: ['NET-ACL-01', 'AVL-HA-01'],
    });
  }
  if (level >= 3 && sharedOrNational) {
    out.push({
      short: 'anti-ddos',
      kind: 'anti-ddos',
      boundaryExternals: ['internet'],
      ...haAt5(level),
      service: true,
      description: 'Dịch vụ chống tấn công từ chối dịch vụ (DDoS) của nhà mạng cung cấp đường Internet.',
      rules: level === 5 ? ['NET-DDOS-01', 'AVL-HA-01'] : ['NET-DDOS-01'],
    });
  }
  out.push({
    short: 'vpn',
    kind: 'vpn',
    zone: 'edge',
    boundaryZones: [mgmt],
    boundaryExternals: ['internet'],
    ...haAt5(level),
    description: 'Cổng VPN quản trị từ xa; chỉ dẫn vào vùng quản trị.',
    rules: level === 5 ? ['NET-RA-01', 'AVL-HA-01'] : ['NET-RA-01'],
  });
  if (level >= 2 && citizenFacing) {
    out.push({
      short: 'waf',
      kind: 'waf',
      zone: 'dmz',
      boundaryZones: ['dmz'],
      boundaryExternals: ['internet', 'tslcd'],
      ...(level >= 3 ? ha(level) : ONE),
      description: 'Tường lửa ứng dụng web đặt trước mọi thành phần công khai ở DMZ.',
      rules: level >= 3 ? ['NET-WAF-01', 'AVL-HA-01'] : ['NET-WAF-01'],
    });
  }
  if (level >= 3 && sharedOrNational) {
    out.push({
      short: 'db-fw',
      kind: 'db-firewall',
      zone: 'database',
      boundaryZones: ['database'],
      ...ha(level),
      description: 'Tường lửa cơ sở dữ liệu bảo vệ vùng cơ sở dữ liệu.',
      rules: ['DB-FW-01', 'AVL-HA-01'],
    });
  }
  if (level >= 3) {
    out.push({ short: 'ntp', kind: 'ntp', zone: mgmt, ...ONE, description: 'Máy chủ thời gian (NTP) nội bộ của trung tâm.', rules: ['LOG-NTP-01'] });
  }
  if (level >= 4) {
    out.push({
      short: 'pam',
      kind: 'pam',
      zone: mgmt,
      boundaryZones: zones.filter((z) => z !== mgmt && z !== 'user'),
      ...ONE,
      description: 'Quản lý truy cập đặc quyền: mọi phiên quản trị đi qua và được ghi lại.',
      rules: ['HOST-PAM-01'],
    });
  }
  return out;
}

/** Devices the rules ask once for the whole inventory (at the primary site). */
function provinceDevices(level: Level): DeviceDesign[] {
  const out: DeviceDesign[] = [];
  const { criterion } = CRITERIA[level];
  const mgmt: ZoneKind = 'management';
  if (level === 2) {
    out.push({
      short: 'log-collector',
      kind: 'log-collector',
      zone: mgmt,
      ...ONE,
      description: 'Thu thập nhật ký tập trung của thiết bị mạng và máy chủ.',
      rules: ['LOG-NET-01'],
    });
  }
  if (level >= 3) {
    out.push({
      short: 'siem',
      kind: 'siem',
      zone: mgmt,
      ...ONE,
      description: 'Hệ thống giám sát an toàn thông tin tập trung (SIEM), đồng thời thu thập nhật ký.',
      rules: ['MON-SIEM-01', 'LOG-NET-01'],
    });
    out.push({
      short: 'monitoring',
      kind: 'monitoring',
      zone: mgmt,
      ...ONE,
      description: 'Giám sát hạ tầng tập trung (máy chủ, thiết bị mạng, phòng máy).',
      rules: ['MON-SYS-01'],
    });
    out.push({ short: 'backup', kind: 'backup', zone: mgmt, ...ONE, description: 'Hệ thống sao lưu tập trung.', rules: ['DATA-BAK-01'] });
  }
  out.push({
    short: 'anti-malware',
    kind: 'anti-malware',
    zone: mgmt,
    ...ONE,
    description: 'Máy chủ quản lý tập trung phòng chống mã độc cho máy chủ, máy trạm.',
    rules: ['HOST-AM-01'],
  });
  const nac = level === 5 || (level >= 3 && (criterion === 'shared-provincial-infrastructure' || criterion === 'national-24x7'));
  if (nac) {
    out.push({
      short: 'nac',
      kind: 'nac',
      zone: mgmt,
      boundaryZones: ['user'],
      ...ONE,
      description: 'Kiểm soát truy cập mạng (NAC) cho vùng người dùng.',
      rules: ['NET-NAC-01'],
    });
  }
  const dlp = (level === 4 && criterion === 'national-24x7') || (level === 5 && criterion === 'national-infrastructure');
  if (dlp) {
    out.push({ short: 'dlp', kind: 'dlp', zone: mgmt, ...ONE, description: 'Giải pháp phòng, chống thất thoát dữ liệu (DLP).', rules: ['MON-DLP-01'] });
  }
  return out;
}

const LOGS = ['udp/514', 'tcp/6514'];
const ADMIN = ['tcp/22', 'tcp/443'];

function flowsAt(level: Level, zones: readonly ZoneKind[]): FlowDesign[] {
  const data = dataZone(level);
  const flows: FlowDesign[] = [
    {
      short: 'internet-to-dmz',
      from: { external: 'internet' },
      to: { zone: 'dmz' },
      ports: ['tcp/443'],
      purpose: 'Người dân, doanh nghiệp truy cập thành phần web công khai',
      system: true,
    },
    {
      short: 'tslcd-to-dmz',
      from: { external: 'tslcd' },
      to: { zone: 'dmz' },
      ports: ['tcp/443'],
      purpose: 'Cơ quan nhà nước truy cập qua mạng truyền số liệu chuyên dùng',
      system: true,
    },
    {
      short: 'internet-to-edge-vpn',
      from: { external: 'internet' },
      to: { zone: 'edge' },
      ports: ['udp/500', 'udp/4500', 'tcp/443'],
      purpose: 'Kết nối VPN của quản trị viên',
    },
    { short: 'edge-vpn-to-mgmt', from: { zone: 'edge' }, to: { zone: 'management' }, ports: ADMIN, purpose: 'Người dùng VPN vào vùng quản trị' },
  ];
  if (level >= 2)
    flows.push({
      short: 'dmz-to-internal',
      from: { zone: 'dmz' },
      to: { zone: 'internal-servers' },
      ports: ['tcp/8443'],
      purpose: 'Thành phần web gọi máy chủ ứng dụng',
      system: true,
    });
  if (data === 'database')
    flows.push({
      short: 'internal-to-database',
      from: { zone: 'internal-servers' },
      to: { zone: 'database' },
      ports: ['tcp/5432'],
      purpose: 'Máy chủ ứng dụng truy cập cơ sở dữ liệu',
      system: true,
    });
  if (zones.includes('user'))
    flows.push({
      short: 'user-to-dmz',
      from: { zone: 'user' },
      to: { zone: 'dmz' },
      ports: ['tcp/443'],
      purpose: 'Cán bộ vận hành sử dụng dịch vụ',
      primaryOnly: true,
    });
  return [...flows, ...operationFlows(level, zones), ...siteLinkFlows(level, data)];
}

/** Administration, logs and time of every zone, and the national monitoring connection. */
function operationFlows(level: Level, zones: readonly ZoneKind[]): FlowDesign[] {
  const flows: FlowDesign[] = [];
  for (const z of zones) {
    if (z === 'management') continue;
    const short = ALL_ZONES.find((d) => d.kind === z)!.short;
    if (z !== 'user')
      flows.push({
        short: `mgmt-to-${short}`,
        from: { zone: 'management' },
        to: { zone: z },
        ports: ADMIN,
        purpose: 'Quản trị máy chủ, thiết bị từ vùng quản trị',
      });
    if (level >= 2)
      flows.push({
        short: `${short}-to-mgmt-logs`,
        from: { zone: z },
        to: { zone: 'management' },
        ports: LOGS,
        purpose: 'Gửi nhật ký về hệ thống thu thập tập trung',
        ...(z === 'user' ? { primaryOnly: true } : {}),
      });
    if (level >= 3)
      flows.push({
        short: `${short}-to-mgmt-ntp`,
        from: { zone: z },
        to: { zone: 'management' },
        ports: ['udp/123'],
        purpose: 'Đồng bộ thời gian với máy chủ NTP của trung tâm',
        ...(z === 'user' ? { primaryOnly: true } : {}),
      });
  }
  if (level >= 3)
    flows.push({
      short: 'mgmt-to-national-soc',
      from: { zone: 'management' },
      to: { external: 'national-soc' },
      ports: ['tcp/443'],
      purpose: 'Kết nối hệ thống giám sát an toàn thông tin quốc gia',
      primaryOnly: true,
    });
  return flows;
}

/** Flows between the sites: replication, administration and logs of the DR site (only with a DR site). */
function siteLinkFlows(level: Level, data: ZoneKind): FlowDesign[] {
  const flows: FlowDesign[] = [];
  flows.push(
    {
      short: 'data-replication-to-dr',
      from: { zone: data },
      to: { otherSite: true },
      ports: ['tcp/5432'],
      purpose: 'Sao chép dữ liệu sang trung tâm dự phòng',
      system: true,
      primaryOnly: true,
      needsDr: true,
    },
    {
      short: 'mgmt-to-dr-site',
      from: { zone: 'management' },
      to: { otherSite: true },
      ports: ADMIN,
      purpose: 'Quản trị trung tâm dự phòng từ vùng quản trị của trung tâm chính',
      primaryOnly: true,
      needsDr: true,
    },
  );
  if (level >= 2)
    flows.push({
      short: 'dr-site-to-mgmt-logs',
      from: { otherSite: true },
      to: { zone: 'management' },
      ports: LOGS,
      purpose: 'Trung tâm dự phòng gửi nhật ký về hệ thống thu thập tập trung',
      primaryOnly: true,
      needsDr: true,
    });
  return flows;
}

/** The minimum design of a site hosting one system of `level`. */
export function designFor(level: Level): LevelDesign {
  const zones = zonesAt(level);
  const kinds = zones.map((z) => z.kind);
  return {
    level,
    zones,
    devices: [...siteDevices(level, kinds), ...provinceDevices(level)],
    flows: flowsAt(level, kinds),
    components: componentsAt(level),
    ...CRITERIA[level],
  };
}

/** Devices that stand at every site (the DR site mirrors them); the others stand at the primary site only. */
export function isSiteDevice(level: Level, short: string): boolean {
  const zones = zonesAt(level).map((z) => z.kind);
  return siteDevices(level, zones).some((d) => d.short === short);
}
