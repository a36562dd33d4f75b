// Every Vietnamese output of the bundled provinces reads like an administrative document: the compliance report, the
// dossier of every system, the annual report and the text of `hatang validate` in Vietnamese carry no English words,
// no raw enum values where a Vietnamese name exists, and no agency slugs where the agency has a title. Identifiers
// inside code spans and code blocks (rule ids, object names, fields), URLs and file paths are allowed.
import { describe, expect, test } from 'vitest';
import { annualReport, annualReportDocument } from '../../modules/report/annual-report.js';
import { complianceReport } from '../../modules/report/compliance.js';
import { renderBlocksMarkdown } from '../../modules/report/docx/blocks.js';
import { renderDocx } from '../../modules/report/docx/common.js';
import { dossierDocument } from '../../modules/report/docx/dossier.js';
import { dossier } from '../../modules/report/dossier.js';
import { renderDossierMarkdown, renderReportMarkdown } from '../../modules/report/markdown.js';
import { evaluateDir, runCli } from '../helpers.js';
import { documentText } from '../report/office-helpers.js';
import { authoredText, offences } from './scan.js';

const AS_OF = '2026-12-01';
const PROVINCES = ['inventory/quang-ngai', 'inventory/lang-son'] as const;
const RULESETS = ['vn-nd331-2026', 'vn-nd85-tt12-2022'] as const;

describe.each(PROVINCES)('%s', (dir) => {
  test.each(RULESETS)('compliance report, dossiers and annual report under %s', async (ruleset) => {
    const evaluation = await evaluateDir(dir, { ruleset, asOf: AS_OF });
    const { model, findings, plan } = evaluation;
    const slugs = model.agencies.filter((a) => a.title).map((a) => a.name);
    const authored = authoredText(model, findings);
    const options = { asOf: AS_OF, version: '9.9.9', lang: 'vi' as const, ruleset, plan, allFindings: findings };
    const bad: string[] = [];
    const check = (what: string, text: string) => bad.push(...offences(text, slugs, authored).map((o) => `${what} ${o}`));
    check('report', renderReportMarkdown(complianceReport(model, findings, options), 'vi'));
    for (const s of model.systems) check(`dossier ${s.name}`, renderDossierMarkdown(dossier(model, findings, s.name, options), 'vi'));
    check('annual', renderBlocksMarkdown(annualReportDocument(annualReport(evaluation, 2026), 'vi')));
    expect(bad).toEqual([]);
  });

  test.each(RULESETS)('the Word documents (every dossier, the annual report) under %s', async (ruleset) => {
    const evaluation = await evaluateDir(dir, { ruleset, asOf: AS_OF });
    const slugs = evaluation.model.agencies.filter((a) => a.title).map((a) => a.name);
    const authored = authoredText(evaluation.model, evaluation.findings);
    const bad: string[] = [];
    const check = async (what: string, doc: Parameters<typeof renderDocx>[0]) => {
      const { text } = documentText(await renderDocx(doc));
      bad.push(...offences(text, slugs, authored).map((o) => `${what} ${o}`));
    };
    for (const s of evaluation.model.systems) await check(`dossier ${s.name}`, dossierDocument(evaluation, s.name, { lang: 'vi', version: '9.9.9' }));
    await check('annual', annualReportDocument(annualReport(evaluation, 2026), 'vi'));
    expect(bad).toEqual([]);
  });

  test.each(RULESETS)('hatang validate --lang vi under %s', async (ruleset) => {
    const evaluation = await evaluateDir(dir, { ruleset, asOf: AS_OF });
    const slugs = evaluation.model.agencies.filter((a) => a.title).map((a) => a.name);
    const authored = authoredText(evaluation.model, evaluation.findings);
    const { stdout } = await runCli('validate', dir, '--lang', 'vi', '--ruleset', ruleset, '--as-of', AS_OF);
    expect(offences(stdout, slugs, authored)).toEqual([]);
  });
});

test('the scan finds what it must and allows code spans, paths and the inventory’s own text', () => {
  const text = [
    'Chủ quản: so-khcn. Dự phòng: cold; RPO 15 min; RTO 1h30m; kiểm tra ngày 2026-01-01 (warning).',
    'Vùng `internal-servers` của `so-khcn`, tệp inventory/quang-ngai/systems.yaml, cấp shared-provincial-infrastructure.',
    'Mô tả của tác giả: site DR Kon Tum.',
  ].join('\n');
  const found = offences(text, ['so-khcn'], ['site DR Kon Tum']).map((o) => o.slice(0, o.indexOf('»') + 1));
  expect(found).toEqual(['«15 min»', '«1h30m»', '«2026-01-01»', '«cold»', '«min»', '«shared-provincial-infrastructure»', '«so-khcn»', '«warning»']);
});
