// Help where people go wrong: enum values written in Vietnamese (with or without diacritics) are answered with the
// value they mean, before any edit-distance guess; a code written as a number is told to be quoted.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadFiles, type Diagnostic } from '../../modules/model/index.js';
import { ENUM_SYNONYMS, plainWord, suggestValue } from '../../modules/model/suggest.js';

const AGENCY_KINDS = ['province-office', 'department', 'commune', 'ward', 'special-zone', 'district', 'other'];
const LEVELS = ['province', 'district', 'commune'];

describe('suggestValue', () => {
  test.each([
    ['phường', AGENCY_KINDS, 'ward'],
    ['phuong', AGENCY_KINDS, 'ward'],
    ['PHƯỜNG', AGENCY_KINDS, 'ward'],
    ['xã', AGENCY_KINDS, 'commune'],
    ['xa', AGENCY_KINDS, 'commune'],
    ['đặc khu', AGENCY_KINDS, 'special-zone'],
    ['dac-khu', AGENCY_KINDS, 'special-zone'],
    ['sở', AGENCY_KINDS, 'department'],
    ['so', AGENCY_KINDS, 'department'],
    ['tỉnh', AGENCY_KINDS, 'province-office'],
    ['tinh', LEVELS, 'province'],
    ['phường', LEVELS, 'commune'],
    ['cap-2', ['cap-i', 'cap-ii'], 'cap-ii'],
    ['cấp II', ['cap-i', 'cap-ii'], 'cap-ii'],
    ['cap_1', ['cap-i', 'cap-ii'], 'cap-i'],
    ['dự phòng', ['primary', 'dr', 'other'], 'dr'],
    ['tường lửa', ['firewall', 'ips', 'waf'], 'firewall'],
    ['Special Zone', AGENCY_KINDS, 'special-zone'],
    ['departmnet', AGENCY_KINDS, 'department'],
  ])('%s in [%s] → %s', (value, allowed, expected) => {
    expect(suggestValue(value, allowed)).toBe(expected);
  });

  test('a synonym is suggested only where the field allows its value', () => {
    expect(suggestValue('tường lửa', AGENCY_KINDS)).toBeUndefined();
    expect(suggestValue('ward', AGENCY_KINDS)).toBeUndefined();
  });

  test('the table is well formed: every word is distinct once written plainly, and maps to at least one value', () => {
    const words = ENUM_SYNONYMS.flatMap(([w]) => w.map(plainWord));
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    expect(words.every((w) => w !== '')).toBe(true);
    expect(ENUM_SYNONYMS.every(([, values]) => values.length > 0)).toBe(true);
  });
});

describe('the diagnostics of a fixture with real mistakes', () => {
  const path = 'test/model/suggest/mistakes.yaml';
  const { diagnostics } = loadFiles('test/model/suggest', [{ path, text: readFileSync(path, 'utf8') }]);
  const at = (line: number): Diagnostic => {
    const d = diagnostics.find((x) => x.location?.line === line);
    if (!d) throw new Error(`no diagnostic at line ${line}`);
    return d;
  };

  test.each([
    [19, 'phường', 'ward'],
    [22, 'cấp II', 'cap-ii'],
    [30, 'xa', 'commune'],
    [32, 'cap-2', 'cap-ii'],
    [40, 'dac-khu', 'special-zone'],
    [49, 'Sở', 'department'],
    [58, 'departmnet', 'department'],
  ])('line %i: %s → did you mean %s', (line, found, suggestion) => {
    expect(at(line)).toMatchObject({ code: 'invalid-value', found: `"${found}"`, suggestion });
  });

  test.each([
    [8, 'code: "01"'],
    [20, 'code: "48"'],
    [21, '- "123"'],
  ])('line %i: a number where a code is wanted says to quote it (%s), in both languages', (line, quoted) => {
    const d = at(line);
    expect(d.code).toBe('wrong-type');
    expect(d.message.en).toContain('must be a string');
    expect(d.message.en).toContain(`Write it in quotes: ${quoted}`);
    expect(d.message.vi).toContain('phải là chuỗi');
    expect(d.message.vi).toContain(`Viết giá trị trong dấu nháy kép: ${quoted}`);
  });

  test('a type error that is not a number for a string gets no quoting advice', () => {
    const { diagnostics: other } = loadFiles('x', [
      {
        path: 'x/a.yaml',
        text: 'apiVersion: hatang.vn/v1\nkind: Province\nmetadata: { name: mau }\nspec: { code: "51", name: Mẫu, tiers: 2, addressPools: none }\n',
      },
    ]);
    const d = other.find((x) => x.code === 'wrong-type');
    expect(d?.message.en).toBeDefined();
    expect(d?.message.en).not.toContain('quotes');
  });
});
