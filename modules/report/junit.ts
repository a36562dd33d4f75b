// JUnit XML for CI test reports: one test suite per information system (and one for other objects), one test
// case per rule × target (× part). Failing findings fail; waived, manual and not-applicable ones are skipped.
import type { Lang } from '../model/index.js';
import type { ValidationReport } from './validation.js';

const esc = (s: string): string =>
  s
    // XML 1.0 forbids most C0 control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function renderJunit(report: ValidationReport, lang: Lang = 'en'): string {
  const groups = new Map<string, ValidationReport['findings'][number][]>();
  for (const f of report.findings) {
    const key = f.system ? `systems/${f.system}` : 'other';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const ruleset = report.baseline?.ruleset ?? 'hatang';
  const suites: string[] = [];
  let tests = 0;
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
        f.clauses.length ? `${lang === 'vi' ? 'Điều khoản' : 'Clauses'}: ${f.clauses.join('; ')}` : (f.reference ?? ''),
        f.remediation ? `${lang === 'vi' ? 'Khắc phục' : 'Remediation'}: ${f.remediation[lang]}` : '',
        f.confidence === 'unverified'
          ? (lang === 'vi' ? 'Số liệu chưa kiểm chứng' : 'Unverified number or reading') +
            (f.parameters.length ? `: ${f.parameters.map((p) => `${p.name}=${p.value} ${p.unit}${p.verified ? '' : ' (unverified)'}`).join(', ')}` : '')
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
        const why = f.status === 'waived' ? `waived: ${f.waiver}` : f.status;
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
    `<testsuites name="${esc(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n` +
    suites.join('\n') +
    (suites.length ? '\n' : '') +
    `</testsuites>\n`
  );
}
