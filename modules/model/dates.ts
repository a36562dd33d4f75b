// Calendar dates as the inventory writes them (YYYY-MM-DD, read as UTC days): one implementation for every module.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The UTC day of `date` as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's UTC date, the default evaluation date. */
export function todayUtc(): string {
  return isoDate(new Date());
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The date `months` calendar months after `date`, clamped to the month's last day (2026-08-31 + 6 = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(year, month, Math.min(d, last))));
}

/** Whole months (floor) and days from `date` to `asOf`. */
export function ageOf(date: string, asOf: string): { months: number; days: number } {
  const [y1, m1, d1] = parts(date);
  const [y2, m2, d2] = parts(asOf);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months--;
  return { months, days: daysBetween(date, asOf) };
}

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function dayMs(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** A YYYY-MM-DD date as Vietnamese documents write it: dd/mm/yyyy (anything else is returned unchanged). */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A YYYY-MM-DD date as a reader of `lang` writes it: dd/mm/yyyy in Vietnamese, unchanged in English. */
export function dateText(iso: string, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? viDate(iso) : iso;
}
