// The catalogue of external endpoints a flow can reach: networks (Internet, TSLCD) and national systems, each with the
// body that runs it when the documents say, and the network it is usually reached over. A province declares more
// (a national database of its sector, its camera network) under the Province's `externals`; `model.externals` holds
// both, and every output reads names, operators and paths from there.
import type { Lang, Text } from './diagnostics.js';
import type { ExternalEndpoint, ExternalNetwork, Model } from './types.js';

const t = (vi: string, en: string): Text => ({ vi, en });

type Builtin = Omit<ExternalEndpoint, 'builtin' | 'source' | 'name'>;

const GOVERNMENT_OFFICE = t('Văn phòng Chính phủ', 'Government Office');
const PUBLIC_SECURITY = t('Bộ Công an', 'Ministry of Public Security');

/** Path confidence `practice`: no text read fixes the network; hatang's default is the one the provincial documents describe. */
export const BUILTIN_EXTERNALS: Readonly<Record<string, Builtin>> = {
  internet: { category: 'network', title: t('mạng Internet', 'the Internet'), path: 'internet', pathConfidence: 'verified' },
  tslcd: {
    category: 'network',
    title: t('mạng truyền số liệu chuyên dùng', 'government private network (TSLCD)'),
    operator: t('Cục Bưu điện Trung ương', 'Central Post Office (Cục Bưu điện Trung ương)'),
    path: 'tslcd',
    pathConfidence: 'verified',
  },
  ngsp: {
    category: 'national-platform',
    title: t('nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)', 'national data integration platform (NGSP)'),
    abbreviation: 'NGSP',
    path: 'tslcd',
    pathConfidence: 'practice',
  },
  ndxp: {
    category: 'national-platform',
    title: t('nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)', 'national data exchange platform (NDXP)'),
    abbreviation: 'NDXP',
    path: 'tslcd',
    pathConfidence: 'practice',
  },
  vdxp: {
    category: 'national-platform',
    title: t('Trục liên thông văn bản quốc gia', 'national document exchange axis (VDXP)'),
    abbreviation: 'VDXP',
    operator: GOVERNMENT_OFFICE,
    path: 'tslcd',
    pathConfidence: 'practice',
    basis: 'Quyết định số 28/2018/QĐ-TTg',
  },
  'national-dc': {
    category: 'national-platform',
    title: t('Trung tâm dữ liệu quốc gia', 'national data centre'),
    operator: PUBLIC_SECURITY,
    path: 'tslcd',
    pathConfidence: 'practice',
    basis: 'Luật Dữ liệu số 60/2024/QH15',
  },
  'national-soc': {
    category: 'national-service',
    title: t('hệ thống giám sát an toàn không gian mạng quốc gia', 'national cyberspace security monitoring system'),
    path: 'internet',
    pathConfidence: 'practice',
  },
  'national-public-service-portal': {
    category: 'national-platform',
    title: t('Cổng Dịch vụ công quốc gia', 'national public service portal'),
    operator: GOVERNMENT_OFFICE,
    path: 'tslcd',
    pathConfidence: 'practice',
  },
  'government-reporting': {
    category: 'national-platform',
    title: t('Hệ thống thông tin báo cáo Chính phủ', 'government reporting system'),
    operator: GOVERNMENT_OFFICE,
    path: 'tslcd',
    pathConfidence: 'practice',
  },
  pki: {
    category: 'national-service',
    title: t('hệ thống chứng thực chữ ký số chuyên dùng Chính phủ', 'government digital signature certification (PKI)'),
    operator: t('Ban Cơ yếu Chính phủ', 'Government Cipher Committee'),
    path: 'internet',
    pathConfidence: 'practice',
  },
  'isp-mail': {
    category: 'other',
    title: t('máy chủ thư điện tử của nhà cung cấp dịch vụ', "ISP's mail relay"),
    path: 'internet',
    pathConfidence: 'practice',
  },
  vneid: {
    category: 'national-platform',
    title: t('nền tảng định danh và xác thực điện tử', 'national e-identification and authentication platform (VNeID)'),
    abbreviation: 'VNeID',
    operator: PUBLIC_SECURITY,
    path: 'tslcd',
    pathConfidence: 'practice',
    basis: 'Nghị định số 69/2024/NĐ-CP',
  },
  'national-databases': {
    category: 'national-database',
    title: t('cơ sở dữ liệu quốc gia', 'national databases (CSDLQG)'),
    abbreviation: 'CSDLQG',
    operator: t('bộ, ngành quản lý từng cơ sở dữ liệu', 'the ministry managing each database'),
    path: 'tslcd',
    pathConfidence: 'practice',
    basis: 'Nghị định số 47/2024/NĐ-CP',
  },
  emc: {
    category: 'national-service',
    title: t('hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số', 'digital government service measurement system (EMC)'),
    abbreviation: 'EMC',
    operator: t('Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology'),
    path: 'internet',
    pathConfidence: 'practice',
  },
  paygov: {
    category: 'national-service',
    title: t('nền tảng thanh toán trực tuyến', 'national online payment platform (PayGov)'),
    abbreviation: 'PayGov',
    path: 'internet',
    pathConfidence: 'practice',
  },
  'national-shared-catalogue': {
    category: 'national-platform',
    title: t('hệ thống danh mục điện tử dùng chung quốc gia', 'national shared e-catalogue system'),
    path: 'internet',
    pathConfidence: 'practice',
  },
};

/** The built-in endpoints as model entries, in name order. */
export function builtinExternals(): ExternalEndpoint[] {
  return Object.entries(BUILTIN_EXTERNALS).map(([name, e]) => ({ name, ...e, builtin: true }));
}

/** Words for the category of an external endpoint. */
export const EXTERNAL_CATEGORY_LABELS: Readonly<Record<ExternalEndpoint['category'], Text>> = {
  network: t('mạng', 'network'),
  'national-platform': t('nền tảng, hệ thống quốc gia', 'national platform'),
  'national-database': t('cơ sở dữ liệu quốc gia', 'national database'),
  'national-service': t('dịch vụ quốc gia', 'national service'),
  'field-devices': t('thiết bị hiện trường (camera, cảm biến)', 'field devices (cameras, sensors)'),
  other: t('hệ thống bên ngoài khác', 'other external system'),
};

/** Words for the network a flow takes to an external endpoint. */
export const EXTERNAL_PATH_LABELS: Readonly<Record<ExternalEndpoint['path'], Text>> = {
  tslcd: t('mạng truyền số liệu chuyên dùng', 'the government data network (TSLCD)'),
  internet: t('mạng Internet', 'the Internet'),
  dedicated: t('kênh truyền riêng', 'a dedicated circuit'),
};

/** The endpoint of that name in the model (built-in or declared). */
export function externalOf(model: Pick<Model, 'externals'>, name: ExternalNetwork): ExternalEndpoint | undefined {
  return model.externals.find((e) => e.name === name);
}

/** The endpoint's name in words, for any output; an unknown name is shown as written. */
export function externalLabel(model: Pick<Model, 'externals'>, name: ExternalNetwork, lang: Lang): string {
  return externalOf(model, name)?.title[lang] ?? name;
}

/** The endpoint's name in words, both languages. */
export function externalText(model: Pick<Model, 'externals'>, name: ExternalNetwork): Text {
  return externalOf(model, name)?.title ?? t(name, name);
}

/** Whether an endpoint is a national system (platform, database or service) rather than a network or field devices. */
export const isNational = (e: ExternalEndpoint): boolean =>
  e.category === 'national-platform' || e.category === 'national-database' || e.category === 'national-service';
