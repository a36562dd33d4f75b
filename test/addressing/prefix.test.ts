import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IPv4, IPv6 } from 'ip-num';
import { formatAddress, parseAddress, parsePrefixStrict } from '../../modules/net/index.js';

describe('parsePrefixStrict', () => {
  test.each([
    { name: 'IPv4 network', input: '10.51.10.0/24', text: '10.51.10.0/24', respelled: false },
    { name: 'IPv4 host route', input: '10.51.10.7/32', text: '10.51.10.7/32', respelled: false },
    { name: 'IPv4 default', input: '0.0.0.0/0', text: '0.0.0.0/0', respelled: false },
    { name: 'IPv6 compressed', input: '2001:db8:51::/48', text: '2001:db8:51::/48', respelled: false },
    { name: 'IPv6 upper case is respelled', input: '2001:DB8:51::/48', text: '2001:db8:51::/48', respelled: true },
    { name: 'IPv6 zeros written out are respelled', input: '2001:db8:0:0:0:0:0:0/32', text: '2001:db8::/32', respelled: true },
    { name: 'IPv6 leading zeros are respelled', input: '2001:0db8:0051::/48', text: '2001:db8:51::/48', respelled: true },
    { name: 'IPv6 longest zero run compressed (RFC 5952)', input: '2001:db8:0:0:1:0:0:0/128', text: '2001:db8:0:0:1::/128', respelled: true },
  ])('$name', ({ input, text, respelled }) => {
    const result = parsePrefixStrict(input);
    expect(result).toMatchObject({ ok: true, prefix: { text }, respelled });
  });

  test.each([
    { name: 'host bits set (IPv4)', input: '10.51.10.1/24', problem: { kind: 'host-bits', canonical: '10.51.10.0/24' } },
    { name: 'host bits set (IPv6)', input: '2001:db8:51::1/48', problem: { kind: 'host-bits', canonical: '2001:db8:51::/48' } },
    { name: 'length over 32', input: '10.0.0.0/33', problem: { kind: 'length', max: 32 } },
    { name: 'length over 128', input: '2001:db8::/129', problem: { kind: 'length', max: 128 } },
    { name: 'octet over 255', input: '10.0.300.0/24', problem: { kind: 'syntax' } },
    { name: 'leading zero octet (read as octal by some tools)', input: '010.0.0.0/8', problem: { kind: 'syntax' } },
    { name: 'leading zero length', input: '10.0.0.0/08', problem: { kind: 'syntax' } },
    { name: 'no length', input: '10.0.0.0', problem: { kind: 'syntax' } },
    { name: 'garbage', input: 'dmz', problem: { kind: 'syntax' } },
  ])('rejects $name', ({ input, problem }) => {
    expect(parsePrefixStrict(input)).toEqual({ ok: false, problem });
  });

  test('rejects the wrong family when one is expected', () => {
    expect(parsePrefixStrict('10.0.0.0/8', 'ipv6')).toEqual({ ok: false, problem: { kind: 'family', found: 'ipv4' } });
    expect(parsePrefixStrict('2001:db8::/32', 'ipv4')).toEqual({ ok: false, problem: { kind: 'family', found: 'ipv6' } });
  });

  test('network values are numeric, so 10.9.0.0 sorts before 10.10.0.0', () => {
    const a = parsePrefixStrict('10.9.0.0/16');
    const b = parsePrefixStrict('10.10.0.0/16');
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(a.prefix.network < b.prefix.network).toBe(true);
  });
});

describe('addresses', () => {
  test('IPv4-mapped and embedded forms parse as IPv6', () => {
    expect(parseAddress('::ffff:10.0.0.1')?.family).toBe('ipv6');
  });
  test('formatAddress round-trips', () => {
    for (const text of ['2001:db8::1', '::', '::1', '2001:db8:1:2:3:4:5:6', 'fe80::', '10.51.0.1']) {
      const parsed = parseAddress(text)!;
      expect(formatAddress(parsed.family, parsed.value)).toBe(text);
    }
  });
});

// The hand-written address parser must agree with ip-num, the reference, on every text either accepts.
describe('parseAddress agrees with ip-num', () => {
  const word = fc.integer({ min: 0, max: 0xffff });
  const words = fc.array(word, { minLength: 8, maxLength: 8 });
  /** Every textual form RFC 4291 allows for the same eight words: case, leading zeros, `::` anywhere, dotted tail. */
  const ipv6Text = fc
    .record({ words, upper: fc.boolean(), pad: fc.boolean(), gap: fc.option(fc.tuple(fc.nat(7), fc.nat(8))), dotted: fc.boolean() })
    .map(({ words: w, upper, pad, gap, dotted }) => {
      let groups = w.map((n) => (pad ? n.toString(16).padStart(4, '0') : n.toString(16)));
      if (upper) groups = groups.map((g) => g.toUpperCase());
      const tailV4 = dotted ? `${w[6]! >> 8}.${w[6]! & 255}.${w[7]! >> 8}.${w[7]! & 255}` : undefined;
      if (tailV4) groups = [...groups.slice(0, 6), tailV4];
      if (gap) {
        const [start, span] = gap;
        const end = Math.min(groups.length, start + Math.max(1, span));
        const zeros = w.slice(start, end).every((n) => n === 0) && !(tailV4 && end > 6);
        if (zeros && start < groups.length) return `${groups.slice(0, start).join(':')}::${groups.slice(end).join(':')}`;
      }
      return groups.join(':');
    });
  // Near misses: one edit away from a valid text (an extra group or colon, a lost character, a stray dot).
  const nearMiss = fc.tuple(ipv6Text, fc.nat(60), fc.constantFrom(':', '1:', ':1', '::', '.', '12345', ''), fc.boolean()).map(([text, at, insert, drop]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(drop ? i + 1 : i);
  });
  const noisy = fc.oneof(
    ipv6Text,
    nearMiss,
    fc.stringMatching(/^[0-9a-fA-F:.]{0,45}$/),
    fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((o) => o.join('.')),
  );

  const reference = (text: string): bigint | undefined => {
    try {
      if (text.includes(':')) return IPv6.fromString(text).getValue();
      if (/^[0-9.]+$/.test(text) && !text.split('.').some((o) => o.length > 1 && o.startsWith('0'))) {
        return IPv4.fromString(text).getValue();
      }
    } catch {
      return undefined;
    }
    return undefined;
  };

  test('on valid IPv6 texts, the same value', () => {
    fc.assert(
      fc.property(ipv6Text, (text) => {
        expect(parseAddress(text)?.value).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('on noisy texts, the same verdict and value', () => {
    fc.assert(
      fc.property(noisy, (text) => {
        expect(parseAddress(text)?.value).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
