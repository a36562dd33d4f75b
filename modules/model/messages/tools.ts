// Messages of the planner, the reports, the metrics exporter and the Kubernetes checks that carry a count or a unit.
import type { Catalogue } from './types.js';

export const TOOL_MESSAGES = {
  'plan.summary': {
    vi: '{prefixes, number} dải địa chỉ, {errors, number} lỗi, {warnings, number} cảnh báo.',
    en: '{prefixes, plural, one {# prefix} other {# prefixes}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  },
  'plan.diff-summary': {
    vi: '{prefixes, number} dải địa chỉ và {flows, number} luồng thay đổi.',
    en: '{prefixes, plural, one {# prefix} other {# prefixes}} and {flows, plural, one {# flow} other {# flows}} changed.',
  },
  'serve.reload-failed': {
    vi: 'nạp lại thất bại ({errors, number} lỗi); vẫn xuất trạng thái tốt gần nhất',
    en: 'reload failed ({errors, plural, one {# error} other {# errors}}); still exporting the last good state',
  },
  'serve.read-timeout': {
    vi: 'nạp lại thất bại: đọc {dir} quá {ms} ms (ổ mạng bị treo?); vẫn xuất trạng thái tốt gần nhất',
    en: 'reload failed: reading {dir} took longer than {ms} ms (a hung mount?); still exporting the last good state',
  },
  'serve.loaded': {
    vi: 'đã nạp {dir}: {systems, number} hệ thống, mã băm {hash} ({ms} ms)',
    en: 'loaded {dir}: {systems, plural, one {# system} other {# systems}}, hash {hash} ({ms} ms)',
  },
  'report.failing-above': {
    vi: '{n, number} nội dung không đạt hoặc chưa đến hạn: xem bảng ở mục 1.',
    en: '{n, number} failing or not yet due: see the table in part 1.',
  },
  'report.oldest-evidence': { vi: 'cũ nhất {days, number} ngày', en: 'oldest {days, plural, one {# day} other {# days}}' },
  'report.waiver-expired': { vi: 'đã hết hạn {days, number} ngày', en: 'expired {days, plural, one {# day} other {# days}} ago' },
  'report.waiver-left': { vi: 'còn {days, number} ngày', en: '{days, plural, one {# day} other {# days}} left' },
  'report.baseline-hidden': {
    vi: 'chỉ các kết quả mới (đã ẩn {n, number} kết quả đã biết)',
    en: 'new findings only ({n, number} known hidden)',
  },
  'report.edge-agencies': {
    vi: '{n, plural, other {# cơ quan}} có kết nối mạng truyền số liệu chuyên dùng hoặc có khai báo về biên mạng',
    en: '{n, plural, one {# agency} other {# agencies}} with a government data network link or edge data',
  },
  'report.edge-firewall': {
    vi: 'tường lửa tại điểm kết nối: {yes, number} có, {no, number} không, {unknown, number} chưa khai báo',
    en: 'edge firewall: {yes, number} yes, {no, number} no, {unknown, number} not declared',
  },
  'report.edge-internet': {
    vi: 'kết nối Internet riêng: {yes, number} có, {no, number} không, {unknown, number} chưa khai báo',
    en: 'own Internet link: {yes, number} yes, {no, number} no, {unknown, number} not declared',
  },
  'report.edge-clear': {
    vi: '{n, plural, other {# cơ quan}} đạt mọi kiểm tra về biên mạng và phòng, chống mã độc',
    en: '{n, plural, one {# agency passes} other {# agencies pass}} every edge and anti-malware check',
  },
  'k8s.invalid-name': {
    vi: 'Tên không hợp lệ: "{name}" (chữ thường, số, "-", tối đa {max, number} ký tự).',
    en: 'Invalid name "{name}" (lower-case letters, digits, "-", at most {max, plural, one {# character} other {# characters}}).',
  },
} as const satisfies Catalogue;
