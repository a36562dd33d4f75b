// `summary` output of `hatang validate --output summary=<file>`: a short Markdown page for a CI job summary (e.g.
// $GITHUB_STEP_SUMMARY). What needs acting on comes first: input errors, failing findings at `error`, then at
// `warning` (and `info`), then the findings due later; manual, waived and passing findings are only counted.
import { dateText, msgIn, type Lang } from '../model/index.js';
import type { ValidationReport } from './validation.js';

type Row = ValidationReport['findings'][number];
type Say = (vi: string, en: string) => string;

/** A table cell: one line, `|` escaped. */
const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

const where = (l: { file: string; line: number } | null): string => (l ? `\`${cell(l.file)}:${l.line}\`` : '');

function findingTable(say: Say, lang: Lang, rows: readonly Row[], due: boolean): string[] {
  const head = due
    ? [say('Quy tắc', 'Rule'), say('Đối tượng', 'Target'), say('Vị trí', 'Where'), say('Hạn áp dụng', 'Due on'), say('Nội dung', 'Message')]
    : [say('Quy tắc', 'Rule'), say('Đối tượng', 'Target'), say('Vị trí', 'Where'), say('Nội dung', 'Message'), say('Căn cứ', 'Clauses')];
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const f of rows) {
    const target = `\`${cell(f.target + (f.part ? ` ${f.part}` : ''))}\``;
    const last = due ? dateText(f.dueDate ?? '', lang) : cell(f.clauses.join('; ') || (f.reference ?? ''));
    const middle = due ? [last, cell(f.message[lang])] : [cell(f.message[lang]), last];
    out.push(`| ${f.rule} | ${target} | ${where(f.location)} | ${middle.join(' | ')} |`);
  }
  return out;
}

function diagnosticLines(say: Say, lang: Lang, report: ValidationReport): string[] {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return [];
  const out = ['', `## ${say('Lỗi dữ liệu đầu vào', 'Input errors')} (${errors.length})`, ''];
  for (const d of errors) out.push(`- ${where(d.location) || `\`${cell(report.inventory.path)}\``} \`${d.code}\`: ${cell(d.message[lang])}`);
  return out;
}

function header(say: Say, lang: Lang, report: ValidationReport): string[] {
  const province = report.inventory.province;
  const b = report.baseline;
  const title = `# ${say('Kết quả kiểm tra', 'Validation of')} \`${report.inventory.path}\`${province ? ` (${province.title})` : ''}`;
  const facts = [
    report.valid
      ? say('Dữ liệu hợp lệ', 'The inventory is valid')
      : say('Dữ liệu không hợp lệ, chưa đánh giá được', 'The inventory is not valid; nothing was judged'),
  ];
  if (b) facts.push(`${say('bộ quy tắc', 'rule-set')} ${b.title[lang]}`, `${say('tại ngày', 'as of')} ${dateText(b.asOf, lang)}`);
  if (b?.baselineFile) facts.push(msgIn(lang, 'report.baseline-hidden', { n: b.hiddenByBaseline }));
  return [title, '', `${facts.join('; ')}.`];
}

/** The Markdown summary of a validation report in `lang`; errors first, counts last. */
export function renderSummary(report: ValidationReport, lang: Lang): string {
  const say: Say = (vi, en) => (lang === 'vi' ? vi : en);
  const out = [...header(say, lang, report), ...diagnosticLines(say, lang, report)];
  const failing = (severity: string) => report.findings.filter((f) => f.status === 'fail' && f.severity === severity);
  const sections: [string, readonly Row[], boolean][] = [
    [say('Không đạt, mức lỗi', 'Failing, error'), failing('error'), false],
    [say('Không đạt, mức cảnh báo', 'Failing, warning'), failing('warning'), false],
    [say('Không đạt, mức thông tin', 'Failing, info'), failing('info'), false],
    [say('Phải đáp ứng khi hết thời hạn chuyển tiếp', 'Due when the transition period ends'), report.findings.filter((f) => f.status === 'due'), true],
  ];
  for (const [title, rows, due] of sections) {
    if (rows.length === 0) continue;
    out.push('', `## ${title} (${rows.length})`, '', ...findingTable(say, lang, rows, due));
  }
  const n = report.summary.findings;
  if (report.valid && n.fail === 0 && n.due === 0) out.push('', say('Không có kết quả nào không đạt.', 'No failing finding.'));
  out.push('', `## ${say('Tổng hợp', 'Counts')}`, '');
  out.push(
    `| ${say('Không đạt', 'Fail')} | ${say('Đến hạn sau', 'Due')} | ${say('Cần xem xét thủ công', 'Manual')} | ${say('Được miễn trừ', 'Waived')} | ${say('Đạt', 'Pass')} | ${say('Không áp dụng', 'Not applicable')} |`,
  );
  out.push('|---|---|---|---|---|---|', `| ${n.fail} | ${n.due} | ${n.manual} | ${n.waived} | ${n.pass} | ${n['not-applicable']} |`);
  return `${out.join('\n')}\n`;
}
