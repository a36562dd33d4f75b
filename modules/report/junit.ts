// JUnit XML for CI test reports: one test suite per information system (and one for other objects), one test
// case per rule × target (× part). Failing findings fail; waived, manual and not-applicable ones are skipped.
// Input diagnostics come first, in a suite of their own (`input`): an error diagnostic is an errored test case,
// so an invalid inventory is never a green report.
import type { Lang } from '../model/index.js';
import { CONFIDENCE_LABELS, renderCitations } from '../rules/index.js';
import type { ValidationReport } from './validation.js';

const esc = (s: string): string =>
  s
    // XML 1.0 forbids most C0 control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

type DiagnosticJson = ValidationReport['diagnostics'][number];

/** The `input` suite: one test case per diagnostic, `<error>` for errors (warnings pass, with their text). */
function inputSuite(diagnostics: readonly DiagnosticJson[], lang: Lang): { xml: string; errors: number } {
  const names = new Map<string, number>();
  let errors = 0;
  const cases = diagnostics.map((d) => {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : '';
    const base = `${d.code}${where ? ` ${where}` : ''}`;
    const n = (names.get(base) ?? 0) + 1;
    names.set(base, n);
    const name = n === 1 ? base : `${base} #${n}`;
    const head = `    <testcase classname="hatang.input.${esc(d.code)}" name="${esc(name)}"${d.location ? ` file="${esc(d.location.file)}" line="${d.location.line}"` : ''} time="0"`;
    const vi = lang === 'vi';
    const body = [
      d.message[lang],
      d.found !== null ? `${vi ? 'Giá trị' : 'Found'}: ${d.found}` : '',
      d.expected !== null ? `${vi ? 'Cần' : 'Expected'}: ${d.expected}` : '',
      d.suggestion ?? '',
      d.pointer !== null ? `${vi ? 'Vị trí trong tài liệu' : 'Pointer'}: ${d.pointer}` : '',
      where,
    ]
      .filter(Boolean)
      .join('\n');
    if (d.severity !== 'error') return `${head}>\n      <system-out>${esc(`warning: ${body}`)}</system-out>\n    </testcase>`;
    errors++;
    return `${head}>\n      <error message="${esc(d.message[lang])}" type="${esc(d.code)}">${esc(body)}</error>\n    </testcase>`;
  });
  const xml = `  <testsuite name="input" tests="${diagnostics.length}" failures="0" errors="${errors}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  return { xml, errors };
}

export function renderJunit(report: ValidationReport, lang: Lang = 'en'): string {
  const groups = new Map<string, ValidationReport['findings'][number][]>();
  for (const f of report.findings) {
    const key = f.system ? `systems/${f.system}` : 'other';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const ruleset = report.baseline?.ruleset ?? 'hatang';
  const suites: string[] = [];
  const input = report.diagnostics.length ? inputSuite(report.diagnostics, lang) : undefined;
  if (input) suites.push(input.xml);
  let tests = report.diagnostics.length;
  let failures = 0;
  let skipped = 0;
  const names = new Map<string, number>();
  for (const key of keys) {
    const list = groups.get(key)!;
    const cases: string[] = [];
    let sf = 0;
    let ss = 0;
    for (const f of list) {
      // Test-case names stay unique when a provider reports one rule several times for a target.
      const base = `${f.rule} ${f.target}${f.part ? ` ${f.part}` : ''}`;
      const n = (names.get(base) ?? 0) + 1;
      names.set(base, n);
      const name = n === 1 ? base : `${base} #${n}`;
      const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : '';
      const head = `    <testcase classname="${esc(`${ruleset}.${f.rule}`)}" name="${esc(name)}"${f.location ? ` file="${esc(f.location.file)}" line="${f.location.line}"` : ''} time="0"`;
      const body = [
        f.message[lang],
        f.clauses.length
          ? `${lang === 'vi' ? 'Điều khoản' : 'Clauses'}: ${(f.citations.length ? renderCitations(f.citations, lang) : f.clauses).join('; ')}`
          : (f.reference ?? ''),
        f.remediation ? `${lang === 'vi' ? 'Khắc phục' : 'Remediation'}: ${f.remediation[lang]}` : '',
        f.confidence && f.confidence !== 'verified'
          ? `${lang === 'vi' ? 'Mức tin cậy' : 'Confidence'}: ${CONFIDENCE_LABELS[f.confidence][lang]}` +
            (f.parameters.length ? `; ${f.parameters.map((p) => `${p.name}=${p.value} ${p.unit} (${CONFIDENCE_LABELS[p.confidence][lang]})`).join(', ')}` : '')
          : '',
        where,
      ]
        .filter(Boolean)
        .join('\n');
      if (f.status === 'fail') {
        sf++;
        cases.push(`${head}>\n      <failure message="${esc(f.message[lang])}" type="${esc(f.severity)}">${esc(body)}</failure>\n    </testcase>`);
      } else if (f.status === 'pass') {
        cases.push(`${head}/>`);
      } else {
        ss++;
        const why = f.status === 'waived' ? `waived: ${f.waiver}` : f.status === 'due' ? `due on ${f.dueDate}` : f.status;
        cases.push(`${head}>\n      <skipped message="${esc(`${why}: ${f.message[lang]}`)}"/>\n    </testcase>`);
      }
    }
    tests += list.length;
    failures += sf;
    skipped += ss;
    suites.push(
      `  <testsuite name="${esc(key)}" tests="${list.length}" failures="${sf}" errors="0" skipped="${ss}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const name = `hatang ${report.inventory.path} ${ruleset}${report.baseline ? ` ${report.baseline.asOf}` : ''}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${esc(name)}" tests="${tests}" failures="${failures}" errors="${input?.errors ?? 0}" skipped="${skipped}" time="0">\n` +
    suites.join('\n') +
    (suites.length ? '\n' : '') +
    `</testsuites>\n`
  );
}
