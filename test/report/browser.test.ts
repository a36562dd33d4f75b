// The HTML report in a real browser and printed to PDF, with the Debian `chromium` that CI installs (.ci/run).
// Outside CI the tests are skipped, with a message, when that binary is absent; in CI its absence fails them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../modules/cli/index.js';
import type { AddressPlan } from '../../modules/addressing/index.js';
import type { Finding, Model } from '../../modules/model/index.js';
import { evaluateDir, PORTS } from '../helpers.js';
import { CHROMIUM_ARGS, chromiumAvailable, DEFAULT_CHROMIUM, printPdf, renderComplianceReport } from '../../modules/report/index.js';

const AS_OF = '2026-11-29';
const available = await chromiumAvailable(DEFAULT_CHROMIUM);
if (!available) {
  if (process.env.CI) throw new Error(`${DEFAULT_CHROMIUM} is missing in CI: .ci/run must install the Debian package chromium`);
  console.warn(`test/report/browser.test.ts: skipped, ${DEFAULT_CHROMIUM} not found (apt-get install chromium to run these tests)`);
}

let model: Model;
let findings: Finding[];
let plan: AddressPlan;
let html: string;
let context: BrowserContext;
let profile: string;
const made: string[] = [];

beforeAll(async () => {
  if (!available) return;
  const evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
  model = evaluation.model;
  plan = evaluation.plan;
  // The real checks, plus one failing finding of our own so that the test never depends on the rule engine's state.
  findings = [
    ...evaluation.findings,
    {
      rule: 'NET-WAF-01',
      severity: 'error',
      status: 'fail',
      target: 'systems/cong-ttdt',
      message: { vi: 'Thành phần web công khai không đứng sau WAF', en: 'The public web component is not behind a WAF' },
      reference: 'TT 12/2022 Phụ lục II §II.1.b.iv',
    },
  ];
  html = (await renderComplianceReport(model, findings, { asOf: AS_OF, version: '0.0.0-test', lang: 'vi', plan })).html;
  profile = await mkdtemp(join(tmpdir(), 'hatang-browser-'));
  made.push(profile);
  context = await chromium.launchPersistentContext(profile, { executablePath: DEFAULT_CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await context?.close();
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** Opens the report; records console errors, page errors and every request the page tries to make. */
async function open(content: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.setContent(content, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe.skipIf(!available)('the HTML report in Chromium', () => {
  test('loads without console errors or network requests, and shows every system and every failing finding', async () => {
    const { page, errors, requests } = await open(html);
    for (const s of model.systems) await expect(page.locator(`#system-${s.name}`).isVisible()).resolves.toBe(true);
    const failing = findings.filter((f) => f.status === 'fail');
    const rows = page.locator('tr.f-fail');
    await expect(rows.count()).resolves.toBe(failing.length);
    for (const f of failing) {
      const row = page.locator(`tr.f-fail[data-rule="${f.rule}"]`).first();
      await expect(row.isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('#diagrams svg').count()).resolves.toBeGreaterThanOrEqual(model.sites.length * 2);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('the language switch works from the keyboard', async () => {
    const { page } = await open(html);
    const heading = page.locator('#summary-title');
    await expect(heading.innerText()).resolves.toBe('Tóm tắt theo hệ thống');
    // Tab: the skip link, then the switch.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('lang-toggle');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await expect(heading.innerText()).resolves.toBe('Summary per system');
    await expect(page.locator('#lang-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.title()).resolves.toContain('Security-level compliance report');
    await page.keyboard.press('Space');
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('vi');
    await expect(heading.innerText()).resolves.toBe('Tóm tắt theo hệ thống');
    await page.close();
  });

  test('the first screen and a system section are not blank', async () => {
    const blank = await open('<!DOCTYPE html><html><body></body></html>');
    const empty = await blank.page.screenshot();
    await blank.page.close();
    const { page } = await open(html);
    const cover = await page.screenshot();
    await page.locator('#system-he-thong-tthc').scrollIntoViewIfNeeded();
    const section = await page.screenshot();
    await page.close();
    // A white page compresses to almost nothing; text, tables and badges do not.
    expect(cover.length).toBeGreaterThan(empty.length * 10);
    expect(section.length).toBeGreaterThan(empty.length * 10);
    expect(section.equals(cover)).toBe(false);
  });
});

describe.skipIf(!available)('the PDF', () => {
  test('hatang report --pdf prints every section on A4 pages with the province name and running headers', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatang-pdf-'));
    made.push(out);
    let stderr = '';
    const code = await main(['report', 'inventory/quang-ngai', '--out', out, '--as-of', AS_OF, '--pdf'], {
      stdout: () => {},
      stderr: (s) => void (stderr += s),
    });
    expect(stderr).toBe('');
    expect(code === 0 || code === 1).toBe(true);
    const bytes = new Uint8Array(await readFile(join(out, 'report.pdf')));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pdf = await getDocumentProxy(bytes);
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    // Cover, summary, diagrams, one section per system, infrastructure, waivers, evidence, addressing, appendix:
    // each starts a page.
    expect(totalPages).toBeGreaterThanOrEqual(model.systems.length + 8);
    expect(text[0]).toContain('Quảng Ngãi');
    expect(text[0]).toContain('Báo cáo tuân thủ'.toUpperCase());
    expect(text[totalPages - 1]).toContain(`${totalPages} / ${totalPages}`);
    expect(text[1]).toContain(`hatang · Quảng Ngãi · 29/11/2026`);
    const all = text.join('\n');
    for (const s of model.systems) expect(all).toContain(s.name);
  });

  test('hatang build prints report.pdf too when Chromium is installed, dated by --as-of', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hatang-build-pdf-'));
    made.push(out);
    const code = await main(['build', 'test/fixtures/minimal', '--out', out, '--as-of', AS_OF], { stdout: () => {}, stderr: () => {} }, PORTS);
    expect(code).toBe(1);
    const bytes = await readFile(join(out, 'report.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(`/CreationDate (D:${AS_OF.replaceAll('-', '')}000000`);
  });

  test('the same HTML and date print byte-identical PDFs (no clock in the file)', async () => {
    const first = await printPdf(html, { date: AS_OF });
    const second = await printPdf(html, { date: AS_OF });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).toString('latin1')).toContain(`/CreationDate (D:${AS_OF.replaceAll('-', '')}000000`);
  });

  test('--lang en prints the English side', async () => {
    const bytes = await printPdf(html, { lang: 'en' });
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('Summary per system');
    expect(text).not.toContain('Tóm tắt theo hệ thống');
  });
});
