// Reading the Word documents and their PDFs in tests: the entries of a zip file, the text of word/document.xml,
// LibreOffice and pdftotext when they are installed.
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The files of a zip archive by name (stored or deflated entries, read from the central directory). */
export function unzip(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const files = new Map<string, Buffer>();
  let at = buf.readUInt32LE(end + 16);
  for (let n = buf.readUInt16LE(end + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return files;
}

/** word/document.xml, checked to be well-formed XML, and its text (the runs of each paragraph joined, one per line). */
export function documentText(docx: Uint8Array): { xml: string; text: string } {
  const xml = unzip(docx).get('word/document.xml')?.toString('utf8');
  if (xml === undefined) throw new Error('no word/document.xml');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`word/document.xml is not well-formed: ${JSON.stringify(valid)}`);
  new XMLParser().parse(xml);
  const text = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { xml, text };
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why the PDF tests cannot run here, or undefined when LibreOffice and pdftotext are both installed. */
export const officeMissing: string | undefined = !onPath('soffice')
  ? 'soffice (Debian libreoffice-writer) is not on PATH'
  : !onPath('pdftotext')
    ? 'pdftotext (Debian poppler-utils) is not on PATH'
    : undefined;

/** The text of a PDF file, as pdftotext reads it (words joined by single spaces, so line breaks do not split phrases). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
