/** One entry of the catalogue: the same message in ICU MessageFormat, in Vietnamese and in English. */
export interface CatalogueEntry {
  readonly vi: string;
  readonly en: string;
}

/** A part of the catalogue: every key with both languages. */
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;
