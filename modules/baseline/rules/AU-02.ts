import { text, type Agency } from '../../model/index.js';
import type { Citation, ModelRule, Outcome } from '../rule.js';

/** Commune-level codes (00001–99999) and district codes: the lists of the two decisions. */
const COMMUNE: Citation = { doc: 'qd19-2025' };
const DISTRICT: Citation = { doc: 'qd124-2004' };

const isCommuneLike = (a: Agency) => a.agencyKind === 'commune' || a.agencyKind === 'ward' || a.agencyKind === 'special-zone';
const given = (a: Agency) => ({
  vi: a.code === undefined ? 'chưa có mã' : `đang là "${a.code}"`,
  en: a.code === undefined ? 'none given' : `it is "${a.code}"`,
});

export const AU_02: ModelRule = {
  id: 'AU-02',
  title: text('Đơn vị hành chính được định danh bằng mã theo danh mục đơn vị hành chính', 'Administrative units carry their official code'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites QĐ 19/2025 for a commune-level unit, QĐ 124/2004 for a district.
  clauses: [COMMUNE, DISTRICT],
  confidence: 'verified',
  remediation: text(
    'Ghi mã đơn vị hành chính chính thức vào code: 5 chữ số đối với xã, phường, đặc khu (QĐ 19/2025/QĐ-TTg); 3 chữ số đối với huyện của tỉnh ba cấp (QĐ 124/2004/QĐ-TTg).',
    'Record the official code in code: 5 digits for a commune, ward or special zone (QĐ 19/2025/QĐ-TTg); 3 digits for a district of a three-tier province (QĐ 124/2004/QĐ-TTg).',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    const twoTier = ctx.model.province.tiers === 2;
    for (const a of ctx.model.agencies) {
      const at = { target: `agencies/${a.name}`, source: a.source, path: ['spec', a.code !== undefined ? 'code' : 'kind'], at: 'value' as const };
      const g = given(a);
      if (isCommuneLike(a) && (a.code === undefined || !/^[0-9]{5}$/.test(a.code))) {
        out.push({
          ...at,
          status: 'fail',
          clauses: [COMMUNE],
          message: text(
            `Đơn vị cấp xã ${a.name} cần mã 5 chữ số theo danh mục đơn vị hành chính (${g.vi}).`,
            `Commune-level unit ${a.name} needs its 5-digit official code (${g.en}).`,
          ),
        });
      } else if (a.agencyKind === 'district' && !twoTier && (a.code === undefined || !/^[0-9]{3}$/.test(a.code))) {
        out.push({
          ...at,
          status: 'fail',
          clauses: [DISTRICT],
          message: text(`Đơn vị cấp huyện ${a.name} cần mã 3 chữ số (${g.vi}).`, `District-level unit ${a.name} needs its 3-digit official code (${g.en}).`),
        });
      }
    }
    return out;
  },
};
