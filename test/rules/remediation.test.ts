// A remediation is an instruction an auditor reads and an engineer acts on: its Vietnamese is administrative prose,
// and every inventory field, path or value it names stands in a code span (`kind: ntp`, `evidence.restoreDrill`),
// which the report and the dossier show as code while still escaping everything else.
import { beforeAll, describe, expect, test } from 'vitest';
import { ALL_RULES, type Evaluation } from '../../modules/evaluation/index.js';
import type { Finding, Model } from '../../modules/model/index.js';
import { renderComplianceReport } from '../../modules/report/index.js';
import { richMarkdown, richParts, richPlain } from '../../modules/report/rich.js';
import { richHtml } from '../../modules/report/html/index.js';
import { dossierDocument } from '../../modules/report/docx/dossier.js';
import { renderBlocksMarkdown } from '../../modules/report/docx/blocks.js';
import { evaluateDir } from '../helpers.js';
import { DENY } from './deny.js';

/** Words a remediation says in Vietnamese besides those of DENY. */
const MORE = /(?<![\w-])(public|backup|prefix|pool|namespace|runbooks?|location|logging|any|Prefix)(?![\w-])/;
const CHECKS: readonly (readonly [string, RegExp])[] = [
  ['camelCase identifier', /\b[a-z]+[A-Z]\w*/],
  ['dotted path', /\b[a-z]+\.[a-z]/],
  ['kind:', /kind:/],
  ['a boolean field', /:\s*(true|false)\b/],
  ['English word', DENY],
  ['English word', MORE],
];

const prose = (s: string) =>
  richParts(s)
    .filter((p) => !p.code)
    .map((p) => p.text)
    .join(' ');

describe('every remediation', () => {
  const rules = [...ALL_RULES.values()];

  test('covers the baseline rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(80);
  });

  test.each(rules.map((r) => [r.id, r] as const))('%s: fields in code spans, Vietnamese prose around them', (_id, rule) => {
    for (const lang of ['vi', 'en'] as const) expect([lang, (rule.remediation[lang].match(/`/g) ?? []).length % 2]).toEqual([lang, 0]);
    const text = prose(rule.remediation.vi);
    const bad = CHECKS.flatMap(([what, re]) => {
      const m = re.exec(text);
      return m ? [`${what} «${m[0]}»`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe('code spans of declared text', () => {
  test('split on backtick pairs; a lone backtick stays prose', () => {
    expect(richParts('a `b` c `d')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c `d' },
    ]);
    expect(richPlain('thiết bị loại `ntp`')).toBe('thiết bị loại ntp');
  });

  test('Markdown and HTML: code as code, everything else escaped', () => {
    expect(richMarkdown('Đặt `kind: waf` | <b>x</b> [y](z)')).toBe('Đặt `kind: waf` \\| &lt;b&gt;x&lt;/b&gt; \\[y\\](z)');
    expect(richMarkdown('giá trị `a|b`')).toBe('giá trị `a\\|b`');
    expect(richHtml('Đặt `<i>` & <b>x</b>')).toBe('Đặt <code>&lt;i&gt;</code> &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(richMarkdown('một dấu ` lẻ')).toBe('một dấu \\` lẻ');
  });
});

describe('the report shows remediations with their code spans', () => {
  const AS_OF = '2026-11-29';
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluateDir('inventory/quang-ngai', { asOf: AS_OF });
  });

  test('report.html and report.md: a code span as code; a backtick in a system title escaped', async () => {
    const system = evaluation.model.systems[0]!;
    const title = 'Hệ `<b>in đậm</b>` thống';
    const model: Model = { ...evaluation.model, systems: evaluation.model.systems.map((s) => (s === system ? { ...s, title, titleEn: title } : s)) };
    const rule = ALL_RULES.get('LOG-NTP-01')!;
    const finding: Finding = {
      rule: rule.id,
      domain: rule.domain,
      severity: 'error',
      status: 'fail',
      target: `systems/${system.name}`,
      system: system.name,
      message: { vi: 'Không có máy chủ thời gian nội bộ.', en: 'No internal time server.' },
      remediation: rule.remediation,
      ruleset: 'vn-nd331-2026',
    };
    for (const lang of ['vi', 'en'] as const) {
      const { html, markdown } = await renderComplianceReport(model, [finding], { asOf: AS_OF, version: '9.9.9', lang, plan: evaluation.plan });
      expect(html).toContain('thiết bị loại <code>ntp</code>');
      expect(html).toContain('(Device <code>kind: ntp</code>)');
      expect(markdown).toContain(lang === 'vi' ? 'thiết bị loại `ntp`' : 'Device `kind: ntp`');
      expect(html).not.toContain('<b>in đậm</b>');
      expect(html).toContain('Hệ `&lt;b&gt;in đậm&lt;/b&gt;` thống');
      expect(html).not.toContain('<code>&lt;b&gt;');
      expect(markdown).toContain('Hệ \\`&lt;b&gt;in đậm&lt;/b&gt;\\` thống');
    }
  });

  test('the Word dossier shows a remediation without its backticks', () => {
    const failing = evaluation.findings.find((f) => f.status === 'fail' && f.system && f.remediation?.vi.includes('`'));
    expect(failing).toBeDefined();
    const doc = dossierDocument(evaluation, failing!.system!, { lang: 'vi', version: '9.9.9' });
    const text = renderBlocksMarkdown(doc);
    expect(text).toContain(richPlain(failing!.remediation!.vi).slice(0, 20));
    expect(text).not.toContain(failing!.remediation!.vi.slice(0, failing!.remediation!.vi.indexOf('`') + 1));
  });
});
