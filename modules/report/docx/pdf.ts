// Converts a .docx to PDF with LibreOffice headless (Debian `libreoffice-writer`): a private profile in a temporary
// folder per run (so a desktop LibreOffice, or another run, never shares or locks it), a time limit, no network.
import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinPdfDates } from '../pdf.js';

/** How long one conversion may take before it is stopped. */
export const SOFFICE_TIMEOUT_MS = 120_000;

export class SofficeNotFoundError extends Error {
  /** `path`: the executable given, or undefined when `soffice` was looked for on PATH. */
  constructor(readonly path: string | undefined) {
    super(path ? `LibreOffice not found at ${path}` : 'LibreOffice (soffice) not found on PATH');
  }
}

export class SofficeFailedError extends Error {
  constructor(
    readonly reason: 'timeout' | 'exit' | 'no-output',
    readonly detail: string,
  ) {
    super(`LibreOffice could not convert the document (${reason}): ${detail}`);
  }
}

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The soffice executable: the path given (absolute or relative), else `soffice` on PATH; undefined when there is none. */
export async function findSoffice(given?: string, envPath: string = process.env.PATH ?? ''): Promise<string | undefined> {
  if (given !== undefined) return (await executable(given)) ? given : undefined;
  for (const dir of envPath.split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, 'soffice');
    if (await executable(candidate)) return candidate;
  }
  return undefined;
}

/** Runs soffice; on the time limit its whole process group (soffice starts helper processes) is stopped. */
function run(command: string, args: readonly string[], timeoutMs: number, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: home } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr = (stderr + d.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      reject(new SofficeFailedError('timeout', `${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new SofficeFailedError('exit', error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new SofficeFailedError('exit', `exit code ${code}: ${stderr.trim()}`));
    });
  });
}

export interface DocxPdfOptions {
  /** The soffice executable; absent: `soffice` on PATH. */
  readonly soffice?: string;
  readonly timeoutMs?: number;
  /** YYYY-MM-DD written as the PDF's creation and modification date instead of the clock. */
  readonly date?: string;
}

/** The PDF of a .docx; throws SofficeNotFoundError when LibreOffice is missing, SofficeFailedError when it fails. */
export async function docxToPdf(docx: Uint8Array, options: DocxPdfOptions = {}): Promise<Uint8Array> {
  const soffice = await findSoffice(options.soffice);
  if (soffice === undefined) throw new SofficeNotFoundError(options.soffice);
  const work = await mkdtemp(join(tmpdir(), 'hatang-soffice-'));
  try {
    const input = join(work, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', work, input];
    await run(soffice, args, options.timeoutMs ?? SOFFICE_TIMEOUT_MS, work);
    const pdf = await readFile(join(work, 'document.pdf')).catch(() => undefined);
    if (!pdf) throw new SofficeFailedError('no-output', 'no PDF was written');
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    return options.date ? pinPdfDates(bytes, options.date) : bytes;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
