// Durations and DR modes in words, as people read them: "1 ngày 45 phút" / "1 day 45 minutes" (never "1d45m", where
// "m" reads as metres or months in Vietnamese). English plurals come from Intl.PluralRules.
import type { Lang, Text } from './diagnostics.js';
import type { DrMode } from './types.js';

const UNITS: readonly { readonly minutes: number; readonly vi: string; readonly en: readonly [string, string] }[] = [
  { minutes: 1440, vi: 'ngày', en: ['day', 'days'] },
  { minutes: 60, vi: 'giờ', en: ['hour', 'hours'] },
  { minutes: 1, vi: 'phút', en: ['minute', 'minutes'] },
];

const plural = new Intl.PluralRules('en');

/** A whole number of minutes in words, largest unit first, zero parts left out ("0 phút" for zero). */
export function durationText(minutes: number, lang: Lang): string {
  if (!Number.isFinite(minutes)) return lang === 'vi' ? 'không xác định' : 'unbounded';
  let rest = Math.max(0, Math.round(minutes));
  const parts: string[] = [];
  for (const u of UNITS) {
    const n = Math.floor(rest / u.minutes);
    rest -= n * u.minutes;
    if (n > 0) parts.push(lang === 'vi' ? `${n} ${u.vi}` : `${n} ${u.en[plural.select(n) === 'one' ? 0 : 1]}`);
  }
  return parts.length ? parts.join(' ') : lang === 'vi' ? '0 phút' : '0 minutes';
}

/** The DR modes by name, defined once for every output. */
export const DR_MODE_NAMES: Readonly<Record<DrMode, Text>> = {
  none: { vi: 'không dự phòng', en: 'no DR' },
  cold: { vi: 'dự phòng lạnh', en: 'cold standby' },
  warm: { vi: 'dự phòng ấm', en: 'warm standby' },
  hot: { vi: 'dự phòng nóng', en: 'hot standby' },
};
