// Counts shared by several outputs.
import type { Catalogue } from './types.js';

export const COUNT_MESSAGES = {
  /** "3 không đạt" / "3 fail": a count of findings or items of one status, with the status label as the outputs write it. */
  'count.status': { vi: '{n, number} {label}', en: '{n, number} {label}' },
  /** "(2 kết quả)" / "(2 results)". */
  'count.results': { vi: '{n, plural, other {# kết quả}}', en: '{n, plural, one {# result} other {# results}}' },
  'count.devices': { vi: '{n, plural, other {# thiết bị}}', en: '{n, plural, one {# device} other {# devices}}' },
  'count.days': { vi: '{n, plural, other {# ngày}}', en: '{n, plural, one {# day} other {# days}}' },
  'count.months': { vi: '{n, plural, other {# tháng}}', en: '{n, plural, one {# month} other {# months}}' },
  'count.files': { vi: '{n, plural, other {# tệp}}', en: '{n, plural, one {# file} other {# files}}' },
  'count.units': { vi: '{n, plural, other {# thiết bị}}', en: '{n, plural, one {# unit} other {# units}}' },
  'count.commune-units': {
    vi: '{n, plural, other {# đơn vị hành chính cấp xã}}',
    en: '{n, plural, one {# commune-level unit} other {# commune-level units}}',
  },
  // The inventory's contents, as `hatang validate` counts them.
  'count.sites': { vi: '{n, plural, other {# địa điểm}}', en: '{n, plural, one {# site} other {# sites}}' },
  'count.zones': { vi: '{n, plural, other {# vùng mạng}}', en: '{n, plural, one {# zone} other {# zones}}' },
  'count.flows': { vi: '{n, plural, other {# luồng}}', en: '{n, plural, one {# flow} other {# flows}}' },
  'count.clusters': { vi: '{n, plural, other {# cụm k8s}}', en: '{n, plural, one {# cluster} other {# clusters}}' },
  'count.systems': { vi: '{n, plural, other {# hệ thống}}', en: '{n, plural, one {# system} other {# systems}}' },
  'count.agencies': { vi: '{n, plural, other {# cơ quan}}', en: '{n, plural, one {# agency} other {# agencies}}' },
  'count.waivers': { vi: '{n, plural, other {# chấp nhận rủi ro tạm thời}}', en: '{n, plural, one {# waiver} other {# waivers}}' },
  // The estate as the compliance report counts it: agencies' computers and anti-malware, video conference, one-stop desks.
  'count.workstations': { vi: '{n, plural, other {# máy trạm}}', en: '{n, plural, one {# workstation} other {# workstations}}' },
  'count.servers': { vi: '{n, plural, other {# máy chủ}}', en: '{n, plural, one {# server} other {# servers}}' },
  /** "7.390/7.559 máy trạm": protected out of all. */
  'count.protected-workstations': {
    vi: '{protected, number}/{n, plural, other {# máy trạm}}',
    en: '{protected, number}/{n, plural, one {# workstation} other {# workstations}}',
  },
  'count.protected-servers': {
    vi: '{protected, number}/{n, plural, other {# máy chủ}}',
    en: '{protected, number}/{n, plural, one {# server} other {# servers}}',
  },
  'count.video-endpoints': {
    vi: '{n, plural, other {# điểm cầu truyền hình trực tuyến}}',
    en: '{n, plural, one {# video-conference endpoint} other {# video-conference endpoints}}',
  },
  'count.one-stop-desks': { vi: '{n, plural, other {# bộ phận một cửa}}', en: '{n, plural, one {# one-stop desk} other {# one-stop desks}}' },
  'count.providers': { vi: '{n, plural, other {# nhà cung cấp dịch vụ}}', en: '{n, plural, one {# provider} other {# providers}}' },
  // The kinds of lines `hatang validate` lists, as its summary line counts them.
  'count.errors': { vi: '{n, plural, other {# lỗi}}', en: '{n, plural, one {# error} other {# errors}}' },
  'count.warnings': { vi: '{n, plural, other {# cảnh báo}}', en: '{n, plural, one {# warning} other {# warnings}}' },
  'count.info': { vi: '{n, plural, other {# thông tin}}', en: '{n, plural, other {# info}}' },
  'count.due': { vi: '{n, plural, other {# chưa đến hạn}}', en: '{n, plural, other {# due later}}' },
  'count.waived': { vi: '{n, plural, other {# chấp nhận rủi ro tạm thời}}', en: '{n, plural, other {# waived}}' },
  'count.failing-findings': {
    vi: '{n, plural, other {# phát hiện không đạt}}',
    en: '{n, plural, one {# failing finding} other {# failing findings}}',
  },
} as const satisfies Catalogue;
