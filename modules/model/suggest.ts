import { distance } from 'fastest-levenshtein';

/** The candidate closest to `value`, if it is close enough to be a plausible misspelling. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && bestDistance > 0 ? best : bestDistance === 0 && best !== value ? best : undefined;
}

/**
 * A word as the synonym table looks it up: lower case, without diacritics (đ as d), letters and digits only, so
 * that `Phường`, `phuong` and `PHUONG`, or `cấp II`, `cap-ii` and `cap_2`'s neighbours, meet on one form.
 */
export function plainWord(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Vietnamese words people write for enum values of the inventory, as data: each row is the words (written here
 * with their diacritics or in the usual short forms; they are compared by `plainWord`, so the accent-less and
 * accented forms, any case and any hyphenation match) and the values they may mean, in order of preference. The
 * first value the field allows is suggested: `tỉnh` is `province` in a former unit's level and `province-office`
 * in an agency's kind. Consulted before the edit-distance suggestion; docs/inventory.md lists it.
 */
export const ENUM_SYNONYMS: readonly (readonly [words: readonly string[], values: readonly string[]])[] = [
  // Agency.kind and formerUnits.level: administrative units (NQ 202/2025/QH15) and the bodies of the province.
  [['xã', 'ubnd xã', 'cấp xã'], ['commune']],
  [
    ['phường', 'ubnd phường'],
    ['ward', 'commune'],
  ],
  [
    ['đặc khu', 'ubnd đặc khu'],
    ['special-zone', 'commune'],
  ],
  [['huyện', 'quận', 'thị xã', 'cấp huyện'], ['district']],
  [
    ['tỉnh', 'cấp tỉnh', 'ubnd tỉnh', 'văn phòng ubnd tỉnh', 'vp ubnd'],
    ['province', 'province-office'],
  ],
  [['sở', 'sở ngành', 'ban ngành', 'cơ quan chuyên môn'], ['department']],
  [['khác'], ['other']],
  // Agency.tslcd.tier: the two levels of the specialised data network (TSLCD).
  [['cấp 1', 'cấp i', 'cấp một'], ['cap-i']],
  [['cấp 2', 'cấp ii', 'cấp hai'], ['cap-ii']],
  // Site.role.
  [['chính', 'trung tâm chính'], ['primary']],
  [['dự phòng', 'dự phòng thảm họa', 'trung tâm dự phòng'], ['dr']],
  // Zone.kind.
  [['vùng biên', 'biên'], ['edge']],
  [['vùng dmz', 'phi quân sự'], ['dmz']],
  [['máy chủ nội bộ', 'máy chủ'], ['internal-servers']],
  [['cơ sở dữ liệu', 'csdl'], ['database']],
  [['lưu trữ'], ['storage']],
  [['sao lưu'], ['backup']],
  [['quản trị', 'quản lý'], ['management']],
  [['quản trị thiết bị'], ['device-management']],
  [['giám sát an toàn', 'trung tâm giám sát'], ['soc']],
  [['người dùng', 'người sử dụng'], ['user']],
  [['không dây', 'wifi'], ['wireless']],
  // Device.kind.
  [['tường lửa'], ['firewall']],
  [['cân bằng tải'], ['load-balancer']],
  [['phòng chống mã độc', 'diệt virus'], ['anti-malware']],
  // System.dr.mode.
  [['nóng'], ['hot']],
  [['ấm'], ['warm']],
  [['lạnh'], ['cold']],
  [['không có', 'không'], ['none']],
];

const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(ENUM_SYNONYMS.flatMap(([words, values]) => words.map((w) => [plainWord(w), values] as const)));

/**
 * The allowed value `value` most likely means: a Vietnamese synonym first (ENUM_SYNONYMS), then the allowed value
 * written the same without diacritics, case or hyphens, then the nearest by edit distance.
 */
export function suggestValue(value: string, allowed: readonly string[]): string | undefined {
  const plain = plainWord(value);
  const meant = SYNONYMS.get(plain)?.find((v) => allowed.includes(v));
  if (meant !== undefined && meant !== value) return meant;
  const same = allowed.find((v) => plainWord(v) === plain && v !== value);
  if (same !== undefined) return same;
  return nearest(value, allowed);
}
