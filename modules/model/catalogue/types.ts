// The shapes of the catalogue of administrative units (QĐ 19/2025/QĐ-TTg): what the lookups of index.ts return.

/** A province-level unit: a province (tỉnh) or a centrally-governed city (thành phố trực thuộc trung ương). */
export type ProvinceKind = 'province' | 'city';

/** A commune-level unit: the same words as an agency's kind (xã, phường, đặc khu). */
export type UnitKind = 'commune' | 'ward' | 'special-zone';

export interface CatalogueProvince {
  /** Two digits. */
  readonly code: string;
  readonly kind: ProvinceKind;
  /** The name without its kind ("Đà Nẵng"). */
  readonly name: string;
}

export interface CatalogueUnit {
  /** Five digits. */
  readonly code: string;
  readonly kind: UnitKind;
  /** The name without its kind ("Cẩm Thành"). */
  readonly name: string;
  /** Code of the province the unit belongs to. */
  readonly province: string;
}

/** A province-level unit of the list before 01/07/2025, with the unit it became part of. */
export interface FormerProvince {
  readonly code: string;
  readonly kind: ProvinceKind;
  readonly name: string;
  /** The province-level unit in force that took it over (itself for a unit that kept its code). */
  readonly successor: CatalogueProvince;
  /** The code is no longer the code of any province-level unit. */
  readonly closed: boolean;
}
