// The annual report (TT 12/2022 Art. 13–14; NĐ 331/2026 Art. 35–36): counts that match the evaluation, the period
// and sections the texts set, Markdown always and a valid, deterministic .docx that LibreOffice reads.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Evaluation } from '../../modules/evaluation/index.js';
import { annualReport, annualReportDocument } from '../../modules/report/annual-report.js';
import { renderBlocksMarkdown } from '../../modules/report/docx/blocks.js';
import { evaluateDir, runCli } from '../helpers.js';
import { documentText, officeMissing, pdfText } from './office-helpers.js';

const AS_OF = '2026-11-29';
let evaluation: Evaluation;

beforeAll(async () => {
  evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
});

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-annual-'));
  made.push(dir);
  return dir;
};

const HEADINGS_VI = [
  '1. Thông tin chung',
  '2. Chủ quản hệ thống thông tin và đơn vị vận hành',
  '3. Danh sách hệ thống thông tin thuộc phạm vi quản lý',
  '4. Phê duyệt cấp độ trong kỳ',
  '5. Kiểm tra, đánh giá trong kỳ',
  '6. Sự cố an toàn thông tin',
  '8. Yêu cầu chưa đáp ứng',
  '9. Biện pháp phải hoàn thành theo lộ trình',
  '10. Chấp nhận rủi ro tạm thời và lộ trình hoàn thiện',
];

describe('annual report data', () => {
  test('counts match the evaluation', () => {
    const r = annualReport(evaluation, 2026);
    const { model, findings } = evaluation;
    expect(r.period).toEqual({ from: '2025-12-15', to: '2026-12-14' });
    expect(r.systems).toHaveLength(model.systems.length);
    expect(r.failing).toHaveLength(findings.filter((f) => f.status === 'fail').length);
    expect(r.due).toHaveLength(findings.filter((f) => f.status === 'due').length);
    expect(r.due.every((f) => f.dueDate !== undefined)).toBe(true);
    expect(r.acceptances.map((a) => a.name)).toEqual(model.waivers.map((w) => w.name));
    const approved = model.systems.filter((s) => s.evidence.levelApproval && s.evidence.levelApproval.date <= '2026-12-14');
    expect(r.systems.filter((s) => s.approval)).toHaveLength(approved.length);
    const inPeriod = model.systems.filter(
      (s) => s.evidence.levelApproval && s.evidence.levelApproval.date >= '2025-12-15' && s.evidence.levelApproval.date <= '2026-12-14',
    );
    expect(r.approvalsInPeriod).toHaveLength(inPeriod.length);
    // Owners are names, not references.
    const owner = model.agencies.find((a) => a.name === model.systems[0]!.owner)!.title;
    expect(r.systems[0]!.owner).toBe(owner);
    // A system is "fully in place" only when every annex row passes.
    for (const s of r.systems) if (s.deployment === 'full') expect(s.annex.fail + s.annex.due + s.annex.waived + s.annex.manual).toBe(0);
  });

  test('the Markdown has the sections, the period in dd/mm/yyyy and the totals', () => {
    const r = annualReport(evaluation, 2026);
    const text = renderBlocksMarkdown(annualReportDocument(r, 'vi'));
    for (const h of HEADINGS_VI) expect(text).toContain(h);
    expect(text).toContain('từ ngày 15/12/2025 đến ngày 14/12/2026');
    expect(text).toContain(`Tổng số kết quả kiểm tra chưa đáp ứng: ${r.failing.length}.`);
    expect(text).toContain(`Tổng số biện pháp chưa đến hạn: ${r.due.length}.`);
    expect(text).toContain(`| Tổng số hệ thống thông tin thuộc phạm vi quản lý | ${r.systems.length} |`);
    // No incidents are recorded by the model: the report says so rather than "none".
    expect(text).toContain('Mô hình hạ tầng không có mục ghi nhận sự cố');
    expect(text).not.toContain('chấp nhận rủi ro tạm thời: 0');
  });

  test('the English version', () => {
    const text = renderBlocksMarkdown(annualReportDocument(annualReport(evaluation, 2026), 'en'));
    expect(text).toContain('## 1. Summary');
    expect(text).toContain('The inventory does not record incidents');
  });
});

describe('hatang annual-report', () => {
  test('writes annual-report-<year>.md and, with --docx, a valid deterministic .docx', async () => {
    const [a, b] = [await scratch(), await scratch()];
    for (const out of [a, b]) {
      const r = await runCli('annual-report', 'inventory/quang-ngai', '--year', '2026', '--as-of', AS_OF, '--docx', '--out', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const md = await readFile(join(a, 'annual-report-2026.md'), 'utf8');
    expect(md).toContain('# Báo cáo công tác bảo đảm');
    const docxA = await readFile(join(a, 'annual-report-2026.docx'));
    const docxB = await readFile(join(b, 'annual-report-2026.docx'));
    expect(Buffer.compare(docxA, docxB)).toBe(0);
    const { text } = documentText(docxA);
    for (const h of HEADINGS_VI) expect(text).toContain(h);
    expect(text).toContain(evaluation.model.agencies.find((x) => x.name === evaluation.model.systems[0]!.owner)!.title);
  });

  test.skipIf(officeMissing !== undefined)(
    `LibreOffice reads the .docx: the PDF holds the headings and counts${officeMissing ? ` (skipped: ${officeMissing})` : ''}`,
    async () => {
      const out = await scratch();
      expect((await runCli('annual-report', 'inventory/quang-ngai', '--year', '2026', '--as-of', AS_OF, '--docx', '--out', out)).code).toBe(0);
      const { docxToPdf } = await import('../../modules/report/docx/pdf.js');
      const pdf = await docxToPdf(await readFile(join(out, 'annual-report-2026.docx')));
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(out, 'annual-report-2026.pdf'), pdf);
      const text = pdfText(join(out, 'annual-report-2026.pdf'));
      for (const h of HEADINGS_VI) expect(text).toContain(h);
      const r = annualReport(evaluation, 2026);
      expect(text).toContain(`Tổng số kết quả kiểm tra chưa đáp ứng: ${r.failing.length}.`);
      expect(text).toContain('15/12/2025');
    },
    180_000,
  );

  test('a bad --year is refused with exit 2', async () => {
    const r = await runCli('annual-report', 'inventory/quang-ngai', '--year', '26');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
  });
});
