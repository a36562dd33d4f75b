// The estate beyond the province's own data centre: external endpoints (built in or declared), providers as site
// owners and operators, and the references between them, each checked where it is written.
import { describe, expect, test } from 'vitest';
import { externalBlocks } from '../../modules/k8s/addresses.js';
import { declaredPrefixes } from '../../modules/firewall/addresses.js';
import { externalLabel, loadFiles } from '../../modules/model/index.js';

const PROVINCE = `apiVersion: hatang.vn/v1
kind: Province
metadata: { name: p }
spec:
  code: "51"
  name: Quảng Ngãi
  tiers: 2
  providers:
    - { name: vnpt, title: Tổng công ty Dịch vụ Viễn thông, kind: telecom }
  externals:
    - name: camera-do-thi
      title: Mạng camera giám sát đô thị
      category: field-devices
      path: dedicated
      ipv4: [172.20.0.0/16]
`;
const SITE = `---
apiVersion: hatang.vn/v1
kind: Site
metadata: { name: cloud }
spec: { name: Vùng đám mây của nhà cung cấp, role: other, ownership: provider, provider: vnpt }
---
apiVersion: hatang.vn/v1
kind: Zone
metadata: { name: app }
spec: { site: cloud, kind: internal-servers, ipv4: 10.9.0.0/24 }
---
apiVersion: hatang.vn/v1
kind: Agency
metadata: { name: so-khcn }
spec: { name: Sở Khoa học và Công nghệ, kind: department }
`;
const flow = (name: string, external: string, via = '') =>
  `---\napiVersion: hatang.vn/v1\nkind: Flow\nmetadata: { name: ${name} }\nspec: { from: { zone: app }, to: { external: ${external} }, ports: [tcp/443], purpose: Kết nối${via} }\n`;
const system = (operator: string, provider: string) => `---
apiVersion: hatang.vn/v1
kind: System
metadata: { name: qlvb }
spec:
  name: Hệ thống quản lý văn bản
  owner: so-khcn
  operator: ${operator}
  level: 2
  criterion: internal-personal-data
  service: { model: saas, provider: ${provider}, contract: { reference: HĐ 01/2026 } }
  components: [{ name: app, role: app, zone: app }]
`;
const load = (text: string) => loadFiles('x', [{ path: 'x/p.yaml', text }]);

describe('external endpoints', () => {
  test('built-in and declared endpoints resolve, named in words; the declared one keeps its prefixes', () => {
    const result = load(PROVINCE + SITE + flow('to-vdxp', 'vdxp') + flow('to-cam', 'camera-do-thi'));
    expect(result.diagnostics).toEqual([]);
    const model = result.model!;
    expect(externalLabel(model, 'vdxp', 'vi')).toBe('Trục liên thông văn bản quốc gia');
    expect(model.externals.find((e) => e.name === 'vdxp')?.operator?.vi).toBe('Văn phòng Chính phủ');
    expect(externalLabel(model, 'camera-do-thi', 'vi')).toBe('Mạng camera giám sát đô thị');
    expect(declaredPrefixes(model)).toEqual({ 'camera-do-thi': { ipv4: ['172.20.0.0/16'] } });
    // Network policies towards the camera network allow exactly its prefix, not "everything outside the province".
    expect(externalBlocks(model, 'camera-do-thi')).toEqual([{ cidr: '172.20.0.0/16' }]);
  });

  test('an unknown endpoint is a located error with the nearest name', () => {
    const result = load(PROVINCE + SITE + flow('to-x', 'vdpx'));
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.suggestion, d.location?.line])).toEqual([
      ['dangling-reference', '/spec/to/external', 'vdxp', 35],
    ]);
  });

  test('declaring a built-in name again is refused at its name', () => {
    const text = PROVINCE.replace('name: camera-do-thi', 'name: vneid') + SITE;
    expect(load(text).diagnostics.map((d) => [d.code, d.pointer])).toEqual([['duplicate-name', '/spec/externals/0/name']]);
  });
});

describe('providers', () => {
  test('a rented system may be operated by a provider; an unknown provider is located', () => {
    expect(load(PROVINCE + SITE + system('vnpt', 'vnpt')).diagnostics).toEqual([]);
    const bad = load(PROVINCE + SITE + system('so-khcn', 'vnptt')).diagnostics;
    expect(bad.map((d) => [d.code, d.pointer, d.suggestion])).toEqual([['dangling-reference', '/spec/service/provider', 'vnpt']]);
  });

  test('a provider-owned site names its provider', () => {
    const result = load(PROVINCE + SITE.replace('provider: vnpt }', 'provider: viettel }'));
    expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['dangling-reference', '/spec/provider']]);
    const missing = load(PROVINCE + SITE.replace(', provider: vnpt }', ' }'));
    expect(missing.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['missing-field', '/spec/provider']]);
  });
});
