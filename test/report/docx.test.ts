// The level proposal dossier as a Word document and as PDF: a valid .docx with the sections TT 12/2022 Art. 8 and
// NĐ 331/2026 Art. 22 ask for and the system's real values, byte-identical from run to run, readable after LibreOffice
// converts it to PDF; a clear error when LibreOffice is missing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Evaluation } from '../../modules/evaluation/index.js';
import { renderDocx } from '../../modules/report/docx/common.js';
import { dossierDocument } from '../../modules/report/docx/dossier.js';
import { evaluateDir, runCli } from '../helpers.js';
import { documentText, officeMissing, pdfText, unzip } from './office-helpers.js';

const AS_OF = '2026-11-29';
const SYSTEM = 'cong-ttdt';
let evaluation: Evaluation;

beforeAll(async () => {
  evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
});

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});
afterEach(() => void vi.useRealTimers());
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-docx-'));
  made.push(dir);
  return dir;
};

const HEADINGS_VI = [
  'Phần I. Thuyết minh tổng quan về hệ thống thông tin',
  '1. Chủ quản hệ thống thông tin',
  '2. Đơn vị vận hành hệ thống thông tin',
  '3. Phạm vi, quy mô của hệ thống',
  '4.3. Danh mục thiết bị và thiết bị mạng chính',
  '4.4. Danh mục ứng dụng, dịch vụ',
  '4.5. Quy hoạch vùng mạng và địa chỉ IP nội bộ',
  '4.6. Địa chỉ IP công khai',
  'Phần II. Thuyết minh về việc đề xuất cấp độ',
  'Phần III. Thuyết minh phương án bảo đảm an toàn thông tin',
  '1. Phương án theo từng yêu cầu',
  '2. Các yêu cầu chưa đáp ứng',
  '3. Chấp nhận rủi ro tạm thời',
];

/** The values the dossier must carry for the system, read from the model (not written out by hand). */
function expectedValues() {
  const { model } = evaluation;
  const s = model.systems.find((x) => x.name === SYSTEM)!;
  const owner = model.agencies.find((a) => a.name === s.owner)!.title;
  const operator = model.agencies.find((a) => a.name === s.operator)!.title;
  const publicPrefix = model.province.addressPools.find((p) => p.purpose === 'public')!.prefix;
  const os = s.components.find((c) => c.os)!.os!;
  return { s, owner, operator, publicPrefix, os };
}

describe('dossier as .docx', () => {
  test('a valid zip whose word/document.xml parses and holds the sections and the real values', async () => {
    const docx = await renderDocx(dossierDocument(evaluation, SYSTEM, { lang: 'vi', version: 'test' }));
    const files = unzip(docx);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    const { text } = documentText(docx);
    const v = expectedValues();
    for (const h of HEADINGS_VI) expect(text).toContain(h);
    expect(text).toContain(`Cấp độ ${v.s.level}`);
    expect(text).toContain(v.owner);
    expect(text).toContain(v.operator);
    expect(text).toContain(v.publicPrefix);
    expect(text).toContain(v.os);
    expect(text).toContain(v.s.title);
    // Names, not slugs, for the owner and operator.
    expect(text).not.toContain(`: ${v.s.owner}`);
    // Dates in dd/mm/yyyy; the as-of date shown as 29/11/2026.
    expect(text).toContain('29/11/2026');
    // The core properties carry the as-of date, not the clock.
    expect(files.get('docProps/core.xml')!.toString('utf8')).toContain(`${AS_OF}T00:00:00Z`);
  });

  test('the Vietnamese document has no enum values of the model', async () => {
    const { text } = documentText(await renderDocx(dossierDocument(evaluation, SYSTEM, { lang: 'vi', version: 'test' })));
    for (const value of [
      'citizen-service',
      'shared-dc',
      'active-standby',
      'active-active',
      'internal-servers',
      'primary',
      'core-switch',
      'Not met',
      'Manual check',
    ])
      expect(text).not.toContain(value);
  });

  test('byte-identical whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T10:11:12Z'));
    const a = await renderDocx(dossierDocument(evaluation, SYSTEM, { lang: 'vi', version: 'test' }));
    vi.setSystemTime(new Date('2031-07-19T23:59:58Z'));
    const b = await renderDocx(dossierDocument(evaluation, SYSTEM, { lang: 'vi', version: 'test' }));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  test('--lang en writes the English version', async () => {
    const { text } = documentText(await renderDocx(dossierDocument(evaluation, SYSTEM, { lang: 'en', version: 'test' })));
    expect(text).toContain('Part I. Overview of the information system');
    expect(text).toContain('Part III. The security plan');
    expect(text).toContain(expectedValues().owner);
  });
});

describe('hatang dossier --docx --pdf', () => {
  test.skipIf(officeMissing !== undefined)(
    `the PDF LibreOffice makes holds the headings and values${officeMissing ? ` (skipped: ${officeMissing})` : ''}`,
    async () => {
      const out = await scratch();
      const r = await runCli('dossier', 'inventory/quang-ngai', '--system', SYSTEM, '--as-of', AS_OF, '--docx', '--pdf', '--out', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const docx = await readFile(join(out, `dossier-${SYSTEM}.docx`));
      documentText(docx);
      const text = pdfText(join(out, `dossier-${SYSTEM}.pdf`));
      const v = expectedValues();
      for (const h of HEADINGS_VI) expect(text).toContain(h);
      for (const value of [v.owner, v.publicPrefix, v.os, `Cấp độ ${v.s.level}`]) expect(text).toContain(value);
      // The Markdown and HTML annex are still written next to it.
      await expect(readFile(join(out, `dossier-${SYSTEM}.md`), 'utf8')).resolves.toContain('#');
    },
    180_000,
  );

  test('a missing LibreOffice is one clear line and exit 2, never a stack trace', async () => {
    const out = await scratch();
    const r = await runCli('dossier', 'inventory/quang-ngai', '--system', SYSTEM, '--as-of', AS_OF, '--pdf', '--soffice', '/nonexistent/soffice', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không tìm thấy LibreOffice (soffice) tại /nonexistent/soffice');
    expect(r.stderr).toContain('libreoffice-writer');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
