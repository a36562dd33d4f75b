import { CATALOGUE_SOURCE, formerProvince, nameKey, provinceByCode, provinceKindTitle, text, type ProvinceKind } from '../../model/index.js';
import type { Citation, ModelRule, Outcome } from '../rule.js';

const LIST: Citation = { doc: 'qd19-2025' };
const BEFORE: Citation = { doc: 'qd124-2004' };
const KIND_PREFIX = /^(tỉnh|thành phố|tp\.?)\s+/iu;

/** The official title of a province-level unit ("thành phố Đà Nẵng"). */
const official = (kind: ProvinceKind, name: string) => ({ vi: provinceKindTitle(kind, name, 'vi'), en: provinceKindTitle(kind, name, 'en') });

export const AU_01: ModelRule = {
  id: 'AU-01',
  title: text('Tỉnh được định danh bằng mã và tên theo danh mục đơn vị hành chính', 'The province carries its official code and name'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites QĐ 19/2025 from 01/07/2025, QĐ 124/2004 for an inventory evaluated before that day.
  clauses: [LIST, BEFORE],
  confidence: 'verified',
  remediation: text(
    'Ghi mã 2 chữ số (`code`) và tên (`name`) của tỉnh, thành phố theo danh mục đơn vị hành chính (Quyết định số 19/2025/QĐ-TTg; xem `docs/catalogue.md`).',
    'Record in `code` the 2-digit code and in `name` the name of the province or city as in the list of administrative units (Decision 19/2025/QD-TTg; see `docs/catalogue.md`).',
  ),
  scope: 'model',
  check: (ctx) => {
    const p = ctx.model.province;
    const current = ctx.asOf >= CATALOGUE_SOURCE.inForceFrom;
    const cite = current ? LIST : BEFORE;
    const at = { target: 'province', source: p.source, at: 'value' as const, clauses: [cite] };
    const former = formerProvince(p.code);
    // A code closed on 01/07/2025 is AU-04's finding.
    if (current && former?.closed) return [];
    const unit = current ? provinceByCode(p.code) : former;
    if (!unit) {
      const list = current ? 'danh mục 34 đơn vị hành chính cấp tỉnh' : 'danh mục 63 đơn vị hành chính cấp tỉnh trước ngày 01/07/2025';
      const listEn = current ? 'the 34 province-level codes' : 'the 63 province-level codes in force before 1 July 2025';
      return [
        {
          ...at,
          status: 'fail',
          path: ['spec', 'code'],
          message: text(`Mã tỉnh "${p.code}" không có trong ${list}.`, `Province code "${p.code}" is not one of ${listEn}.`),
        },
      ];
    }
    const o = official(unit.kind, unit.name);
    const out: Outcome[] = [];
    if (nameKey(p.title.trim().replace(KIND_PREFIX, '')) !== nameKey(unit.name)) {
      out.push({
        ...at,
        status: 'fail',
        severity: 'warning',
        path: ['spec', 'name'],
        message: text(
          `Tên "${p.title}" không khớp tên chính thức của mã ${p.code}: ${o.vi}.`,
          `Name "${p.title}" does not match the official name of code ${p.code}: ${o.en}.`,
        ),
      });
    }
    return out;
  },
};
