// Words for the model's enumerations, defined once for every output (report, dossier, annual report, Word documents,
// findings): every value a reader sees in Vietnamese is a phrase of an administrative document, never the enum value.
import { BUILTIN_EXTERNALS } from './externals.js';
import { formerProvince, nameKey, provinceByCode, type ProvinceKind } from './catalogue/index.js';
import type { Lang, Text } from './diagnostics.js';
import type { FindingSeverity } from './finding.js';
import type {
  Agency,
  AgencyKind,
  ApproverRole,
  Province,
  AssessorType,
  Criterion,
  Device,
  DeviceKind,
  PoolPurpose,
  PoolRegistration,
  Provider,
  ServiceModel,
  Site,
  SocLayer,
  ZoneKind,
} from './types.js';

const t = (vi: string, en: string): Text => ({ vi, en });

export const CRITERION_LABELS: Readonly<Record<Criterion, Text>> = {
  'internal-public-information': t('hệ thống phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng', 'internal system handling public information only'),
  'internal-personal-data': t(
    'hệ thống phục vụ hoạt động nội bộ, có xử lý thông tin riêng hoặc thông tin cá nhân',
    'internal system handling private or personal information',
  ),
  'citizen-service': t('hệ thống phục vụ người dân, doanh nghiệp', 'system serving citizens and businesses'),
  'single-agency-infrastructure': t('hệ thống cơ sở hạ tầng thông tin phục vụ một cơ quan, tổ chức', 'information infrastructure of one agency'),
  'online-public-service': t('hệ thống cung cấp dịch vụ công trực tuyến', 'online public service system'),
  'administrative-procedures': t('hệ thống xử lý thủ tục hành chính', 'system processing administrative procedures'),
  'shared-provincial-infrastructure': t('hệ thống cơ sở hạ tầng thông tin dùng chung của tỉnh', 'shared provincial information infrastructure'),
  'state-secret': t('hệ thống xử lý bí mật nhà nước', 'system processing state secrets'),
  'defence-security': t('hệ thống phục vụ quốc phòng, an ninh', 'defence or security system'),
  'industrial-control': t('hệ thống điều khiển công nghiệp', 'industrial control system'),
  'national-24x7': t('hệ thống phải vận hành liên tục 24/7 ở cấp quốc gia', 'national system that must run 24/7'),
  'national-infrastructure': t('hệ thống cơ sở hạ tầng thông tin quốc gia', 'national information infrastructure'),
  'pm-designated': t('hệ thống thuộc danh mục do Thủ tướng Chính phủ phê duyệt', "system on the Prime Minister's list"),
};

/** The system type of TT 12/2022 Art. 7 (NĐ 331/2026 keeps the same types) a criterion belongs to. */
export const SYSTEM_TYPE_LABELS: Readonly<Record<Criterion, Text>> = {
  'internal-public-information': t('hệ thống thông tin phục vụ hoạt động nội bộ', 'internal information system'),
  'internal-personal-data': t('hệ thống thông tin phục vụ hoạt động nội bộ', 'internal information system'),
  'citizen-service': t('hệ thống thông tin phục vụ người dân, doanh nghiệp', 'system serving citizens and businesses'),
  'online-public-service': t('hệ thống thông tin phục vụ người dân, doanh nghiệp', 'system serving citizens and businesses'),
  'administrative-procedures': t('hệ thống thông tin phục vụ người dân, doanh nghiệp', 'system serving citizens and businesses'),
  'single-agency-infrastructure': t('hệ thống cơ sở hạ tầng thông tin', 'information infrastructure system'),
  'shared-provincial-infrastructure': t('hệ thống cơ sở hạ tầng thông tin', 'information infrastructure system'),
  'national-infrastructure': t('hệ thống cơ sở hạ tầng thông tin', 'information infrastructure system'),
  'industrial-control': t('hệ thống thông tin điều khiển công nghiệp', 'industrial control system'),
  'state-secret': t('hệ thống thông tin khác', 'other information system'),
  'defence-security': t('hệ thống thông tin khác', 'other information system'),
  'national-24x7': t('hệ thống thông tin khác', 'other information system'),
  'pm-designated': t('hệ thống thông tin khác', 'other information system'),
};

export const ZONE_KIND_LABELS: Readonly<Record<ZoneKind, Text>> = {
  edge: t('vùng mạng biên', 'edge zone'),
  dmz: t('vùng DMZ', 'DMZ'),
  'internal-servers': t('vùng máy chủ nội bộ', 'internal server zone'),
  database: t('vùng máy chủ cơ sở dữ liệu', 'database zone'),
  storage: t('vùng lưu trữ', 'storage zone'),
  backup: t('vùng sao lưu', 'backup zone'),
  management: t('vùng quản trị', 'management zone'),
  'device-management': t('vùng quản trị thiết bị', 'device management zone'),
  soc: t('vùng giám sát an toàn thông tin', 'security operations zone'),
  user: t('vùng mạng nội bộ người dùng', 'user zone'),
  wireless: t('vùng mạng không dây', 'wireless zone'),
  iot: t('vùng thu nhận dữ liệu camera, cảm biến', 'camera and sensor ingest zone'),
  'public-wifi': t('vùng mạng không dây công cộng', 'public Wi-Fi zone'),
};

export const DEVICE_KIND_LABELS: Readonly<Record<DeviceKind, Text>> = {
  firewall: t('tường lửa', 'firewall'),
  ips: t('thiết bị phòng, chống xâm nhập', 'intrusion prevention system'),
  waf: t('tường lửa ứng dụng web', 'web application firewall'),
  'anti-ddos': t('thiết bị phòng, chống tấn công từ chối dịch vụ', 'DDoS protection'),
  'db-firewall': t('tường lửa cơ sở dữ liệu', 'database firewall'),
  siem: t('hệ thống quản lý và phân tích sự kiện an toàn thông tin', 'SIEM'),
  'log-collector': t('hệ thống thu thập nhật ký', 'log collector'),
  ntp: t('máy chủ đồng bộ thời gian', 'time server'),
  backup: t('hệ thống sao lưu', 'backup system'),
  vpn: t('thiết bị mạng riêng ảo', 'VPN gateway'),
  pam: t('hệ thống quản lý truy cập đặc quyền', 'privileged access management'),
  nac: t('hệ thống kiểm soát truy cập mạng', 'network access control'),
  'core-switch': t('thiết bị chuyển mạch trung tâm', 'core switch'),
  'load-balancer': t('thiết bị cân bằng tải', 'load balancer'),
  'mail-security': t('thiết bị bảo vệ thư điện tử', 'mail security gateway'),
  'anti-malware': t('hệ thống phòng, chống mã độc', 'anti-malware'),
  dlp: t('hệ thống phòng, chống thất thoát dữ liệu', 'data loss prevention'),
  monitoring: t('hệ thống giám sát', 'monitoring'),
  storage: t('hệ thống lưu trữ tập trung', 'central storage'),
  tap: t('điểm trích xuất lưu lượng mạng phục vụ giám sát an toàn thông tin', 'network TAP or SPAN point feeding the SOC'),
  'edge-router': t('bộ định tuyến biên', 'edge router'),
  'vulnerability-scanner': t('hệ thống rà quét lỗ hổng bảo mật', 'vulnerability scanner'),
};

export const REDUNDANCY_LABELS: Readonly<Record<Device['redundancy'], Text>> = {
  single: t('đơn lẻ', 'single'),
  'active-standby': t('chủ động – dự phòng', 'active–standby'),
  'active-active': t('chủ động – chủ động', 'active–active'),
};

export const SITE_ROLE_LABELS: Readonly<Record<Site['role'], Text>> = {
  primary: t('trung tâm dữ liệu chính', 'primary data centre'),
  dr: t('trung tâm dữ liệu dự phòng', 'disaster recovery site'),
  other: t('địa điểm khác', 'other site'),
};

/** What an address pool (dải gốc) is for, as `hatang plan` and the reports print it. */
export const POOL_PURPOSE_LABELS: Readonly<Record<PoolPurpose, Text>> = {
  datacenter: t('mạng tại trung tâm dữ liệu chính', 'primary data centre networks'),
  dr: t('mạng tại trung tâm dữ liệu dự phòng', 'disaster recovery site networks'),
  'cluster-pod': t('địa chỉ ứng dụng chạy trong cụm Kubernetes', 'Kubernetes pod addresses'),
  'cluster-service': t('địa chỉ dịch vụ nội bộ của cụm Kubernetes', 'Kubernetes service addresses'),
  'tslcd-wan': t('mạng truyền số liệu chuyên dùng', 'government private network (TSLCD)'),
  'p2p-links': t('liên kết điểm – điểm', 'point-to-point links'),
  loopbacks: t('địa chỉ giao diện ảo của thiết bị định tuyến', 'router loopbacks'),
  management: t('mạng quản trị', 'management networks'),
  public: t('địa chỉ công khai ra Internet', 'public Internet addresses'),
  agencies: t('mạng của các cơ quan, đơn vị', 'agency networks'),
};

/** Whether a public address range is registered with the national cyberspace monitoring centre (`registration.status`). */
export const REGISTRATION_STATUS_LABELS: Readonly<Record<PoolRegistration['status'], Text>> = {
  registered: t('đã đăng ký', 'registered'),
  pending: t('đã gửi đăng ký, chờ xác nhận', 'pending confirmation'),
  'not-registered': t('chưa đăng ký', 'not registered'),
};

export const APPROVER_LABELS: Readonly<Record<ApproverRole, Text>> = {
  'security-unit': t('đơn vị chuyên trách về an toàn thông tin', 'specialised security unit'),
  owner: t('chủ quản hệ thống thông tin', 'system owner'),
  'prime-minister': t('Thủ tướng Chính phủ', 'Prime Minister'),
};

export const ASSESSOR_LABELS: Readonly<Record<AssessorType, Text>> = {
  operator: t('đơn vị vận hành', 'operator'),
  'independent-unit': t('đơn vị độc lập', 'independent unit'),
  'licensed-organisation': t('tổ chức được cấp phép', 'licensed organisation'),
  'competent-authority': t('cơ quan có thẩm quyền', 'competent authority'),
};

const ROLE_LABELS: Readonly<Record<string, Text>> = {
  web: t('máy chủ web', 'web server'),
  app: t('máy chủ ứng dụng', 'application server'),
  api: t('máy chủ giao diện lập trình', 'API server'),
  database: t('máy chủ cơ sở dữ liệu', 'database server'),
  storage: t('lưu trữ', 'storage'),
  cache: t('bộ nhớ đệm', 'cache'),
  queue: t('hàng đợi thông điệp', 'message queue'),
  batch: t('xử lý theo lô', 'batch processing'),
  directory: t('dịch vụ thư mục', 'directory service'),
  mail: t('máy chủ thư điện tử', 'mail server'),
  monitoring: t('giám sát', 'monitoring'),
  other: t('thành phần khác', 'other component'),
};

/** A component role in words; a role the table does not know is shown as written in the inventory. */
export const roleLabel = (role: string, lang: Lang): string => ROLE_LABELS[role]?.[lang] ?? role;

/** Finding severities in words ("Không đạt (cảnh báo)"), never the enum value. */
export const SEVERITY_LABELS: Readonly<Record<FindingSeverity, Text>> = {
  error: t('nghiêm trọng', 'error'),
  warning: t('cảnh báo', 'warning'),
  info: t('thông tin', 'info'),
};

/** Thousands separated as each language writes them (10.000 / 10,000). */
export const thousands = (n: number, lang: Lang): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');

/** Names of the built-in external endpoints; outputs use `externalLabel(model, …)`, which also knows the province's own. */
export const EXTERNAL_LABELS: Readonly<Record<string, Text>> = Object.fromEntries(Object.entries(BUILTIN_EXTERNALS).map(([name, e]) => [name, e.title]));

type Tslcd = NonNullable<Agency['tslcd']>;

/** The TSLCD tier of an agency's link (cấp I: trung ương – tỉnh; cấp II: tỉnh – xã). */
export const TSLCD_TIER_LABELS: Readonly<Record<Tslcd['tier'], Text>> = {
  'cap-i': t('mạng truyền số liệu chuyên dùng cấp I', 'government network (TSLCD) tier I'),
  'cap-ii': t('mạng truyền số liệu chuyên dùng cấp II', 'government network (TSLCD) tier II'),
};

/** The VPN service of an agency's TSLCD link. */
export const TSLCD_VPN_LABELS: Readonly<Record<NonNullable<Tslcd['vpn']>, Text>> = {
  l2: t('dịch vụ mạng riêng ảo lớp 2', 'layer-2 VPN service'),
  l3: t('dịch vụ mạng riêng ảo lớp 3', 'layer-3 VPN service'),
};

export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, Text>> = {
  'province-office': t('cơ quan cấp tỉnh', 'provincial office'),
  department: t('sở, ngành', 'department'),
  commune: t('xã', 'commune'),
  ward: t('phường', 'ward'),
  'special-zone': t('đặc khu', 'special zone'),
  district: t('huyện (trước sắp xếp)', 'district (former)'),
  other: t('đơn vị khác', 'other'),
};

/** An agency by its title ("Sở Khoa học và Công nghệ"), never its slug; a name the model does not know is shown as written. */
export const agencyTitle = (agencies: readonly Pick<Agency, 'name' | 'title'>[], name: string): string => agencies.find((a) => a.name === name)?.title ?? name;

/** The words for a province-level unit: tỉnh (province) or thành phố trực thuộc trung ương (city). */
export const PROVINCE_KIND_LABELS: Readonly<Record<ProvinceKind, Text>> = {
  province: t('tỉnh', 'province'),
  city: t('thành phố', 'city'),
};

const KIND_PREFIX = /^(tỉnh|thành phố|tp\.?)\s+/iu;

/**
 * A province by its kind and the title the inventory gives ("tỉnh Quảng Ngãi", "thành phố Đà Nẵng"; "Quảng Ngãi
 * province", "Đà Nẵng city"), the kind read from the catalogue by code (QĐ 19/2025/QĐ-TTg, then the list before
 * 01/07/2025), else from the title's own first word, else tỉnh. Lower case: capitalise at the start of a sentence.
 */
export function provinceTitle(province: Pick<Province, 'code' | 'title'>, lang: Lang): string {
  return provinceKindTitle(provinceKindOf(province), province.title.trim().replace(KIND_PREFIX, ''), lang);
}

/** Whether the inventory's province is a tỉnh or a centrally-governed city (see provinceTitle). */
export function provinceKindOf(province: Pick<Province, 'code' | 'title'>): ProvinceKind {
  const own = KIND_PREFIX.exec(province.title.trim());
  return provinceByCode(province.code)?.kind ?? formerProvince(province.code)?.kind ?? (own && nameKey(own[1]!) !== nameKey('tỉnh') ? 'city' : 'province');
}

/** The province's kind and title as a heading and as a table label, in both languages ("Thành phố Đà Nẵng"; "Thành phố"). */
export function provinceHeading(province: Pick<Province, 'code' | 'title'>): { readonly title: Text; readonly kind: Text } {
  const kind = PROVINCE_KIND_LABELS[provinceKindOf(province)];
  return {
    title: t(sentenceCase(provinceTitle(province, 'vi')), provinceTitle(province, 'en')),
    kind: t(sentenceCase(kind.vi), sentenceCase(kind.en)),
  };
}

/** A province-level unit of a known kind by its name without kind ("Đà Nẵng" → "thành phố Đà Nẵng", "Đà Nẵng city"). */
export function provinceKindTitle(kind: ProvinceKind, name: string, lang: Lang): string {
  const word = PROVINCE_KIND_LABELS[kind][lang];
  return lang === 'vi' ? `${word} ${name}` : `${name} ${word}`;
}

/** The text with its first letter in upper case, for a label that opens a sentence ("Thành phố Đà Nẵng"). */
export const sentenceCase = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** How a system is provided (`service.model`). */
export const SERVICE_MODEL_LABELS: Readonly<Record<ServiceModel, Text>> = {
  'on-premises': t('tự đầu tư, vận hành tại trung tâm dữ liệu của tỉnh', 'on the province’s premises'),
  iaas: t('thuê dịch vụ hạ tầng (máy chủ, lưu trữ, mạng)', 'rented infrastructure (IaaS)'),
  paas: t('thuê dịch vụ nền tảng', 'rented platform (PaaS)'),
  saas: t('thuê dịch vụ phần mềm', 'rented software (SaaS)'),
};

/** The layers of the four-layer protection model. */
export const SOC_LAYER_LABELS: Readonly<Record<SocLayer['layer'], Text>> = {
  'on-site': t('lực lượng tại chỗ', 'on-site team'),
  monitoring: t('giám sát, bảo vệ chuyên nghiệp', 'professional monitoring and protection'),
  assessment: t('kiểm tra, đánh giá độc lập định kỳ', 'periodic independent assessment'),
  'national-connection': t('kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia', 'connection to the national monitoring system'),
};

/** Whether a layer is run by the province or rented. */
export const SOURCING_LABELS: Readonly<Record<SocLayer['sourcing'], Text>> = {
  'in-house': t('tự thực hiện', 'in-house'),
  rented: t('thuê dịch vụ', 'rented'),
};

export const PROVIDER_KIND_LABELS: Readonly<Record<Provider['providerKind'], Text>> = {
  telecom: t('doanh nghiệp viễn thông', 'telecom operator'),
  cloud: t('doanh nghiệp cung cấp dịch vụ điện toán đám mây', 'cloud provider'),
  'security-service': t('doanh nghiệp cung cấp dịch vụ an toàn thông tin', 'security service provider'),
  software: t('doanh nghiệp phần mềm', 'software company'),
  other: t('doanh nghiệp khác', 'other company'),
};

/** Who owns a site. */
export const SITE_OWNERSHIP_LABELS: Readonly<Record<Site['ownership'], Text>> = {
  own: t('của tỉnh', 'the province’s own'),
  provider: t('của nhà cung cấp dịch vụ', 'provider-owned'),
};
