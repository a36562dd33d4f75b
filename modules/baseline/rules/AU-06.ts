import { text, type Agency } from '../../model/index.js';
import type { ModelRule } from '../rule.js';

const OWN_CODES: readonly Agency['agencyKind'][] = ['commune', 'ward', 'special-zone', 'district'];

export const AU_06: ModelRule = {
  id: 'AU-06',
  title: text('Cơ quan có địa chỉ TSLCD được định danh gắn với mã đơn vị hành chính', 'Agencies with TSLCD addresses are keyed by administrative codes'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'hatang-addressing' }, { doc: 'qd19-2025' }],
  confidence: 'practice',
  confidenceNote: text(
    'Quy ước của hatang: không văn bản nào quy định cách đặt mã cơ quan; mã được gắn với mã đơn vị hành chính theo Quyết định số 19/2025/QĐ-TTg để địa chỉ truyền số liệu chuyên dùng tra được theo đơn vị.',
    "The toolkit's convention: no text fixes how an agency's code is formed; it is keyed by the administrative unit codes of Decision 19/2025/QD-TTg so that TSLCD addresses can be traced to the unit.",
  ),
  remediation: text(
    'Đặt mã cơ quan bắt đầu bằng mã tỉnh (ví dụ 51-SKHCN) hoặc bằng mã xã 5 chữ số của đơn vị.',
    'Give the agency a code that starts with the province code (e.g. 51-SKHCN) or with its 5-digit commune code.',
  ),
  scope: 'model',
  // Communes, wards, special zones and districts have official codes of their own (AU-02).
  check: (ctx) =>
    ctx.model.agencies
      .filter(
        (a) =>
          !OWN_CODES.includes(a.agencyKind) &&
          (a.ipv4 || a.ipv6) &&
          (a.code === undefined || !(a.code.startsWith(ctx.model.province.code) || /^[0-9]{5}/.test(a.code))),
      )
      .map((a) => ({
        status: 'fail' as const,
        target: `agencies/${a.name}`,
        source: a.source,
        path: ['spec', a.code !== undefined ? 'code' : 'kind'],
        at: 'value' as const,
        message: text(
          `Cơ quan ${a.title} có địa chỉ TSLCD nhưng mã (${a.code ?? 'chưa có'}) không gắn với mã tỉnh ${ctx.model.province.code} hay mã xã 5 chữ số.`,
          `Agency ${a.name} has TSLCD addresses but its code (${a.code ?? 'none'}) embeds neither the province code ${ctx.model.province.code} nor a 5-digit commune code.`,
        ),
      })),
};
