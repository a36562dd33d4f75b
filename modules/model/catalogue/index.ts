// The catalogue of administrative units in force since 01/07/2025 (QĐ 19/2025/QĐ-TTg): the 34 province-level units,
// their 3,321 commune-level units and the 63 province-level units before that date with the unit each became part
// of. Pure lookups over the generated data (units.generated.ts, from source/*.csv; docs/catalogue.md).
import { FORMER_PROVINCE_ROWS, PROVINCE_ROWS, UNIT_ROWS } from './units.generated.js';
import type { CatalogueProvince, CatalogueUnit, FormerProvince, UnitKind } from './types.js';

export type { CatalogueProvince, CatalogueUnit, FormerProvince, ProvinceKind, UnitKind } from './types.js';
export { nameKey, unitNameOf } from './names.js';

/** Where the catalogue comes from. */
export const CATALOGUE_SOURCE = {
  /** The decision that issues the list and the day it applies from. */
  decision: 'Quyết định số 19/2025/QĐ-TTg',
  inForceFrom: '2025-07-01',
  /** The list the data was taken from, and the date of the copy read. */
  list: 'Danh mục đơn vị hành chính của Cục Thống kê (danhmuchanhchinh.nso.gov.vn)',
  listAsOf: '2026-01-07',
  /** The list it was checked against. */
  checkedAgainst: 'Công văn số 1027/CTK-CSCL ngày 25/06/2025 và Công văn số 915/CTK-CSCL của Cục Thống kê',
  /** Where the province-level mergers (former → successor) come from. */
  mergers: 'Nghị quyết số 202/2025/QH15',
} as const;

const UNIT_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special-zone'];

interface Tables {
  readonly provinces: readonly CatalogueProvince[];
  readonly province: ReadonlyMap<string, CatalogueProvince>;
  readonly former: ReadonlyMap<string, FormerProvince>;
  readonly unit: ReadonlyMap<string, CatalogueUnit>;
  readonly unitsOf: ReadonlyMap<string, readonly CatalogueUnit[]>;
}

let tables: Tables | undefined;

/** The lookup tables, built on first use. */
function load(): Tables {
  if (tables) return tables;
  const provinces = PROVINCE_ROWS.map(([code, kind, name]): CatalogueProvince => ({ code, kind, name }));
  const province = new Map(provinces.map((p) => [p.code, p]));
  const former = new Map(
    FORMER_PROVINCE_ROWS.map(([code, kind, name, successor]): [string, FormerProvince] => [
      code,
      { code, kind, name, successor: province.get(successor)!, closed: !province.has(code) },
    ]),
  );
  const unitsOf = new Map(
    UNIT_ROWS.map(([p, rows]): [string, readonly CatalogueUnit[]] => [p, rows.map(([code, k, name]) => ({ code, kind: UNIT_KINDS[k]!, name, province: p }))]),
  );
  const unit = new Map([...unitsOf.values()].flat().map((u) => [u.code, u]));
  tables = { provinces, province, former, unit, unitsOf };
  return tables;
}

/** The 34 province-level units, in the order of the list. */
export const catalogueProvinces = (): readonly CatalogueProvince[] => load().provinces;

/** The province-level unit in force with this code. */
export const provinceByCode = (code: string): CatalogueProvince | undefined => load().province.get(code);

/** The province-level unit of this code before 01/07/2025, with its successor; `closed` when the code is no longer used. */
export const formerProvince = (code: string): FormerProvince | undefined => load().former.get(code);

/** The 63 province-level units before 01/07/2025, by code. */
export const formerProvinces = (): readonly FormerProvince[] => [...load().former.values()];

/** The commune-level unit in force with this code. */
export const unitByCode = (code: string): CatalogueUnit | undefined => load().unit.get(code);

/** The commune-level units of a province, by code (none for a code that is not a province in force). */
export const unitsOf = (provinceCode: string): readonly CatalogueUnit[] => load().unitsOf.get(provinceCode) ?? [];

/** Every commune-level unit in force, by province then code. */
export const catalogueUnits = (): readonly CatalogueUnit[] => [...load().unitsOf.values()].flat();
