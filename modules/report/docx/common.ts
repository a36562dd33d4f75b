// The Word (.docx) writer shared by the dossier and the annual report: A4 pages with the margins of Vietnamese
// administrative documents, Times New Roman, headings, tables whose header row repeats on every page, page numbers
// in the footer. Pure: the document model in, the bytes out. The bytes depend only on the model: the file's
// creation and modification dates and the zip entries' dates are the model's as-of date, never the clock.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
} from 'docx';
import type { Block, DocModel } from './blocks.js';

/** Font of Vietnamese administrative documents; LibreOffice substitutes a metric-compatible font where it is missing. */
export const FONT = 'Times New Roman';
/** A4 in twentieths of a point, and margins of 2 cm (top, bottom, right) and 3 cm (left, the binding side). */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const headingStyle = (sizeHalfPoints: number): IBaseParagraphStyleOptions => ({
  run: { font: FONT, size: sizeHalfPoints, bold: true, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

/** A paragraph of body text (13 pt, justified). */
export function paragraph(text: string, style: { align?: 'center'; bold?: boolean; italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: style.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italics: true } : {}) })],
  });
}

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[level - 1]!, children: [new TextRun(text)] });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text: text || '—', size: 22, ...(header ? { bold: true } : {}) })] })],
  });
}

/** A table across the text width; the header row repeats on each page a long table runs over. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], weights?: readonly number[]): Table {
  const w = weights && weights.length === head.length ? weights : head.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((x / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: head.map((_, i) => cell(r[i] ?? '', widths[i]!, false)) })),
    ],
  });
}

function blockElements(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, b.text)];
    case 'paragraph':
      return [paragraph(b.text, b)];
    case 'list':
      return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(i)] }));
    case 'table':
      // A paragraph after each table keeps two tables in a row apart.
      return [table(b.head, b.rows, b.widths), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The footer: the document's short title and "Trang n/m" (page n of m). */
function footer(doc: DocModel): Footer {
  const page = doc.lang === 'vi' ? 'Trang ' : 'Page ';
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${doc.footer} — ${page}`, size: 20 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 20 }),
          new TextRun({ text: '/', size: 20 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 20 }),
        ],
      }),
    ],
  });
}

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** docProps/core.xml with the model's date instead of the clock's (docx writes the packing time otherwise). */
function coreProperties(doc: DocModel): string {
  const when = `${doc.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title)}</dc:title><dc:subject>${escapeXml(doc.subject)}</dc:subject><dc:creator>hatang</dc:creator>` +
    `<dc:language>${doc.lang}</dc:language><cp:lastModifiedBy>hatang</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Sets the date and time of every entry of a zip file (local headers and central directory) to `date` at midnight,
 * in place: the zip writer stamps the clock's time, which would make two runs differ. Lengths and checksums are
 * unchanged. A buffer that is not a zip file is returned as it is.
 */
export function pinZipDates(zip: Uint8Array, date: string): Uint8Array {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return zip;
  const dosDate = ((Number(m[1]) - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3]);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries && at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** The document as a .docx file: A4, Times New Roman 13 pt, numbered pages; byte-identical for the same model. */
export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'hatang',
    lastModifiedBy: 'hatang',
    styles: {
      default: {
        document: { run: { font: FONT, size: 26 } },
        title: headingStyle(32),
        heading1: headingStyle(28),
        heading2: headingStyle(26),
        heading3: { ...headingStyle(26), run: { font: FONT, size: 26, bold: true, italics: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: { default: footer(doc) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(doc.title)] }),
          ...doc.blocks.flatMap(blockElements),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(file, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
  return pinZipDates(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), doc.date);
}
