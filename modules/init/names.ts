// Names and addresses of a starting inventory, from the province's code and name alone.
import { createHash } from 'node:crypto';

/** A Vietnamese name without diacritics, as a name of the inventory ("Đà Nẵng" → "da-nang"). */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The initials of a name, the prefix of every object of the inventory ("Đà Nẵng" → "dn", "Hồ Chí Minh" → "hcm"). */
export function prefixOf(name: string): string {
  return slugOf(name)
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w[0])
    .join('');
}

/**
 * A unique-local IPv6 /48 (RFC 4193) for one province and one use: the 40-bit Global ID is derived from the code,
 * so that the same command writes the same plan; it is never zero. RFC 4193 §3.2.2 asks for a random one: the header
 * of province.yaml says to replace it before the plan is used.
 */
export function ula48(code: string, use: string): string {
  const hash = createHash('sha256').update(`hatang:${code}:${use}`).digest();
  const id: number[] = [...hash.subarray(0, 5)];
  if (!id.some((b) => b !== 0)) id[4] = 1;
  const hex = id.map((b) => b.toString(16).padStart(2, '0')).join('');
  const groups = [`fd${hex.slice(0, 2)}`, hex.slice(2, 6), hex.slice(6, 10)].map((g) => g.replace(/^0+(?=.)/, ''));
  return groups.join(':');
}

/** The IPv4 second octet of a province's private ranges: its two-digit code as a number (01–96). */
export const octetOf = (code: string): number => Number.parseInt(code, 10);
