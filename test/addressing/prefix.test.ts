import { describe, expect, test } from 'vitest';
import { formatAddress, parseAddress, parsePrefixStrict } from '../../modules/addressing/index.js';

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
