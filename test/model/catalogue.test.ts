// The catalogue of administrative units in force since 01/07/2025 (QĐ 19/2025/QĐ-TTg): counts, known mergers, a sample
// of codes and names, and the generated module against its source CSV files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CATALOGUE_SOURCE,
  catalogueProvinces,
  catalogueUnits,
  formerProvince,
  formerProvinces,
  nameKey,
  provinceByCode,
  unitByCode,
  unitNameOf,
  unitsOf,
} from '../../modules/model/catalogue/index.js';
import { provinceTitle } from '../../modules/model/index.js';

const SOURCE = join(import.meta.dirname, '..', '..', 'modules', 'model', 'catalogue', 'source');
const csv = (file: string) =>
  readFileSync(join(SOURCE, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('counts', () => {
  test('34 province-level units: 28 provinces and 6 cities', () => {
    expect(catalogueProvinces()).toHaveLength(34);
    expect(
      catalogueProvinces()
        .filter((p) => p.kind === 'city')
        .map((p) => p.code),
    ).toEqual(['01', '31', '46', '48', '79', '92']);
  });
  test('3,321 commune-level units: 2,621 xã, 687 phường, 13 đặc khu', () => {
    const all = catalogueUnits();
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((u) => u.code)).size).toBe(3321);
    expect(all.filter((u) => u.kind === 'commune')).toHaveLength(2621);
    expect(all.filter((u) => u.kind === 'ward')).toHaveLength(687);
    expect(all.filter((u) => u.kind === 'special-zone')).toHaveLength(13);
  });
  test('every unit belongs to one of the 34 and is listed under it', () => {
    for (const u of catalogueUnits()) {
      expect(provinceByCode(u.province), u.code).toBeDefined();
      expect(unitsOf(u.province)).toContain(u);
      expect(u.code).toMatch(/^[0-9]{5}$/);
    }
    expect(catalogueProvinces().reduce((n, p) => n + unitsOf(p.code).length, 0)).toBe(3321);
  });
  test('units per province (sample)', () => {
    expect(unitsOf('51')).toHaveLength(96);
    expect(unitsOf('48')).toHaveLength(94);
    expect(unitsOf('20')).toHaveLength(65);
    expect(unitsOf('01')).toHaveLength(126);
    expect(unitsOf('79')).toHaveLength(168);
    expect(unitsOf('49')).toEqual([]);
  });
});

describe('former provinces', () => {
  test('63 before 01/07/2025; 29 codes closed, 34 kept', () => {
    expect(formerProvinces()).toHaveLength(63);
    expect(formerProvinces().filter((p) => p.closed)).toHaveLength(29);
    for (const p of catalogueProvinces()) expect(formerProvince(p.code)?.closed, p.code).toBe(false);
  });
  test.each([
    ['49', 'Quảng Nam', '48'],
    ['62', 'Kon Tum', '51'],
    ['20', 'Lạng Sơn', '20'],
    ['51', 'Quảng Ngãi', '51'],
    ['02', 'Hà Giang', '08'],
    ['74', 'Bình Dương', '79'],
    ['77', 'Bà Rịa - Vũng Tàu', '79'],
    ['30', 'Hải Dương', '31'],
    ['15', 'Yên Bái', '15'],
    ['10', 'Lào Cai', '15'],
    ['82', 'Tiền Giang', '82'],
    ['87', 'Đồng Tháp', '82'],
    ['95', 'Bạc Liêu', '96'],
  ])('%s %s → %s', (code, name, successor) => {
    const p = formerProvince(code)!;
    expect(p.name).toBe(name);
    expect(p.successor.code).toBe(successor);
    expect(p.closed).toBe(provinceByCode(code) === undefined);
  });
  test('every successor is one of the 34 and every one of the 34 succeeds its own code', () => {
    for (const p of formerProvinces()) expect(provinceByCode(p.successor.code)).toBe(p.successor);
    for (const p of catalogueProvinces()) expect(formerProvince(p.code)!.successor).toBe(p);
  });
});

describe('sample of codes and names', () => {
  test.each([
    ['00070', 'ward', 'Hoàn Kiếm', '01'],
    ['00004', 'ward', 'Ba Đình', '01'],
    ['21025', 'ward', 'Cẩm Thành', '51'],
    ['21211', 'commune', 'Tịnh Khê', '51'],
    ['21548', 'special-zone', 'Lý Sơn', '51'],
    ['23293', 'ward', 'Kon Tum', '51'],
    ['20242', 'ward', 'Hải Châu', '48'],
    ['20410', 'ward', 'Hội An', '48'],
    ['23938', 'commune', 'Ia Mơ', '52'],
  ])('%s is %s %s of %s', (code, kind, name, province) => {
    expect(unitByCode(code)).toEqual({ code, kind, name, province });
  });
  test('provinces by code', () => {
    expect(provinceByCode('48')).toEqual({ code: '48', kind: 'city', name: 'Đà Nẵng' });
    expect(provinceByCode('51')).toEqual({ code: '51', kind: 'province', name: 'Quảng Ngãi' });
    expect(provinceByCode('49')).toBeUndefined();
    expect(unitByCode('21001')).toBeUndefined();
  });
  test('Hoàng Sa is one of the 13 special zones', () => {
    expect(
      catalogueUnits()
        .filter((u) => u.kind === 'special-zone')
        .map((u) => u.name)
        .sort(),
    ).toContain('Hoàng Sa');
  });
  test('the source', () => {
    expect(CATALOGUE_SOURCE.decision).toBe('Quyết định số 19/2025/QĐ-TTg');
    expect(CATALOGUE_SOURCE.inForceFrom).toBe('2025-07-01');
  });
});

describe('names', () => {
  test('spellings of one name have one key', () => {
    expect(nameKey('Khánh Hoà')).toBe(nameKey('Khánh Hòa'));
    expect(nameKey('Sơn Thuỷ')).toBe(nameKey('sơn thủy'));
    expect(nameKey("Ea M'Droh")).toBe(nameKey('Ea M’Droh'));
    expect(nameKey('Văn Miếu -  Quốc Tử Giám')).toBe(nameKey('Văn Miếu - Quốc Tử Giám'));
    expect(nameKey('Tịnh Khê')).not.toBe(nameKey('Tinh Khe'));
  });
  test('an agency title names its unit after the committee and the kind', () => {
    const kinds = ['xã', 'phường', 'đặc khu'];
    expect(unitNameOf('Ủy ban nhân dân phường Cẩm Thành', kinds)).toEqual({ kind: nameKey('phường'), key: nameKey('Cẩm Thành') });
    expect(unitNameOf('UBND đặc khu Lý Sơn', kinds)).toEqual({ kind: nameKey('đặc khu'), key: nameKey('Lý Sơn') });
    expect(unitNameOf('Tịnh Khê', kinds)).toEqual({ key: nameKey('Tịnh Khê') });
  });
  test('province titles carry the kind from the catalogue, the name from the inventory', () => {
    expect(provinceTitle({ code: '48', title: 'Đà Nẵng' }, 'vi')).toBe('thành phố Đà Nẵng');
    expect(provinceTitle({ code: '48', title: 'Đà Nẵng' }, 'en')).toBe('Đà Nẵng city');
    expect(provinceTitle({ code: '51', title: 'Quảng Ngãi' }, 'vi')).toBe('tỉnh Quảng Ngãi');
    expect(provinceTitle({ code: '51', title: 'Tỉnh Quảng Ngãi' }, 'en')).toBe('Quảng Ngãi province');
    expect(provinceTitle({ code: '62', title: 'Kon Tum' }, 'vi')).toBe('tỉnh Kon Tum');
    expect(provinceTitle({ code: '00', title: 'Thành phố Mẫu' }, 'vi')).toBe('thành phố Mẫu');
  });
});

describe('the generated module', () => {
  test('holds exactly the facts of the source CSV files', () => {
    const units = csv('units.csv');
    expect(units).toHaveLength(3321);
    const kinds: Record<string, string> = { xã: 'commune', phường: 'ward', 'đặc khu': 'special-zone' };
    for (const [code, type, name, province] of units) expect(unitByCode(code!)).toEqual({ code, kind: kinds[type!], name, province });
    const provinces = csv('provinces.csv');
    expect(catalogueProvinces().map((p) => [p.code, p.kind === 'city' ? 'thành phố' : 'tỉnh', p.name])).toEqual(provinces);
    expect(formerProvinces().map((p) => [p.code, p.kind === 'city' ? 'thành phố' : 'tỉnh', p.name, p.successor.code])).toEqual(csv('former-provinces.csv'));
  });
  test('is what the build script writes from them', () => {
    expect(() => execFileSync(process.execPath, ['scripts/build-catalogue.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
