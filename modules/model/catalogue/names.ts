// Comparing the names of administrative units as people write them: letter case, Unicode form, the old and new
// placement of the tone mark ("Hoà"/"Hòa", "Thuỷ"/"Thủy") and the apostrophe ("M'Drắk"/"M’Drắk") do not make a
// different name.

/** The five tone marks, as combining characters after NFD. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A key equal for two spellings of the same name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .toLocaleLowerCase('vi')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s*-\s*/g, ' - ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(TONES, '') + [...w.matchAll(TONES)].map((m) => m[0]).join(''))
    .join(' ')
    .normalize('NFC');
}

/** The words before a unit's kind in an agency title: its People's Committee. */
const PREFIXES = ['Ủy ban nhân dân', 'UBND'];

/**
 * The name an agency title gives its unit, without "Ủy ban nhân dân"/"UBND" and without the kind word that follows
 * ("Ủy ban nhân dân phường Cẩm Thành" → { kind: "phường", name: "Cẩm Thành" }), as keys.
 */
export function unitNameOf(title: string, kindWords: readonly string[]): { readonly kind?: string; readonly key: string } {
  let rest = nameKey(title);
  for (const p of PREFIXES.map(nameKey)) if (rest.startsWith(`${p} `)) rest = rest.slice(p.length + 1);
  for (const word of kindWords) {
    const k = nameKey(word);
    if (rest.startsWith(`${k} `)) return { kind: k, key: rest.slice(k.length + 1) };
  }
  return { key: rest };
}
