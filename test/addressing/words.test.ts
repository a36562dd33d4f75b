// The typed-array path that national-scale checks use must agree with the BigInt parser and with a naive check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  PrefixTableBuilder,
  comparePrefixes,
  forEachOverlap,
  sortedOrder,
  formatAddress,
  parsePrefixStrict,
  parsePrefixWords,
  prefixContainsPrefix,
  type Family,
  type Prefix,
} from '../../modules/net/index.js';

function wordsToText(family: Family, w: Uint32Array, length: number): string {
  const value = family === 'ipv4' ? BigInt(w[0]!) : (BigInt(w[0]!) << 96n) | (BigInt(w[1]!) << 64n) | (BigInt(w[2]!) << 32n) | BigInt(w[3]!);
  return `${formatAddress(family, value)}/${length}`;
}

function table(prefixes: readonly Prefix[], family: Family) {
  const b = new PrefixTableBuilder(family, 1);
  const out = new Uint32Array(4);
  for (const p of prefixes) {
    const len = parsePrefixWords(p.text, family, out);
    b.push(out[0]!, out[1]!, out[2]!, out[3]!, len);
  }
  return b.build();
}

describe('parsePrefixWords', () => {
  test.each([
    ['0.0.0.0/0', 'ipv4'],
    ['::/0', 'ipv6'],
    ['255.255.255.255/32', 'ipv4'],
    ['10.0.0.0/31', 'ipv4'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', 'ipv6'],
    ['2001:db8::/127', 'ipv6'],
    ['::ffff:10.0.0.0/104', 'ipv6'],
    ['2001:DB8:0:0:0:0:0:0/32', 'ipv6'],
    ['1::/16', 'ipv6'],
    ['::1/128', 'ipv6'],
  ] as const)('%s reads the same as the strict parser', (input, family) => {
    const out = new Uint32Array(4);
    const len = parsePrefixWords(input, family, out);
    const strict = parsePrefixStrict(input, family);
    expect(strict.ok).toBe(true);
    if (strict.ok) expect(wordsToText(family, out, len)).toBe(strict.prefix.text);
  });

  test.each([
    ['10.0.0.1/24', 'ipv4'],
    ['10.0.0.0/33', 'ipv4'],
    ['010.0.0.0/8', 'ipv4'],
    ['10.0.0.0/08', 'ipv4'],
    ['10.0.0/8', 'ipv4'],
    ['2001:db8::1/64', 'ipv6'],
    ['2001:db8::/129', 'ipv6'],
    ['1:2:3:4:5:6:7:8:9/128', 'ipv6'],
    ['1::2::3/128', 'ipv6'],
    [':1::/16', 'ipv6'],
    ['1:/16', 'ipv6'],
    ['12345::/16', 'ipv6'],
    ['10.0.0.0/8', 'ipv6'],
    ['::/0', 'ipv4'],
    ['/8', 'ipv4'],
  ] as const)('%s is refused as %s', (input, family) => {
    expect(parsePrefixWords(input, family)).toBe(-1);
  });

  test('agrees with the strict parser on generated IPv6 texts', () => {
    fc.assert(
      fc.property(fc.ipV6(), fc.integer({ min: 0, max: 128 }), (address, length) => {
        const input = `${address}/${length}`;
        const strict = parsePrefixStrict(input, 'ipv6');
        const out = new Uint32Array(4);
        const len = parsePrefixWords(input, 'ipv6', out);
        if (!strict.ok) return len === -1;
        return len === length && wordsToText('ipv6', out, len) === strict.prefix.text;
      }),
      { numRuns: 2000 },
    );
  });

  test('agrees with the strict parser on generated IPv4 texts', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, length) => {
        const input = `${address}/${length}`;
        const strict = parsePrefixStrict(input, 'ipv4');
        const out = new Uint32Array(4);
        const len = parsePrefixWords(input, 'ipv4', out);
        if (!strict.ok) return len === -1;
        return len === length && wordsToText('ipv4', out, len) === strict.prefix.text;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('forEachOverlap', () => {
  test.each(['ipv4', 'ipv6'] as const)('finds exactly the pairs a pairwise check finds (%s)', (family) => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.bigInt({ min: 0n, max: family === 'ipv4' ? (1n << 32n) - 1n : (1n << 128n) - 1n }),
            fc.integer({ min: 0, max: family === 'ipv4' ? 32 : 128 }),
          ),
          { maxLength: 40 },
        ),
        (raw) => {
          const bits = family === 'ipv4' ? 32 : 128;
          // Cluster the prefixes so that overlaps are common: keep 6 random top bits, zero the rest below the length.
          const prefixes = raw.map(([v, len]) => {
            const top = (v >> BigInt(bits - 6)) << BigInt(bits - 6);
            const mixed = top | (v & ((1n << BigInt(bits - 6)) - 1n) & (len >= 6 ? ~0n : 0n));
            const network = len === 0 ? 0n : (mixed >> BigInt(bits - len)) << BigInt(bits - len);
            const r = parsePrefixStrict(`${formatAddress(family, network)}/${len}`);
            if (!r.ok) throw new Error('generator');
            return r.prefix;
          });
          const t = table(prefixes, family);
          const found = new Set<string>();
          forEachOverlap(t, (a, b) => void found.add([Math.min(a, b), Math.max(a, b)].join(',')));
          const expected = new Set<string>();
          for (let i = 0; i < prefixes.length; i++) {
            for (let j = i + 1; j < prefixes.length; j++) {
              if (prefixContainsPrefix(prefixes[i]!, prefixes[j]!) || prefixContainsPrefix(prefixes[j]!, prefixes[i]!)) expected.add(`${i},${j}`);
            }
          }
          expect([...found].sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  test('edge prefixes: the default routes contain everything, /31 and /127 halves do not overlap', () => {
    const v4 = ['0.0.0.0/0', '10.0.0.0/31', '10.0.0.0/32', '10.0.0.1/32', '255.255.255.255/32'].map((t) => (parsePrefixStrict(t) as { prefix: Prefix }).prefix);
    const pairs: string[] = [];
    const t4 = table(v4, 'ipv4');
    forEachOverlap(t4, (a, b) => void pairs.push(`${v4[a]!.text} ${v4[b]!.text}`));
    expect(pairs.sort()).toEqual([
      '0.0.0.0/0 10.0.0.0/31',
      '0.0.0.0/0 10.0.0.0/32',
      '0.0.0.0/0 10.0.0.1/32',
      '0.0.0.0/0 255.255.255.255/32',
      '10.0.0.0/31 10.0.0.0/32',
      '10.0.0.0/31 10.0.0.1/32',
    ]);
    const v6 = ['::/0', '2001:db8::/127', '2001:db8::2/127', '2001:db8::1/128', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'].map(
      (t) => (parsePrefixStrict(t) as { prefix: Prefix }).prefix,
    );
    const pairs6: string[] = [];
    forEachOverlap(table(v6, 'ipv6'), (a, b) => void pairs6.push(`${v6[a]!.text} ${v6[b]!.text}`));
    expect(pairs6.sort()).toEqual([
      '2001:db8::/127 2001:db8::1/128',
      '::/0 2001:db8::/127',
      '::/0 2001:db8::1/128',
      '::/0 2001:db8::2/127',
      '::/0 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128',
    ]);
  });
});

describe('sortedOrder', () => {
  test.each(['ipv4', 'ipv6'] as const)('the radix sort orders like the comparator: address, then length, then index (%s)', (family) => {
    const bits = family === 'ipv4' ? 32 : 128;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }), fc.integer({ min: 0, max: bits }), fc.boolean()), { maxLength: 60 }),
        (raw) => {
          const prefixes = raw.map(([v, len, dup], i) => {
            const network = len === 0 ? 0n : (v >> BigInt(bits - len)) << BigInt(bits - len);
            const r = parsePrefixStrict(`${formatAddress(family, dup && i > 0 ? 0n : network)}/${dup && i > 0 ? 0 : len}`);
            return (r as { prefix: Prefix }).prefix;
          });
          const t = table(prefixes, family);
          const expected = [...Array(t.count).keys()].sort((a, b) => comparePrefixes(t, a, t, b) || a - b);
          expect([...sortedOrder(t)]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
