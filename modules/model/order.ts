/**
 * Compares strings by UTF-16 code units: the same order on every machine and locale (localeCompare depends on the
 * ICU data), which byte-identical outputs need.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
