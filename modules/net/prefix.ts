export type Family = 'ipv4' | 'ipv6';

/** A canonical IP prefix: network address with host bits zero. */
export interface Prefix {
  readonly family: Family;
  /** Network address as an unsigned integer. */
  readonly network: bigint;
  readonly length: number;
  /** Canonical text (RFC 5952 for IPv6), e.g. `2001:db8:51::/48`. */
  readonly text: string;
}

/** Why a prefix string is not acceptable, with a corrected value when one exists. */
export type PrefixProblem =
  | { readonly kind: 'syntax' }
  | { readonly kind: 'family'; readonly found: Family }
  | { readonly kind: 'length'; readonly max: number }
  | { readonly kind: 'host-bits'; readonly canonical: string };

/** `respelled` is true when the input was valid but not in canonical spelling (e.g. upper-case IPv6). */
export type PrefixResult =
  { readonly ok: true; readonly prefix: Prefix; readonly respelled: boolean } | { readonly ok: false; readonly problem: PrefixProblem };

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

/**
 * Parses an address (no length) of either family; undefined when it is not one. Hand-written rather than ip-num's
 * parser, which costs several microseconds per IPv6 address and dominated loading a national inventory; the tests
 * check this parser against ip-num on generated addresses.
 */
export function parseAddress(text: string): { family: Family; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : { family: 'ipv6', value };
  }
  const value = parseIPv4(text);
  return value === undefined ? undefined : { family: 'ipv4', value: BigInt(value) };
}

const DOTTED_QUAD = /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

// Leading zeros ("010.0.0.1") are refused: some tools read them as octal.
function parseIPv4(text: string): number | undefined {
  const match = DOTTED_QUAD.exec(text);
  if (!match) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(match[i]);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** RFC 4291 §2.2 text forms: eight groups, one `::` at most, an optional dotted quad in the last 32 bits. */
function parseIPv6(text: string): bigint | undefined {
  const gap = text.indexOf('::');
  if (gap >= 0 && text.indexOf('::', gap + 1) >= 0) return undefined;
  const head = gap < 0 ? text : text.slice(0, gap);
  const tail = gap < 0 ? '' : text.slice(gap + 2);
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const lastPart = gap < 0 || tailGroups.length > 0 ? (gap < 0 ? headGroups : tailGroups) : undefined;
  const words: number[] = [];
  const read = (parts: string[], isLast: boolean): boolean => {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (isLast && i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (v4 === undefined) return false;
        words.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (HEX_GROUP.test(part)) {
        words.push(parseInt(part, 16));
      } else {
        return false;
      }
    }
    return true;
  };
  if (!read(headGroups, lastPart === headGroups)) return undefined;
  const headCount = words.length;
  if (!read(tailGroups, lastPart === tailGroups)) return undefined;
  if (gap < 0 ? words.length !== 8 : words.length > 7) return undefined;
  words.splice(headCount, 0, ...new Array<number>(8 - words.length).fill(0));
  let value = 0n;
  for (const word of words) value = (value << 16n) | BigInt(word);
  return value;
}

export function formatAddress(family: Family, value: bigint): string {
  if (family === 'ipv4') {
    return [24n, 16n, 8n, 0n].map((s) => Number((value >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run (at least two) of zero groups, the first one on ties.
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Parses `address/length` and insists on the expected family and zero host bits. */
export function parsePrefixStrict(text: string, expected?: Family): PrefixResult {
  const slash = text.indexOf('/');
  if (slash < 0 || !/^[0-9]{1,3}$/.test(text.slice(slash + 1))) return { ok: false, problem: { kind: 'syntax' } };
  const address = parseAddress(text.slice(0, slash));
  if (!address) return { ok: false, problem: { kind: 'syntax' } };
  if (expected && address.family !== expected) return { ok: false, problem: { kind: 'family', found: address.family } };
  const bits = BITS[address.family];
  const length = Number(text.slice(slash + 1));
  if (length > bits || (text.slice(slash + 1).length > 1 && text[slash + 1] === '0')) {
    return length > bits ? { ok: false, problem: { kind: 'length', max: bits } } : { ok: false, problem: { kind: 'syntax' } };
  }
  const hostMask = (1n << BigInt(bits - length)) - 1n;
  const network = address.value & ~hostMask & ((1n << BigInt(bits)) - 1n);
  const canonical = `${formatAddress(address.family, network)}/${length}`;
  if ((address.value & hostMask) !== 0n) return { ok: false, problem: { kind: 'host-bits', canonical } };
  return { ok: true, prefix: { family: address.family, network, length, text: canonical }, respelled: canonical !== text };
}

/** True when `address` (a plain address) lies inside `prefix`. */
export function prefixContainsAddress(prefix: Prefix, family: Family, value: bigint): boolean {
  if (family !== prefix.family) return false;
  const shift = BigInt(BITS[family] - prefix.length);
  return value >> shift === prefix.network >> shift;
}

/** True when `inner` lies entirely inside `outer` (or is it). */
export function prefixContainsPrefix(outer: Prefix, inner: Prefix): boolean {
  return inner.length >= outer.length && prefixContainsAddress(outer, inner.family, inner.network);
}
