// The printed report as an auditor files it: diagrams readable on A4 (every word of the diagram pages at 8 pt or
// more and inside the page), a tagged PDF with its title. Needs the Debian `chromium` and poppler-utils (pdftotext,
// pdfinfo); skipped with a message where they are absent, failing in CI.
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumAvailable, DEFAULT_CHROMIUM } from '../../modules/report/index.js';
import { runCli } from '../helpers.js';

const run = promisify(execFile);
const AS_OF = '2026-11-29';
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const available = (await chromiumAvailable(DEFAULT_CHROMIUM)) && (await exists('/usr/bin/pdftotext')) && (await exists('/usr/bin/pdfinfo'));
if (!available) {
  if (process.env.CI) throw new Error('chromium and poppler-utils are needed in CI for test/report/layout.test.ts');
  console.warn('test/report/layout.test.ts: skipped, chromium or poppler-utils (pdftotext, pdfinfo) not installed');
}

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}
interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

/** The word boxes of every page, from `pdftotext -bbox` (points, origin top left). */
async function wordBoxes(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return stdout
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: unescape(m[5] ?? ''),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

const textOf = (p: PdfPage) => p.words.map((w) => w.text).join(' ');

let out: string;
let pdf: string;
beforeAll(async () => {
  if (!available) return;
  out = await mkdtemp(join(tmpdir(), 'hatang-layout-'));
  const { code, stderr } = await runCli('report', 'inventory/quang-ngai', '--out', out, '--as-of', AS_OF, '--pdf');
  expect(stderr).toBe('');
  expect(code === 0 || code === 1).toBe(true);
  pdf = join(out, 'report.pdf');
});
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe.skipIf(!available)('the printed report', () => {
  test('diagram pages: landscape A4, every word at 8 pt or more and inside the page, full port lists, nothing cut short', async () => {
    const pages = await wordBoxes(pdf);
    const diagramPages = pages.filter((p) => /Luồng được phép|Vùng mạng và thiết bị bảo vệ biên|đường nhân bản/.test(textOf(p)) && !/Mục lục/.test(textOf(p)));
    expect(diagramPages.length).toBeGreaterThanOrEqual(5);
    const small: string[] = [];
    const outside: string[] = [];
    for (const p of diagramPages) {
      // A4 landscape: 842 × 595 pt.
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
      for (const w of p.words) {
        if (w.y1 - w.y0 < 8) small.push(`${w.text} (${(w.y1 - w.y0).toFixed(1)} pt)`);
        if (w.x0 < 0 || w.y0 < 0 || w.x1 > p.width || w.y1 > p.height) outside.push(w.text);
      }
      expect(textOf(p)).not.toContain('…');
    }
    expect(small).toEqual([]);
    expect(outside).toEqual([]);
    // The ports of a flow with many ports are listed in full in the table beside its diagram.
    const all = diagramPages.map(textOf).join(' ');
    expect(all).toContain('tcp/9102, tcp/10000');
  });

  test('a tagged PDF with an outline, its title and the Vietnamese text', async () => {
    const { stdout } = await run('pdfinfo', [pdf]);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(stdout).toMatch(/^Title:\s+Báo cáo tuân thủ ATTT theo cấp độ — Quảng Ngãi$/m);
    expect(stdout).toContain(`${AS_OF.slice(0, 4)}`);
  });

  test('dates print dd/mm/yyyy and never wrap digit by digit', async () => {
    const pages = await wordBoxes(pdf);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    expect(words).toContain('29/11/2026');
    expect(words).toContain('30/09/2027');
    // A date cut over two lines leaves a fragment such as "30/09/" or "2027" alone next to a slash; a count of computers
    // ("48/48 máy trạm", "71/80 máy chủ" in the agency-edge section) is no date.
    const count = (i: number) => words[i + 1] === 'máy';
    expect(words.filter((w, i) => /^\d{2}\/\d{2}\/?$|^\d{2}\/\d{2}\/\d{1,3}$/.test(w) && !count(i))).toEqual([]);
  });
});
