export { loadInventory, loadFiles } from './load.js';
export type { LoadOptions, LoadResult } from './load.js';
export { formatDiagnostic, compareDiagnostics, forTerminal, text } from './diagnostics.js';
export type { Diagnostic, DiagnosticCode, Lang, Text } from './diagnostics.js';
export type { Locate } from './resolve.js';
export { DEFAULT_LIMITS } from './source.js';
export type { InventoryFile, ReadLimits } from './source.js';
export { normaliseLineEndings, readRegularFile, readYamlFile, refusalOf } from './read-file.js';
export type { ReadRefusal } from './read-file.js';
export { DEFAULT_PARSE_LIMITS } from './parse.js';
export type { ParseLimits } from './parse.js';
export * from './types.js';
export type { Finding, FindingCause, FindingCitation, FindingConfidence, FindingDomain, FindingParameter, FindingSeverity, FindingStatus } from './finding.js';
export { addMonths, ageOf, daysBetween, isoDate, isValidDate, todayUtc, viDate, dateText } from './dates.js';
export { durationText, DR_MODE_NAMES } from './durations.js';
export { dateValue, durationValue, msg, msgIn } from './messages/index.js';
export type { MessageArgs, MessageKey, MessageValue } from './messages/index.js';
export { compareCodeUnits } from './order.js';
export { EVIDENCE_KINDS, EVIDENCE_LABELS } from './evidence.js';
export * from './labels.js';
export { CATALOGUE_SOURCE, formerProvince, nameKey, provinceByCode, unitByCode, unitNameOf, unitsOf } from './catalogue/index.js';
export type { CatalogueProvince, CatalogueUnit, FormerProvince, ProvinceKind, UnitKind } from './catalogue/index.js';
export {
  BUILTIN_EXTERNALS,
  EXTERNAL_CATEGORY_LABELS,
  EXTERNAL_PATH_LABELS,
  builtinExternals,
  externalLabel,
  externalOf,
  externalText,
  isNational,
} from './externals.js';
