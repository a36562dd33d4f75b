// `hatang init`: a starting inventory of one province at one security level, as file texts (no I/O here), and the
// minimum design per level that docs/minimum-design.md prints.
import { formerProvince, provinceByCode, text, type CatalogueProvince, type Text } from '../model/index.js';
import { agencyFiles } from './agencies.js';
import { contextOf, type InitOptions } from './context.js';
import { devicesFile, flowsFile, zonesFile } from './network.js';
import { provinceFile, sitesFile } from './province.js';
import { clustersFile, systemsFile } from './systems.js';

export type { InitOptions } from './context.js';
export { designFor, type LevelDesign } from './design.js';
export { MAX_AGENCY_FILE_BYTES } from './agencies.js';
export { slugOf } from './names.js';
export { renderMinimumDesign } from './doc.js';

export interface InitFile {
  /** Path inside the inventory folder. */
  readonly path: string;
  readonly text: string;
}

/** The files of a starting inventory, in the order they are written. */
export function generateInventory(options: InitOptions): InitFile[] {
  const ctx = contextOf(options);
  return [
    { path: 'province.yaml', text: provinceFile(ctx) },
    { path: 'sites.yaml', text: sitesFile(ctx) },
    { path: 'zones.yaml', text: zonesFile(ctx) },
    { path: 'devices.yaml', text: devicesFile(ctx) },
    { path: 'flows.yaml', text: flowsFile(ctx) },
    { path: 'clusters.yaml', text: clustersFile(ctx) },
    { path: 'systems.yaml', text: systemsFile(ctx) },
    ...agencyFiles(ctx),
  ];
}

/** The province-level unit in force with this code, or why there is none (a closed code names its successor). */
export function provinceForInit(code: string): { readonly province: CatalogueProvince } | { readonly error: Text } {
  const province = provinceByCode(code);
  if (province) return { province };
  const former = formerProvince(code);
  if (former?.closed) {
    const s = former.successor;
    return {
      error: text(
        `mã ${code} (${former.kind === 'city' ? 'thành phố' : 'tỉnh'} ${former.name}) đã đóng từ ngày 01/07/2025; đơn vị kế thừa là ${s.kind === 'city' ? 'thành phố' : 'tỉnh'} ${s.name}, mã ${s.code}: dùng "hatang init ${s.code}".`,
        `code ${code} (${former.name}) is closed since 1 July 2025; it became part of ${s.name}, code ${s.code}: use "hatang init ${s.code}".`,
      ),
    };
  }
  return {
    error: text(
      `không có tỉnh, thành phố nào mang mã "${code}" trong danh mục đơn vị hành chính (Quyết định số 19/2025/QĐ-TTg); mã gồm hai chữ số, ví dụ 48.`,
      `no province or city has the code "${code}" in the catalogue of administrative units (QĐ 19/2025/QĐ-TTg); a code has two digits, e.g. 48.`,
    ),
  };
}
