import {
  AGENCY_KIND_LABELS,
  msgIn,
  CATALOGUE_SOURCE,
  nameKey,
  provinceByCode,
  provinceKindTitle,
  text,
  unitByCode,
  unitNameOf,
  type Agency,
  type CatalogueUnit,
  type Model,
  type Text,
} from '../../model/index.js';
import type { Citation, ModelContext, ModelRule, Outcome } from '../rule.js';

/** Commune-level codes (00001–99999) and district codes: the lists of the two decisions. */
const COMMUNE: Citation = { doc: 'qd19-2025' };
const DISTRICT: Citation = { doc: 'qd124-2004' };

const isCommuneLike = (a: Agency) => a.agencyKind === 'commune' || a.agencyKind === 'ward' || a.agencyKind === 'special-zone';
const given = (a: Agency) => ({
  vi: a.code === undefined ? 'chưa có mã' : `đang là "${a.code}"`,
  en: a.code === undefined ? 'none given' : `it is "${a.code}"`,
});
const at = (a: Agency, field: 'code' | 'kind' | 'name') => ({ target: `agencies/${a.name}`, source: a.source, path: ['spec', field], at: 'value' as const });

/** A commune-level unit in words ("phường Cẩm Thành", "Cam Thanh ward"). */
const unitTitle = (u: CatalogueUnit): Text => text(`${AGENCY_KIND_LABELS[u.kind].vi} ${u.name}`, `${u.name} ${AGENCY_KIND_LABELS[u.kind].en}`);
const provinceOf = (code: string): Text => {
  const p = provinceByCode(code);
  return p ? text(provinceKindTitle(p.kind, p.name, 'vi'), provinceKindTitle(p.kind, p.name, 'en')) : text(`mã tỉnh ${code}`, `province code ${code}`);
};
const KIND_WORDS = (['commune', 'ward', 'special-zone'] as const).map((k) => AGENCY_KIND_LABELS[k].vi);

/** The catalogue decides where the inventory describes the two-tier organisation on a day the list is in force. */
const catalogueApplies = (ctx: ModelContext) => ctx.model.province.tiers === 2 && ctx.asOf >= CATALOGUE_SOURCE.inForceFrom;

/** A well-formed commune-level code against the catalogue: unknown, of another province, or named otherwise. */
function againstCatalogue(a: Agency, code: string, model: Model): Outcome | undefined {
  const unit = unitByCode(code);
  const here = model.province.code;
  if (!unit) {
    return {
      ...at(a, 'code'),
      status: 'fail',
      message: text(
        `Mã ${code} của ${a.title} không có trong danh mục đơn vị hành chính cấp xã (Quyết định số 19/2025/QĐ-TTg).`,
        `Code ${code} of ${a.name} is not in the list of commune-level units (Decision 19/2025/QD-TTg).`,
      ),
    };
  }
  const u = unitTitle(unit);
  if (unit.province !== here) {
    const there = provinceOf(unit.province);
    const own = provinceOf(here);
    return {
      ...at(a, 'code'),
      status: 'fail',
      message: text(
        `Mã ${code} của ${a.title} là mã của ${u.vi} thuộc ${there.vi} (mã ${unit.province}), không thuộc ${own.vi}.`,
        `Code ${code} of ${a.name} is the code of ${u.en} in ${there.en} (code ${unit.province}), not in ${own.en}.`,
      ),
    };
  }
  const named = unitNameOf(a.title, KIND_WORDS);
  const kindOk = a.agencyKind === unit.kind && (named.kind === undefined || named.kind === nameKey(AGENCY_KIND_LABELS[unit.kind].vi));
  if (kindOk && named.key === nameKey(unit.name)) return undefined;
  return {
    ...at(a, kindOk ? 'name' : 'kind'),
    part: 'name',
    status: 'fail',
    severity: 'warning',
    message: text(
      `Tên "${a.title}" (khai báo là ${AGENCY_KIND_LABELS[a.agencyKind].vi}) không khớp tên chính thức của mã ${code}: ${u.vi}.`,
      `${a.name} ("${a.title}", ${AGENCY_KIND_LABELS[a.agencyKind].en}) does not match the official name of code ${code}: ${u.en}.`,
    ),
  };
}

/** Format of the code of a commune-level or district unit (every inventory). */
function format(a: Agency, twoTier: boolean): Outcome | undefined {
  const g = given(a);
  const where = at(a, a.code !== undefined ? 'code' : 'kind');
  if (isCommuneLike(a) && (a.code === undefined || !/^[0-9]{5}$/.test(a.code))) {
    return {
      ...where,
      status: 'fail',
      clauses: [COMMUNE],
      message: text(
        `Đơn vị cấp xã ${a.name} cần mã 5 chữ số theo danh mục đơn vị hành chính (${g.vi}).`,
        `Commune-level unit ${a.name} needs its 5-digit official code (${g.en}).`,
      ),
    };
  }
  if (a.agencyKind === 'district' && !twoTier && (a.code === undefined || !/^[0-9]{3}$/.test(a.code))) {
    return {
      ...where,
      status: 'fail',
      clauses: [DISTRICT],
      message: text(`Đơn vị cấp huyện ${a.name} cần mã 3 chữ số (${g.vi}).`, `District-level unit ${a.name} needs its 3-digit official code (${g.en}).`),
    };
  }
  return undefined;
}

/** Codes the catalogue cannot decide: a three-tier inventory, or a day before the list is in force. */
function undecided(ctx: ModelContext, communes: readonly Agency[]): Outcome {
  const p = ctx.model.province;
  const why =
    p.tiers !== 2
      ? text('kiểm kê mô tả tổ chức ba cấp (trước ngày 01/07/2025)', 'the inventory describes the three-tier organisation (before 1 July 2025)')
      : text(`ngày đánh giá trước ngày 01/07/2025`, 'the evaluation date is before 1 July 2025');
  return {
    status: 'manual',
    target: 'province',
    source: p.source,
    path: ['spec', 'tiers'],
    clauses: [COMMUNE, DISTRICT],
    message: text(
      `Chưa đối chiếu được mã của ${communes.length} đơn vị cấp xã với danh mục đơn vị hành chính: ${why.vi}, danh mục áp dụng cho thời điểm đó không có trong công cụ.`,
      `The codes of ${msgIn('en', 'count.commune-units', { n: communes.length })} were not checked against the list of administrative units: ${why.en}, and the list for that time is not in the toolkit.`,
    ),
  };
}

export const AU_02: ModelRule = {
  id: 'AU-02',
  title: text('Đơn vị hành chính được định danh bằng mã theo danh mục đơn vị hành chính', 'Administrative units carry their official code'),
  domain: 'inventory',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  // A finding cites QĐ 19/2025 for a commune-level unit, QĐ 124/2004 for a district.
  clauses: [COMMUNE, DISTRICT],
  confidence: 'verified',
  remediation: text(
    'Ghi mã đơn vị hành chính chính thức (`code`): 5 chữ số đối với xã, phường, đặc khu (QĐ 19/2025/QĐ-TTg, mã của đơn vị thuộc tỉnh; xem `docs/catalogue.md`); 3 chữ số đối với huyện của tỉnh ba cấp (QĐ 124/2004/QĐ-TTg). Tên và loại đơn vị (xã, phường, đặc khu) ghi theo danh mục.',
    'Record the official code in `code`: 5 digits for a commune, ward or special zone (QĐ 19/2025/QĐ-TTg, a unit of the province; see `docs/catalogue.md`); 3 digits for a district of a three-tier province (QĐ 124/2004/QĐ-TTg). Name the unit and its kind (commune, ward, special zone) as the list does.',
  ),
  evidence: [
    text(
      'danh mục mã đơn vị hành chính cấp xã áp dụng tại thời điểm kiểm kê mô tả, đối chiếu với mã và tên các xã, phường, thị trấn trong kiểm kê',
      'the list of commune-level codes in force at the time the inventory describes, compared with the codes and names of its communes and wards',
    ),
  ],
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    const twoTier = ctx.model.province.tiers === 2;
    const decides = catalogueApplies(ctx);
    const undecidedCodes: Agency[] = [];
    for (const a of ctx.model.agencies) {
      const bad = format(a, twoTier);
      if (bad) out.push(bad);
      else if (isCommuneLike(a) && a.code !== undefined && !decides) undecidedCodes.push(a);
      else if (isCommuneLike(a) && a.code !== undefined) {
        const found = againstCatalogue(a, a.code, ctx.model);
        if (found) out.push(found);
      }
    }
    if (undecidedCodes.length > 0) out.push(undecided(ctx, undecidedCodes));
    return out;
  },
};
