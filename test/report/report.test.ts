// The auditor report and the dossier annex as files: content a reader relies on, self-containment, determinism.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AddressPlan } from '../../modules/addressing/index.js';
import type { Evaluation } from '../../modules/evaluation/index.js';
import { EVIDENCE_KINDS, type Finding, type Model } from '../../modules/model/index.js';
import { complianceReport, renderComplianceReport, renderDossier } from '../../modules/report/index.js';
import { evaluateDir, runCli as run } from '../helpers.js';

const AS_OF = '2026-11-29';
let model: Model;
let plan: AddressPlan;
let evaluation: Evaluation;

beforeAll(async () => {
  evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
  model = evaluation.model;
  plan = evaluation.plan;
});

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-report-'));
  made.push(dir);
  return dir;
};

/** Findings as the checks would make them, including markup and a quote in inventory-derived text. */
function findings(): Finding[] {
  return [
    {
      rule: 'NET-WAF-01',
      domain: 'application',
      severity: 'error',
      status: 'fail',
      target: 'systems/he-thong-tthc',
      system: 'he-thong-tthc',
      message: {
        vi: 'Thành phần "web" công khai không đứng sau WAF <script>alert(1)</script>',
        en: 'Public component "web" is not behind a WAF <script>alert(1)</script>',
      },
      location: { file: 'inventory/quang-ngai/systems.yaml', line: 70, column: 7 },
      reference: 'TT 12/2022 Phụ lục III §II.1.b.vii',
      remediation: { vi: 'Đặt WAF trước vùng DMZ', en: 'Put a WAF in front of the DMZ' },
      ruleset: 'vn-nd85-tt12-2022',
    },
    {
      rule: 'OPS-ASSESS-01',
      domain: 'management',
      severity: 'warning',
      status: 'waived',
      target: 'systems/ioc',
      message: { vi: 'Đánh giá quá hạn, đã miễn trừ', en: 'Assessment overdue, waived' },
      part: 'sites/qn-dc\u0007\u001b[31m',
      reference: 'NĐ 85/2016 Điều 20.2(c)',
      waiver: 'ioc-hoan-danh-gia-dinh-ky',
      ruleset: 'vn-nd85-tt12-2022',
    },
    {
      rule: 'DATA-BAK-01',
      domain: 'data',
      severity: 'error',
      status: 'pass',
      target: 'systems/lgsp',
      message: { vi: 'Có sao lưu tập trung', en: 'Central backup present' },
      reference: 'TT 12/2022 Phụ lục III §II.1.b.xii',
      ruleset: 'vn-nd85-tt12-2022',
    },
    {
      rule: 'NET-ZONE-07',
      domain: 'network',
      severity: 'error',
      status: 'fail',
      target: 'sites/kt-dr',
      message: { vi: 'Site DR thiếu vùng quản trị', en: 'The DR site has no management zone' },
      reference: 'TT 12/2022 Phụ lục III–V §II.1.a.vii',
      ruleset: 'vn-nd85-tt12-2022',
    },
  ];
}

/** src/href attribute values that point outside the document. */
function externalReferences(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href|xlink:href|action|poster|data)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? '').filter((v) => !v.startsWith('#'));
}

describe('the compliance report', () => {
  test('every system has a section; failing findings show clause, explanation, location and remediation', async () => {
    const { html, markdown } = await renderComplianceReport(model, findings(), { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    for (const s of model.systems) {
      expect(html).toContain(`<section id="system-${s.name}"`);
      expect(markdown).toContain(`(\`${s.name}\`)`);
    }
    const row = html.slice(html.indexOf('data-rule="NET-WAF-01"'));
    expect(row).toContain('TT 12/2022 Phụ lục III §II.1.b.vii');
    expect(row).toContain('inventory/quang-ngai/systems.yaml:70:7');
    expect(row).toContain('Đặt WAF trước vùng DMZ');
    expect(row).toContain('Put a WAF in front of the DMZ');
    // The WAF rule is an application-security item, in the section of its system.
    const section = html.slice(
      html.indexOf('<section id="system-he-thong-tthc"'),
      html.indexOf('</section>', html.indexOf('<section id="system-he-thong-tthc"')),
    );
    expect(section).toContain('id="system-he-thong-tthc_application"');
    expect(section).toContain('data-rule="NET-WAF-01"');
    // Infrastructure findings have their own section.
    expect(html.slice(html.indexOf('<section id="infrastructure"'))).toContain('data-rule="NET-ZONE-07"');
    expect(markdown).toContain('Đặt WAF trước vùng DMZ');
  });

  test('inventory text is escaped, never markup', async () => {
    const { html, markdown } = await renderComplianceReport(model, findings(), { asOf: AS_OF, version: '9.9.9', lang: 'en', plan });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(markdown).not.toContain('<script>');
    // Control characters from inventory text never reach the files.
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(html).toContain('sites/qn-dc[31m');
  });

  test('the cover names province, rule-set, as-of date, inventory hash and version, and no time of day', async () => {
    const { html } = await renderComplianceReport(model, findings(), { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    const cover = html.slice(html.indexOf('<section class="cover"'), html.indexOf('</section>'));
    expect(cover).toContain('Tỉnh Quảng Ngãi');
    expect(cover).toContain('vn-nd85-tt12-2022');
    expect(cover).toContain(AS_OF);
    expect(cover).toContain(model.hash);
    expect(cover).toContain('9.9.9');
    expect(html).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });

  test('self-contained: no src or href leaves the document', async () => {
    const { html } = await renderComplianceReport(model, findings(), { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    expect(html).toContain('<svg');
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
    // Every id is unique, so that every link of the table of contents lands on one place.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  test('two renderings are byte-identical', async () => {
    const a = await renderComplianceReport(model, findings(), { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    const b = await renderComplianceReport(model, [...findings()].reverse(), { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    expect(b.html).toBe(a.html);
    expect(b.markdown).toBe(a.markdown);
  });

  test('waivers carry approver and expiry; evidence has ages at the as-of date', () => {
    const first = model.waivers[0];
    const system = model.systems[0];
    if (!first || !system) throw new Error('the bundled inventory has waivers and systems');
    const changed: Model = {
      ...model,
      waivers: [{ ...first, expires: '2026-12-29' }],
      systems: [{ ...system, evidence: { levelApproval: { date: '2025-11-29', reference: 'QĐ 1/QĐ-UBND' } } }, ...model.systems.slice(1)],
    };
    const data = complianceReport(changed, [], { asOf: AS_OF, version: '9.9.9', plan });
    expect(data.waivers).toEqual([
      expect.objectContaining({
        name: first.name,
        rule: first.rule,
        target: first.target,
        approver: first.approver,
        expires: '2026-12-29',
        expired: false,
        daysLeft: 30,
      }),
    ]);
    // The expiry day is still covered; the day after is not.
    expect(complianceReport(changed, [], { asOf: '2026-12-29', version: '9.9.9', plan }).waivers[0]).toMatchObject({ expired: false, daysLeft: 0 });
    expect(complianceReport(changed, [], { asOf: '2026-12-30', version: '9.9.9', plan }).waivers[0]).toMatchObject({ expired: true, daysLeft: -1 });
    const evidence = data.evidence.filter((e) => e.system === system.name);
    expect(evidence.find((e) => e.kind === 'levelApproval')).toMatchObject({ date: '2025-11-29', ageDays: 365, reference: 'QĐ 1/QĐ-UBND' });
    expect(evidence.filter((e) => e.ageDays === undefined).map((e) => e.kind)).toEqual(EVIDENCE_KINDS.filter((k) => k !== 'levelApproval'));
    expect(data.systems[0]).toMatchObject({ evidencePresent: 1, oldestEvidenceDays: 365 });
  });

  test('each address pool shows its utilisation from the address plan', () => {
    const data = complianceReport(model, [], { asOf: AS_OF, version: '9.9.9', plan });
    expect(data.pools.map((p) => p.name)).toEqual(model.province.addressPools.map((p) => p.name));
    const dc = data.pools.find((p) => p.name === 'dc-v4');
    // Zones of the primary site inside 10.51.0.0/16: a handful of /24s and one /23.
    expect(dc?.assigned).toBeGreaterThan(5);
    expect(dc?.utilisation).toBeGreaterThan(0.01);
    expect(dc?.utilisation).toBeLessThan(0.2);
  });

  test('with the real checks, every failing finding has its row and every result is counted once', async () => {
    const real = [...evaluation.findings];
    const { html, data } = await renderComplianceReport(model, real, { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    const failing = real.filter((f) => f.status === 'fail');
    expect(html.match(/<tr class="finding f-fail"/g) ?? []).toHaveLength(failing.length);
    for (const f of failing) expect(html).toContain(`data-rule="${f.rule}" data-status="fail"`);
    const counted =
      data.systems.reduce((n, s) => n + Object.values(s.counts).reduce((a, b) => a + b, 0), 0) + data.infrastructure.reduce((n, g) => n + g.findings.length, 0);
    expect(counted).toBe(real.length);
  });

  test('a province without findings still renders every section', async () => {
    const { html } = await renderComplianceReport(model, [], { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    for (const id of ['summary', 'diagrams', 'infrastructure', 'waivers', 'evidence', 'addressing', 'appendix']) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('Chưa có quy tắc nào được kiểm tra.');
  });
});

describe('the dossier annex', () => {
  test('has the six technical sections of GOV-DOSSIER-01 with the system’s data', async () => {
    const { html, markdown, data } = await renderDossier(model, findings(), 'he-thong-tthc', { asOf: AS_OF, version: '9.9.9', lang: 'vi', plan });
    for (const heading of [
      '## 1. Mô hình lô-gic',
      '## 2. Mô hình vật lý',
      '## 3. Danh mục thiết bị',
      '## 4. Danh mục dịch vụ',
      '## 5. Quy hoạch vùng mạng và địa chỉ IP',
      '## 6. Phương án bảo đảm ATTT và kết quả kiểm tra',
    ]) {
      expect(markdown).toContain(heading);
    }
    const system = model.systems.find((s) => s.name === 'he-thong-tthc');
    for (const c of system?.components ?? []) expect(data.services.map((s) => s.component)).toContain(c.name);
    expect(data.devices.map((d) => d.name)).toContain('qn-fw-edge');
    const zone = model.zones.find((z) => z.name === system?.components[0]?.zone);
    expect(data.zones.find((z) => z.zone === zone?.name)).toMatchObject({ ipv4: zone?.ipv4?.prefix, used: true });
    expect(markdown).toContain('NET-WAF-01');
    expect(html).toContain('<svg');
    expect(externalReferences(html)).toEqual([]);
  });
});

describe('the commands', () => {
  test('hatang report writes report.html and report.md; the same inventory gives the same bytes', async () => {
    const a = await scratch();
    const b = await scratch();
    const first = await run('report', 'inventory/quang-ngai', '--out', a, '--as-of', AS_OF);
    const second = await run('report', 'inventory/quang-ngai', '--out', b, '--as-of', AS_OF, '--lang', 'en');
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain(`Đã ghi ${join(a, 'report.html')}`);
    expect(second.stdout).toContain(`Wrote ${join(b, 'report.md')}`);
    expect(await readFile(join(b, 'report.html'), 'utf8')).toBe(await readFile(join(a, 'report.html'), 'utf8'));
    expect(await readFile(join(a, 'report.md'), 'utf8')).toContain('## Tóm tắt theo hệ thống');
    expect(await readFile(join(b, 'report.md'), 'utf8')).toContain('## Summary per system');
  });

  test('hatang build writes the report next to validation.json, byte-identical on a second build', async () => {
    const out = await scratch();
    const again = await scratch();
    const { stdout } = await run('build', 'inventory/quang-ngai', '--out', out, '--as-of', AS_OF, '--no-pdf');
    await run('build', 'inventory/quang-ngai', '--out', again, '--as-of', AS_OF, '--no-pdf');
    expect(stdout).toContain(`vào ${out}: `);
    expect(stdout).toContain('report.html, report.md');
    const html = await readFile(join(out, 'report.html'));
    expect(html.toString('utf8')).toContain('<section id="system-lgsp"');
    expect((await readFile(join(again, 'report.html'))).equals(html)).toBe(true);
    expect((await readFile(join(again, 'report.md'))).equals(await readFile(join(out, 'report.md')))).toBe(true);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('Quảng Ngãi');
  });

  test('hatang dossier prints Markdown, or writes both files with --out', async () => {
    const printed = await run('dossier', 'inventory/quang-ngai', '--system', 'lgsp', '--as-of', AS_OF, '--lang', 'en');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('## 3. Device list');
    const out = await scratch();
    const written = await run('dossier', 'inventory/quang-ngai', '--system', 'lgsp', '--as-of', AS_OF, '--out', out);
    expect(written.code).toBe(0);
    expect(await readFile(join(out, 'dossier-lgsp.html'), 'utf8')).toContain('<h2 id="zones-title">5.');
    expect(await readFile(join(out, 'dossier-lgsp.md'), 'utf8')).toContain('## 4. Danh mục dịch vụ');
  });

  test('an unknown system is a command-line error that lists the systems', async () => {
    const { code, stderr } = await run('dossier', 'inventory/quang-ngai', '--system', 'cong-dvc', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('there is no system "cong-dvc"');
    expect(stderr).toContain('he-thong-tthc');
  });

  test('--pdf with a missing Chromium says where it looked and how to fix it', async () => {
    const out = await scratch();
    const { code, stderr } = await run('report', 'inventory/quang-ngai', '--out', out, '--pdf', '--chromium', join(out, 'no-chromium'), '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain(`Chromium not found at ${join(out, 'no-chromium')}`);
    expect(stderr).toContain('--chromium <path>');
  });
});
