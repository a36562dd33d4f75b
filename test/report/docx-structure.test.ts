// The Word documents (the dossier of every system, the annual report) are well-built OPC/WordprocessingML packages,
// not only well-formed XML: every part has a content type, every relationship points at a part that exists, every
// r:id the document uses is declared, the body holds only block-level content with the section properties last,
// every table has its grid and a paragraph in every cell (an empty w:tc makes Word report the file as corrupt), and
// every style and numbering the paragraphs name is defined. No ECMA-376 schema is available offline to validate
// against: this structure check is the check. The text of the documents carries no placeholder or reading note.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Evaluation } from '../../modules/evaluation/index.js';
import { annualReport, annualReportDocument } from '../../modules/report/annual-report.js';
import { renderDocx } from '../../modules/report/docx/common.js';
import { dossierDocument } from '../../modules/report/docx/dossier.js';
import { evaluateDir, runCli } from '../helpers.js';
import { documentText, unzip } from './office-helpers.js';

const AS_OF = '2026-11-29';

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
const parse = (xml: string): Node[] => parser.parse(xml) as Node[];
/** The element name of an ordered node (its one key besides the attributes). */
const nameOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const childrenOf = (n: Node): Node[] => (n[nameOf(n)] as Node[] | undefined) ?? [];
const attrs = (n: Node): Record<string, string> => (n[':@'] as Record<string, string> | undefined) ?? {};
const elements = (nodes: readonly Node[]): Node[] => nodes.filter((n) => nameOf(n) !== '#text' && !nameOf(n).startsWith('?'));

/** Every element below `nodes`, depth first. */
function* walk(nodes: readonly Node[]): Generator<Node> {
  for (const n of elements(nodes)) {
    yield n;
    yield* walk(childrenOf(n));
  }
}

const BODY_CHILDREN = new Set(['w:p', 'w:tbl', 'w:sdt', 'w:sectPr', 'w:customXml', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:altChunk']);

/** Every defect of the package's structure, as sentences. */
function docxDefects(docx: Uint8Array): string[] {
  const files = unzip(docx);
  const text = (name: string) => files.get(name)?.toString('utf8');
  const bad: string[] = [];

  // [Content_Types].xml: a Default for the extension or an Override for the part, for every part.
  const types = parse(text('[Content_Types].xml') ?? '');
  const all = [...walk(types)];
  const defaults = new Set(all.filter((n) => nameOf(n) === 'Default').map((n) => attrs(n)['@Extension']!.toLowerCase()));
  const overrides = new Set(all.filter((n) => nameOf(n) === 'Override').map((n) => attrs(n)['@PartName']!));
  for (const name of files.keys()) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    // The extension is what follows the last dot of the last segment (`_rels/.rels` has `rels`).
    const last = posix.basename(name);
    const ext = last.includes('.') ? last.slice(last.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!overrides.has(`/${name}`) && !defaults.has(ext)) bad.push(`${name}: no content type`);
  }
  for (const o of overrides) if (!files.has(o.slice(1))) bad.push(`[Content_Types].xml: override for missing part ${o}`);

  // Relationships: _rels/.rels names the main part; every internal target of every .rels file exists.
  const rels = (source: string): { id: string; type: string; target: string; external: boolean }[] => {
    const dir = posix.dirname(posix.dirname(source)); // word/_rels/document.xml.rels → word
    return [...walk(parse(text(source) ?? ''))]
      .filter((n) => nameOf(n) === 'Relationship')
      .map((n) => {
        const a = attrs(n);
        const external = a['@TargetMode'] === 'External';
        const target = a['@Target']!;
        const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, target));
        return { id: a['@Id']!, type: a['@Type']!, target: external ? target : resolved, external };
      });
  };
  const root = rels('_rels/.rels');
  const main = root.find((r) => r.type.endsWith('/officeDocument'));
  if (!main) bad.push('_rels/.rels: no officeDocument relationship');
  for (const source of [...files.keys()].filter((n) => n.endsWith('.rels'))) {
    for (const r of rels(source)) if (!r.external && !files.has(r.target)) bad.push(`${source}: ${r.id} points at missing ${r.target}`);
  }
  if (!main || !files.has(main.target)) return bad;

  const documentRels = rels(`${posix.dirname(main.target)}/_rels/${posix.basename(main.target)}.rels`);
  const declared = new Set(documentRels.map((r) => r.id));
  const doc = parse(text(main.target)!);
  const documentEl = elements(doc).find((n) => nameOf(n) === 'w:document');
  const body = documentEl && elements(childrenOf(documentEl)).find((n) => nameOf(n) === 'w:body');
  if (!body) return [...bad, `${main.target}: no w:document/w:body`];

  // r:ids used anywhere in the document are declared.
  for (const n of walk([documentEl])) {
    for (const [k, v] of Object.entries(attrs(n)))
      if (k.startsWith('@r:') && !declared.has(v)) bad.push(`${main.target}: ${nameOf(n)} uses undeclared ${k.slice(1)}="${v}"`);
  }

  // The body: block-level content only, w:sectPr last.
  const blocks = elements(childrenOf(body));
  blocks.forEach((b, i) => {
    if (!BODY_CHILDREN.has(nameOf(b))) bad.push(`w:body: ${nameOf(b)} is not block-level content`);
    if (nameOf(b) === 'w:sectPr' && i !== blocks.length - 1) bad.push('w:body: w:sectPr is not the last child');
  });
  if (blocks.length === 0 || nameOf(blocks[blocks.length - 1]!) !== 'w:sectPr') bad.push('w:body: no final w:sectPr');

  // Tables: a grid, rows, and at least one paragraph in every cell (the paragraph last, as Word writes it).
  let t = 0;
  for (const tbl of [...walk([documentEl])].filter((n) => nameOf(n) === 'w:tbl')) {
    t++;
    const kids = elements(childrenOf(tbl));
    if (!kids.some((k) => nameOf(k) === 'w:tblGrid')) bad.push(`table ${t}: no w:tblGrid`);
    const rows = kids.filter((k) => nameOf(k) === 'w:tr');
    if (rows.length === 0) bad.push(`table ${t}: no row`);
    const grid = kids.find((k) => nameOf(k) === 'w:tblGrid');
    const gridCols = grid ? elements(childrenOf(grid)).filter((g) => nameOf(g) === 'w:gridCol').length : 0;
    rows.forEach((row, r) => {
      const cells = elements(childrenOf(row)).filter((c) => nameOf(c) === 'w:tc');
      if (cells.length === 0) bad.push(`table ${t} row ${r + 1}: no cell`);
      let span = 0;
      cells.forEach((cell, c) => {
        const content = elements(childrenOf(cell));
        if (!content.some((x) => nameOf(x) === 'w:p')) bad.push(`table ${t} row ${r + 1} cell ${c + 1}: no w:p`);
        else if (nameOf(content[content.length - 1]!) !== 'w:p') bad.push(`table ${t} row ${r + 1} cell ${c + 1}: does not end with w:p`);
        const tcPr = content.find((x) => nameOf(x) === 'w:tcPr');
        const gridSpan = tcPr && elements(childrenOf(tcPr)).find((x) => nameOf(x) === 'w:gridSpan');
        span += gridSpan ? Number(attrs(gridSpan)['@w:val']) : 1;
      });
      if (gridCols && span !== gridCols) bad.push(`table ${t} row ${r + 1}: ${span} grid columns used, the grid has ${gridCols}`);
    });
  }

  // Styles and numbering the paragraphs name are defined.
  const target = (suffix: string) => documentRels.find((r) => r.type.endsWith(suffix) && !r.external)?.target;
  const stylesPart = target('/styles');
  const styleIds = new Set(
    stylesPart ? [...walk(parse(text(stylesPart) ?? ''))].filter((n) => nameOf(n) === 'w:style').map((n) => attrs(n)['@w:styleId']!) : [],
  );
  const numberingPart = target('/numbering');
  const numIds = new Set(
    numberingPart ? [...walk(parse(text(numberingPart) ?? ''))].filter((n) => nameOf(n) === 'w:num').map((n) => attrs(n)['@w:numId']!) : [],
  );
  for (const n of walk([documentEl])) {
    const name = nameOf(n);
    const val = attrs(n)['@w:val'];
    if ((name === 'w:pStyle' || name === 'w:rStyle' || name === 'w:tblStyle') && val !== undefined && !styleIds.has(val)) {
      bad.push(`${name} "${val}" is not defined in ${stylesPart ?? 'a styles part'}`);
    }
    if (name === 'w:numId' && val !== undefined && val !== '0' && !numIds.has(val))
      bad.push(`w:numId ${val} is not defined in ${numberingPart ?? 'a numbering part'}`);
  }
  return [...new Set(bad)];
}

/** Placeholders and reading notes that must never reach an auditor. */
// The research notes test/rules/citations.test.ts keeps out of the rules' declared data, and what the rules' confidence
// notes say ("tóm tắt tiếng Anh"), which an auditor's document never shows.
const PLACEHOLDERS =
  /chưa đọc|chỉ đọc|tóm tắt tiếng Anh|English summary|\bx\.\d|\d\.x\b|regulations\.md|\(practice\)|thực tiễn \(|không rõ nguồn|\[S\d+\]|unattributed|undefined|NaN|\[object Object\]|TODO|TBD/;

describe.each(['inventory/quang-ngai', 'inventory/lang-son'])('%s', (dir) => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluateDir(dir, { asOf: AS_OF });
  });

  test.each(['vi', 'en'] as const)('the dossier of every system (%s): a well-built package, no placeholder in its text', async (lang) => {
    const bad: string[] = [];
    for (const s of evaluation.model.systems) {
      const docx = await renderDocx(dossierDocument(evaluation, s.name, { lang, version: 'test' }));
      bad.push(...docxDefects(docx).map((d) => `${s.name}: ${d}`));
      const { text } = documentText(docx);
      const hit = PLACEHOLDERS.exec(text);
      if (hit) bad.push(`${s.name}: placeholder «${hit[0]}» in the text`);
    }
    expect(bad).toEqual([]);
  });

  test.each(['vi', 'en'] as const)('the annual report (%s): a well-built package, no placeholder in its text', async (lang) => {
    const docx = await renderDocx(annualReportDocument(annualReport(evaluation, 2026), lang));
    expect(docxDefects(docx)).toEqual([]);
    expect(documentText(docx).text).not.toMatch(PLACEHOLDERS);
  });
});

test('the files the commands write (hatang dossier --docx, hatang annual-report --docx) pass the same check', async () => {
  const out = await mkdtemp(join(tmpdir(), 'hatang-docx-structure-'));
  try {
    const dossier = await runCli('dossier', 'inventory/quang-ngai', '--system', 'cong-ttdt', '--as-of', AS_OF, '--docx', '--out', out);
    expect(dossier.code, dossier.stderr).toBe(0);
    const annual = await runCli('annual-report', 'inventory/quang-ngai', '--year', '2026', '--as-of', AS_OF, '--docx', '--out', out);
    expect(annual.code, annual.stderr).toBe(0);
    for (const name of ['dossier-cong-ttdt.docx', 'annual-report-2026.docx']) {
      const docx = await readFile(join(out, name));
      expect(docxDefects(docx), name).toEqual([]);
      expect(documentText(docx).text, name).not.toMatch(PLACEHOLDERS);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

describe('the structure check finds what it must', () => {
  test('an empty cell, a style nobody defined, an undeclared r:id and a body with sectPr first', async () => {
    const evaluation = await evaluateDir('inventory/lang-son', { asOf: AS_OF });
    const docx = await renderDocx(dossierDocument(evaluation, evaluation.model.systems[0]!.name, { lang: 'vi', version: 'test' }));
    expect(docxDefects(docx)).toEqual([]);
    const files = unzip(docx);
    const xml = files.get('word/document.xml')!.toString('utf8');
    const broken = xml
      .replace(/<w:tc>([\s\S]*?)<\/w:tc>/, '<w:tc><w:tcPr/></w:tc>')
      .replace(/<w:pStyle w:val="[^"]+"\/>/, '<w:pStyle w:val="NoSuchStyle"/>')
      .replace(/<w:body>/, '<w:body><w:hyperlink r:id="rId999"/>');
    const { zipSync } = await import('fflate');
    const entries = Object.fromEntries([...files].map(([k, v]) => [k, k === 'word/document.xml' ? Buffer.from(broken) : v]));
    const defects = docxDefects(zipSync(entries)).join('\n');
    expect(defects).toMatch(/cell 1: no w:p/);
    expect(defects).toMatch(/w:pStyle "NoSuchStyle" is not defined/);
    expect(defects).toMatch(/undeclared r:id="rId999"/);
    expect(defects).toMatch(/w:hyperlink is not block-level content/);
  });
});
