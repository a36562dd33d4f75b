// Prefixes as 32-bit words in typed arrays: the hot path of overlap and containment checks. A BigInt per address
// costs an allocation per value and, as a Map key, degrades when its low 64 bits are zero (every IPv6 /64); four
// unsigned words per prefix sort and compare with plain number arithmetic.
import type { Family } from './prefix.js';

/** A batch of prefixes of one family: `words` holds 1 (IPv4) or 4 (IPv6) words per prefix, most significant first. */
export interface PrefixTable {
  readonly family: Family;
  /** Words per prefix: 1 for IPv4, 4 for IPv6. */
  readonly width: 1 | 4;
  readonly words: Uint32Array;
  readonly lengths: Uint8Array;
  readonly count: number;
}

/** A growable table filled one prefix at a time. */
export class PrefixTableBuilder {
  readonly family: Family;
  readonly width: 1 | 4;
  private words: Uint32Array;
  private lengths: Uint8Array;
  count = 0;

  constructor(family: Family, capacity = 1024) {
    this.family = family;
    this.width = family === 'ipv4' ? 1 : 4;
    this.words = new Uint32Array(Math.max(1, capacity) * this.width);
    this.lengths = new Uint8Array(Math.max(1, capacity));
  }

  /** Appends a prefix given as words (host bits already zero); returns its index. */
  push(w0: number, w1: number, w2: number, w3: number, length: number): number {
    if (this.count === this.lengths.length) this.grow();
    const i = this.count++;
    const o = i * this.width;
    this.words[o] = w0;
    if (this.width === 4) {
      this.words[o + 1] = w1;
      this.words[o + 2] = w2;
      this.words[o + 3] = w3;
    }
    this.lengths[i] = length;
    return i;
  }

  private grow(): void {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const lengths = new Uint8Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }

  build(): PrefixTable {
    return {
      family: this.family,
      width: this.width,
      words: this.words.subarray(0, this.count * this.width),
      lengths: this.lengths.subarray(0, this.count),
      count: this.count,
    };
  }
}

const scratch = new Uint32Array(4);

/**
 * Parses canonical or non-canonical `address/length` text into words without allocating a BigInt. Returns the
 * prefix length, or -1 when the text is not a prefix of `family` or has host bits set. The words land in `out`.
 */
export function parsePrefixWords(text: string, family: Family, out: Uint32Array = scratch): number {
  return parsePrefixWordsAt(text, 0, text.length, family, out);
}

/** As parsePrefixWords, on text[start, end): lets a reader parse a large file without slicing a string per line. */
export function parsePrefixWordsAt(text: string, start: number, end: number, family: Family, out: Uint32Array = scratch): number {
  let slash = -1;
  for (let i = end - 1; i >= start && i >= end - 4; i--) {
    if (text.charCodeAt(i) === 47) {
      slash = i;
      break;
    }
  }
  if (slash <= start) return -1;
  let length = 0;
  const lenText = slash + 1;
  if (lenText >= end || end - lenText > 3 || (end - lenText > 1 && text.charCodeAt(lenText) === 48)) return -1;
  for (let i = lenText; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    length = length * 10 + c;
  }
  if (family === 'ipv4') {
    if (length > 32) return -1;
    const v = parseV4(text, start, slash);
    if (v < 0) return -1;
    out[0] = v;
  } else {
    if (length > 128) return -1;
    if (!parseV6(text, start, slash, out)) return -1;
  }
  return hostBitsZero(out, family === 'ipv4' ? 1 : 4, length) ? length : -1;
}

/** Dotted quad in text[start, end) without leading zeros; -1 when invalid. */
function parseV4(text: string, start: number, end: number): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let parts = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || octet > 255) return -1;
      value = value * 256 + octet;
      parts++;
      octet = 0;
      digits = 0;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9) return -1;
      if (digits > 0 && octet === 0) return -1; // leading zero
      octet = octet * 10 + d;
      if (++digits > 3) return -1;
    }
  }
  return parts === 4 ? value >>> 0 : -1;
}

const groups = new Uint16Array(8);

/** RFC 4291 §2.2 text forms in text[start, end) into four words; false when invalid. */
function parseV6(text: string, start: number, end: number, out: Uint32Array): boolean {
  let count = 0;
  let gap = -1;
  let i = start;
  if (end - start >= 2 && text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) === 58) {
    gap = 0;
    i = start + 2;
    if (i === end) {
      out[0] = out[1] = out[2] = out[3] = 0;
      return true;
    }
  } else if (text.charCodeAt(start) === 58) {
    return false;
  }
  while (i < end) {
    // one group, or a trailing dotted quad
    let j = i;
    let value = 0;
    let dot = false;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 58) break;
      if (c === 46) dot = true;
      const h = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : c === 46 ? 0 : -1;
      if (h < 0) return false;
      value = value * 16 + h;
      j++;
    }
    if (dot) {
      if (j !== end || count > 6) return false;
      const v4 = parseV4(text, i, j);
      if (v4 < 0) return false;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      break;
    }
    if (j === i || j - i > 4 || count >= 8) return false;
    groups[count++] = value;
    i = j;
    if (i < end) {
      // at a colon
      if (i + 1 < end && text.charCodeAt(i + 1) === 58) {
        if (gap >= 0) return false;
        gap = count;
        i += 2;
      } else {
        i += 1;
        if (i === end) return false;
      }
    }
  }
  if (gap < 0 ? count !== 8 : count > 7) return false;
  if (gap >= 0) {
    const move = count - gap;
    for (let k = 0; k < move; k++) groups[7 - k] = groups[count - 1 - k]!;
    for (let k = gap; k < 8 - move; k++) groups[k] = 0;
  }
  for (let k = 0; k < 4; k++) out[k] = ((groups[2 * k]! << 16) | groups[2 * k + 1]!) >>> 0;
  return true;
}

/** The mask of the network bits of word `k` for a prefix of `length`. */
function wordMask(k: number, length: number): number {
  const bits = length - 32 * k;
  return bits >= 32 ? 0xffffffff : bits <= 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

function hostBitsZero(w: Uint32Array, width: number, length: number): boolean {
  for (let k = 0; k < width; k++) if ((w[k]! & ~wordMask(k, length)) >>> 0 !== 0) return false;
  return true;
}

/** Compares prefix i of `a` with prefix j of `b` by network address, then by length (shorter first). */
export function comparePrefixes(a: PrefixTable, i: number, b: PrefixTable, j: number): number {
  const oa = i * a.width;
  const ob = j * b.width;
  for (let k = 0; k < a.width; k++) {
    const d = a.words[oa + k]! - b.words[ob + k]!;
    if (d !== 0) return d;
  }
  return a.lengths[i]! - b.lengths[j]!;
}

/** True when prefix i of `outer` contains (or equals) prefix j of `inner`; both of one family. */
export function containsAt(outer: PrefixTable, i: number, inner: PrefixTable, j: number): boolean {
  const len = outer.lengths[i]!;
  if (inner.lengths[j]! < len) return false;
  const oa = i * outer.width;
  const ob = j * inner.width;
  for (let k = 0; k < outer.width; k++) {
    const m = wordMask(k, len);
    if (m === 0) return true;
    if (((outer.words[oa + k]! ^ inner.words[ob + k]!) & m) !== 0) return false;
  }
  return true;
}

/**
 * Indices of the table sorted by address, then length (shorter, i.e. containing, first), then index: an LSD radix
 * sort on 16-bit digits (length first, then the address from its lowest half-word up), stable, O(n) per digit;
 * digits that are the same for every prefix (e.g. the low 64 bits of IPv6 networks) are skipped.
 */
export function sortedOrder(table: PrefixTable): Uint32Array {
  const n = table.count;
  const { words, lengths, width } = table;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let spare = new Uint32Array(n);
  const digits = new Uint16Array(n);
  const counts = new Uint32Array(65536);
  const pass = () => {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[digits[i]!]!++;
    for (let d = 0; d < 65536; d++) if (counts[d] === n) return; // one value: order unchanged
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      spare[counts[digits[i]!]!++] = i;
    }
    const t = order;
    order = spare;
    spare = t;
  };
  for (let i = 0; i < n; i++) digits[i] = lengths[i]!;
  pass();
  for (let k = width - 1; k >= 0; k--) {
    for (let i = 0; i < n; i++) digits[i] = words[i * width + k]! & 0xffff;
    pass();
    for (let i = 0; i < n; i++) digits[i] = words[i * width + k]! >>> 16;
    pass();
  }
  return order;
}

/**
 * Every overlapping pair of the table, in O(n log n + pairs): sort by address then length, sweep with a stack of
 * the prefixes that contain the current one. CIDR blocks either nest or are disjoint, so every prefix left on the
 * stack contains the current one. `onPair(outer, inner)` gets the containing (or equal, earlier) one first.
 */
export function forEachOverlap(table: PrefixTable, onPair: (outer: number, inner: number) => void, order = sortedOrder(table)): void {
  const stack: number[] = [];
  for (let n = 0; n < order.length; n++) {
    const p = order[n]!;
    while (stack.length > 0 && !containsAt(table, stack[stack.length - 1]!, table, p)) stack.pop();
    for (let s = 0; s < stack.length; s++) onPair(stack[s]!, p);
    stack.push(p);
  }
}
