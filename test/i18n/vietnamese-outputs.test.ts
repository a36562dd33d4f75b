// Every Vietnamese output of the bundled provinces reads like an administrative document: the compliance report, the
// dossier of every system, the annual report and the text of `hatang validate` in Vietnamese carry no English words,
// no raw enum values where a Vietnamese name exists, and no agency slugs where the agency has a title. Identifiers
// inside code spans and code blocks (rule ids, object names, fields), URLs and file paths are allowed.
import { describe, expect, test } from 'vitest';
import { DEVICE_KINDS, ZONE_KINDS, type Finding } from '../../modules/model/index.js';
import { CRITERION_LABELS } from '../../modules/model/labels.js';
import { annualReport, annualReportDocument } from '../../modules/report/annual-report.js';
import { complianceReport } from '../../modules/report/compliance.js';
import { renderBlocksMarkdown } from '../../modules/report/docx/blocks.js';
import { dossier } from '../../modules/report/dossier.js';
import { renderDossierMarkdown, renderReportMarkdown } from '../../modules/report/markdown.js';
import { md } from '../../modules/runbook/markdown.js';
import { evaluateDir, runCli } from '../helpers.js';

const AS_OF = '2026-12-01';
const PROVINCES = ['inventory/quang-ngai', 'inventory/lang-son'] as const;
const RULESETS = ['vn-nd331-2026', 'vn-nd85-tt12-2022'] as const;

/** English words of the model and of the outputs that Vietnamese prose must say in Vietnamese. */
const WORDS = [
  'warning',
  'warnings',
  'error',
  'errors',
  'info',
  'primary',
  'secondary',
  'single',
  'cold',
  'warm',
  'hot',
  'site',
  'sites',
  'Site',
  'inventory',
  'Inventory',
  'waiver',
  'waivers',
  'waived',
  'none',
  'None',
  'true',
  'false',
  'level',
  'Level',
  'months',
  'month',
  'days',
  'day',
  'min',
  'hours',
  'minutes',
  'pass',
  'fail',
  'manual',
  'due',
  'not-applicable',
  'practice',
  'evidence',
  'kind',
  'capabilities',
  'owner',
  'operator',
  'department',
  'ward',
  'commune',
  'active-standby',
  'active-active',
  'standby',
  'failover',
];

/** Raw enum values that have a Vietnamese name (lower case, as the model writes them). */
const ENUMS = [
  ...Object.keys(CRITERION_LABELS),
  ...ZONE_KINDS.filter((k) => k.includes('-')),
  ...DEVICE_KINDS.filter((k) => k.includes('-')),
  'cap-i',
  'cap-ii',
  'l2',
  'l3',
  'backup-restore',
  'storage-async',
  'storage-sync',
  'database-stream',
  'security-unit',
  'prime-minister',
  'independent-unit',
  'licensed-organisation',
  'competent-authority',
  'province-office',
  'special-zone',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRe = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\d_\\-./])(${words.map(escape).join('|')})(?![\\p{L}\\d_\\-])`, 'gu');

/** Prose only: code blocks, code spans, URLs and file paths removed. */
function prose(markdown: string, authored: readonly string[]): string {
  // What the inventory's authors wrote (descriptions, reasons, purposes) is their text, shown as written; remediations
  // are instructions to engineers and may name inventory fields (test/rules/vietnamese.test.ts).
  let text = markdown;
  for (const a of authored) text = text.split(a).join('');
  return text
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/(?:[\w.-]+\/)+[\w.:-]+/g, '') // file paths and object paths (systems/x, evidence/drDrill)
    .replace(/--[a-z-]+/g, ''); // command-line options
}

/** Free text the inventory's authors wrote (every string of the model with a space in it) and the findings' remediations,
 * as written and as the Markdown escapes them; longest first. */
function authoredText(model: unknown, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes(' ')) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  for (const f of findings) if (f.remediation) out.add(f.remediation.vi);
  for (const a of [...out]) out.add(md(a).trim());
  return [...out].sort((a, b) => b.length - a.length);
}

/** Each offending word with the text around it. */
function offences(text: string, slugs: readonly string[], authored: readonly string[]): string[] {
  const deny = [
    wordsRe([...WORDS, ...ENUMS, ...slugs]),
    /(?<![\p{L}\d_-])\d+\s?(?:m|h|d|min|ms)(?![\p{L}\d_-])/gu, // durations as units ("1h30m", "15m", "15 min")
    /\b\d+[hd]\d+m\b/g,
    /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, // ISO dates in prose: dd/mm/yyyy
  ];
  const found = new Set<string>();
  for (const line of prose(text, authored).split('\n')) {
    for (const re of deny) for (const m of line.matchAll(re)) found.add(`«${m[0]}»: …${line.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
  }
  return [...found].sort();
}

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
