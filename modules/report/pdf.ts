// Prints an HTML document to PDF with the system's headless Chromium (Debian `chromium`), driven by playwright-core:
// no browser download, no network, a fresh profile per run.
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngine } from '../model/engines.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Chromium not found at ${path}`);
  }
}

/** Whether an executable exists at `path`. */
export async function chromiumAvailable(path: string = DEFAULT_CHROMIUM): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface PdfOptions {
  readonly executablePath?: string;
  /** Language shown in the PDF (the HTML switch is set before printing). */
  readonly lang?: 'vi' | 'en';
  /**
   * Date (YYYY-MM-DD) written as the PDF's creation and modification date instead of the clock, so that the same
   * inventory and as-of date print byte-identical PDFs.
   */
  readonly date?: string;
}

/** Replaces Chromium's clock-based /CreationDate and /ModDate with `date` at midnight UTC, keeping every length. */
export function pinPdfDates(pdf: Uint8Array, date: string): Uint8Array {
  const digits = `${date.replaceAll('-', '')}000000`;
  if (!/^\d{14}$/.test(digits)) return pdf;
  // latin1 maps bytes 1:1, so lengths and cross-reference offsets are unchanged
  const text = Buffer.from(pdf).toString('latin1');
  const pinned = text.replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, `$1${digits}`);
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

/**
 * Renumbers the structure element ids of a tagged PDF (`/ID (node00000052)`): Chromium takes them from a counter of
 * the renderer process, so they differ between runs that drew other pages before. The ids keep their order (the id
 * tree stays sorted) and their length (cross-reference offsets are unchanged).
 */
export function pinStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set([...text.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]!))].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return pdf;
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  // Never lengthen an id: a number that does not fit keeps its old value (cannot happen: ranks are at most the count).
  const pinned = text.replace(/\(node(\d+)\)/g, (m, id: string) => {
    const next = rank.get(id)!;
    return next.length === id.length ? `(node${next})` : m;
  });
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

/** Renders `html` to an A4 PDF; every request the page would make is refused. */
export async function printPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!(await chromiumAvailable(executablePath))) throw new ChromiumNotFoundError(executablePath);
  // playwright-core is an optional dependency: where it is not installed, a MissingEngineError names the install.
  const { chromium } = await loadEngine('pdf', () => import('playwright-core'));
  const profile = await mkdtemp(join(tmpdir(), 'hatang-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      offline: true,
    });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      if (options.lang === 'en') await page.evaluate("document.getElementById('lang-toggle').click()");
      await page.emulateMedia({ media: 'print' });
      // Tagged (structure tree for screen readers) with an outline from the headings; the title is the page's <title>
      // (Vietnamese unless --lang en switched it) and the language the <html lang> attribute.
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      const bytes = pinStructureIds(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      return options.date ? pinPdfDates(bytes, options.date) : bytes;
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
