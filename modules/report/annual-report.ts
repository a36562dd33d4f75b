// The annual report on security of information systems by level (TT 12/2022 Art. 13–14; NĐ 331/2026 Art. 35–36 and
// its form no. 08): the data, from the evaluation, then the document model in one language. Pure: no clock, no
// files; the action writes the Markdown and the .docx.
import type { AnnexSystemGrid } from '../baseline/index.js';
import type { Evaluation } from '../evaluation/index.js';
import {
  APPROVER_LABELS,
  ASSESSOR_LABELS,
  EVIDENCE_LABELS,
  SEVERITY_LABELS,
  type EvidenceItem,
  type EvidenceKind,
  type Finding,
  type Lang,
  type System,
} from '../model/index.js';
import { systemOf } from '../rules/index.js';
import { dateText, fields, heading, list, para, say, table, type Block, type DocModel } from './docx/blocks.js';
import { agencyName, legalTexts, riskAcceptances, riskAcceptanceTable, targetText, type RiskAcceptance } from './docx/shared.js';

/** How far the system has put its approved security plan in place (form 08, column 10), from the annex grid. */
export type Deployment = 'full' | 'partial' | 'undetermined';

export interface AnnualSystemRow {
  readonly name: string;
  readonly title: string;
  readonly owner: string;
  readonly operator?: string;
  readonly level: number;
  /** The level approval on record at the end of the period, if any. */
  readonly approval?: EvidenceItem;
  readonly policy?: EvidenceItem;
  readonly deployment: Deployment;
  /** Annex rows per status (modules/baseline/annex-grid.ts). */
  readonly annex: AnnexSystemGrid['counts'];
  /** Assessments on record: before going live, and periodic (the latest by the end of the period). */
  readonly preOperation?: EvidenceItem;
  readonly periodic?: EvidenceItem;
}

export interface AssessmentRow {
  readonly system: string;
  readonly kind: EvidenceKind;
  readonly item: EvidenceItem;
}

export interface AnnualReport {
  readonly year: number;
  /** 15/12 of the previous year to 14/12 of the year (TT 12 Art. 13.3; NĐ 331 Art. 35.3), as YYYY-MM-DD. */
  readonly period: { readonly from: string; readonly to: string };
  readonly asOf: string;
  readonly ruleset: string;
  readonly province: string;
  readonly systems: readonly AnnualSystemRow[];
  /** Level approvals dated within the period. */
  readonly approvalsInPeriod: readonly AssessmentRow[];
  /** Assessments and penetration tests dated within the period. */
  readonly assessmentsInPeriod: readonly AssessmentRow[];
  /** Findings not yet in force, with the date they become due. */
  readonly due: readonly Finding[];
  readonly failing: readonly Finding[];
  readonly acceptances: readonly RiskAcceptance[];
  /** The model has no kind for incidents: the report says so instead of "none". */
  readonly incidentsRecorded: false;
  /** Agency titles by name: a finding about an agency names it by its title, never its slug. */
  readonly agencyTitles: Readonly<Record<string, string>>;
}

const ASSESSMENT_KINDS: readonly EvidenceKind[] = ['preOperationAssessment', 'independentAssessment', 'penetrationTest', 'riskAssessment'];

/** Evidence dated on or before `to` (what was on record at the end of the period). */
const byEnd = (item: EvidenceItem | undefined, to: string): EvidenceItem | undefined => (item && item.date <= to ? item : undefined);
const within = (item: EvidenceItem | undefined, from: string, to: string): boolean => !!item && item.date >= from && item.date <= to;

function deployment(counts: AnnexSystemGrid['counts']): Deployment {
  if (counts.fail > 0 || counts.waived > 0 || counts.due > 0) return 'partial';
  return counts.manual > 0 ? 'undetermined' : 'full';
}

function systemRow(evaluation: Evaluation, s: System, grid: AnnexSystemGrid, to: string): AnnualSystemRow {
  const { model } = evaluation;
  const approval = byEnd(s.evidence.levelApproval, to);
  const policy = byEnd(s.evidence.securityPolicy, to);
  const preOperation = byEnd(s.evidence.preOperationAssessment, to);
  const periodic = byEnd(s.evidence.independentAssessment, to);
  const operator = agencyName(model, s.operator);
  return {
    name: s.name,
    title: s.title,
    owner: agencyName(model, s.owner) ?? s.owner,
    ...(operator ? { operator } : {}),
    level: s.level,
    ...(approval ? { approval } : {}),
    ...(policy ? { policy } : {}),
    deployment: deployment(grid.counts),
    annex: grid.counts,
    ...(preOperation ? { preOperation } : {}),
    ...(periodic ? { periodic } : {}),
  };
}

/** The report data for `year`, from the evaluation (its findings are those at the evaluation's as-of date). */
export function annualReport(evaluation: Evaluation, year: number): AnnualReport {
  const { model, selection, findings } = evaluation;
  const period = { from: `${year - 1}-12-15`, to: `${year}-12-14` };
  const grids = evaluation.annex();
  const evidenceIn = (kinds: readonly EvidenceKind[]) =>
    model.systems.flatMap((s) =>
      kinds.flatMap((kind) => {
        const item = s.evidence[kind];
        return item && within(item, period.from, period.to) ? [{ system: s.name, kind, item }] : [];
      }),
    );
  return {
    year,
    period,
    asOf: selection.asOf,
    ruleset: selection.ruleset.id,
    province: model.province.title,
    systems: model.systems.map((s, i) => systemRow(evaluation, s, grids[i]!, period.to)),
    approvalsInPeriod: evidenceIn(['levelApproval']),
    assessmentsInPeriod: evidenceIn(ASSESSMENT_KINDS).sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : 0)),
    due: findings.filter((f) => f.status === 'due'),
    failing: findings.filter((f) => f.status === 'fail'),
    acceptances: riskAcceptances(model, findings, selection.asOf),
    incidentsRecorded: false,
    agencyTitles: Object.fromEntries(model.agencies.map((a) => [a.name, a.title])),
  };
}

const DEPLOYMENT_LABELS: Readonly<Record<Deployment, { vi: string; en: string }>> = {
  full: { vi: 'Đã triển khai đầy đủ', en: 'Fully in place' },
  partial: { vi: 'Đã triển khai một số hạng mục', en: 'Partly in place' },
  undetermined: { vi: 'Chưa đủ bằng chứng để kết luận', en: 'Not enough evidence to conclude' },
};

const decision = (item: EvidenceItem | undefined, lang: Lang, none: string): string =>
  item ? [item.reference, item.by, dateText(item.date, lang)].filter(Boolean).join('; ') : none;

/** A target other than a system in words; an agency by its title. */
const objectText = (r: AnnualReport, target: string, lang: Lang): string => {
  const agency = target.startsWith('agencies/') ? r.agencyTitles[target.slice('agencies/'.length)] : undefined;
  return agency ?? targetText(target, lang);
};

const systemName = (r: AnnualReport, name: string | undefined): string => r.systems.find((s) => s.name === name)?.title ?? name ?? '—';

/** Sections 1–3 (form 08, parts 1–3): totals, owners and operators, the list of systems. */
function generalSections(r: AnnualReport, lang: Lang): Block[] {
  const tx = say(lang);
  const approved = r.systems.filter((s) => s.approval);
  const levels = [1, 2, 3, 4, 5].map((l) => [l, r.systems.filter((s) => s.level === l).length] as const).filter(([, n]) => n > 0);
  const agencies = [...new Set(r.systems.flatMap((s) => [s.owner, ...(s.operator ? [s.operator] : [])]))];
  return [
    heading(1, tx('1. Thông tin chung', '1. Summary')),
    fields(lang, [
      [tx('Tổng số hệ thống thông tin thuộc phạm vi quản lý', 'Information systems in scope'), String(r.systems.length)],
      [tx('Số hệ thống đã xác định cấp độ đề xuất', 'Systems with a proposed level'), String(r.systems.length)],
      [tx('Số hệ thống theo cấp độ', 'Systems by level'), levels.map(([l, n]) => tx(`cấp độ ${l}: ${n}`, `level ${l}: ${n}`)).join('; ')],
      [tx('Số hệ thống đã được phê duyệt cấp độ', 'Systems with an approved level'), String(approved.length)],
      [
        tx('Số hệ thống đã phê duyệt cấp độ được kiểm tra, đánh giá định kỳ', 'Approved systems assessed periodically'),
        String(approved.filter((s) => s.periodic).length),
      ],
      [
        tx('Số hệ thống đã triển khai đầy đủ phương án', 'Systems with the plan fully in place'),
        String(r.systems.filter((s) => s.deployment === 'full').length),
      ],
    ]),
    heading(1, tx('2. Chủ quản hệ thống thông tin và đơn vị vận hành', '2. Owners and operators')),
    list(agencies),
    para(
      tx(
        'Quy định chức năng, nhiệm vụ, quyền hạn; người đại diện, chức vụ; địa chỉ và thông tin liên hệ của từng cơ quan, đơn vị: mô hình hạ tầng không lưu các thông tin này, cơ quan lập báo cáo bổ sung.',
        'Functions and mandate, representative, address and contact details of each agency: the inventory does not hold these; the reporting agency adds them.',
      ),
      { italic: true },
    ),
    heading(1, tx('3. Danh sách hệ thống thông tin thuộc phạm vi quản lý', '3. Information systems in scope')),
    table(
      [
        tx('STT', 'No.'),
        tx('Tên hệ thống', 'System'),
        tx('Chủ quản', 'Owner'),
        tx('Đơn vị vận hành', 'Operator'),
        tx('Cấp độ đề xuất', 'Level'),
        tx('Quyết định phê duyệt cấp độ', 'Level approval'),
        tx('Quy chế bảo đảm an toàn thông tin', 'Security policy'),
        tx('Triển khai phương án', 'Security plan'),
        tx('Kiểm tra, đánh giá', 'Assessed'),
      ],
      r.systems.map((s, i) => [
        String(i + 1),
        s.title,
        s.owner,
        s.operator ?? '—',
        String(s.level),
        decision(s.approval, lang, tx('Chưa ghi nhận phê duyệt', 'No approval on record')),
        decision(s.policy, lang, tx('Chưa ghi nhận', 'None on record')),
        DEPLOYMENT_LABELS[s.deployment][lang],
        [s.preOperation ? tx('Trước khi đưa vào sử dụng', 'Before going live') : '', s.periodic ? tx('Định kỳ', 'Periodic') : ''].filter(Boolean).join(', ') ||
          '—',
      ]),
      [1, 4, 3, 3, 1, 4, 4, 3, 3],
    ),
  ];
}

/** Sections 4–6: approvals and assessments in the period, incidents. */
function periodSections(r: AnnualReport, lang: Lang): Block[] {
  const tx = say(lang);
  const none = tx('Không có trong kỳ báo cáo.', 'None in the reporting period.');
  const by = (e: EvidenceItem) =>
    [e.by, e.assessorType ? ASSESSOR_LABELS[e.assessorType][lang] : '', e.approverRole ? APPROVER_LABELS[e.approverRole][lang] : '']
      .filter(Boolean)
      .join('; ') || '—';
  return [
    heading(1, tx('4. Phê duyệt cấp độ trong kỳ', '4. Level approvals in the period')),
    r.approvalsInPeriod.length > 0
      ? table(
          [tx('Ngày', 'Date'), tx('Hệ thống', 'System'), tx('Văn bản', 'Reference'), tx('Cấp phê duyệt', 'Approved by')],
          r.approvalsInPeriod.map((a) => [dateText(a.item.date, lang), systemName(r, a.system), a.item.reference ?? '—', by(a.item)]),
          [2, 4, 5, 4],
        )
      : para(none),
    heading(1, tx('5. Kiểm tra, đánh giá trong kỳ', '5. Assessments in the period')),
    r.assessmentsInPeriod.length > 0
      ? table(
          [tx('Ngày', 'Date'), tx('Hệ thống', 'System'), tx('Hoạt động', 'Activity'), tx('Văn bản', 'Reference'), tx('Đơn vị thực hiện', 'Assessor')],
          r.assessmentsInPeriod.map((a) => [
            dateText(a.item.date, lang),
            systemName(r, a.system),
            EVIDENCE_LABELS[a.kind][lang],
            a.item.reference ?? '—',
            by(a.item),
          ]),
          [2, 4, 3, 5, 4],
        )
      : para(none),
    heading(1, tx('6. Sự cố an toàn thông tin', '6. Security incidents')),
    para(
      tx(
        'Mô hình hạ tầng không có mục ghi nhận sự cố, nên báo cáo này không tổng hợp được sự cố trong kỳ; cơ quan lập báo cáo bổ sung từ hồ sơ ứng cứu sự cố.',
        'The inventory does not record incidents, so this report cannot list those of the period; the reporting agency adds them from its incident records.',
      ),
    ),
  ];
}

/** Sections 7–10: the plan per system, requirements not met, measures due, temporary risk acceptances. */
function findingSections(r: AnnualReport, lang: Lang): Block[] {
  const tx = say(lang);
  const acceptances = riskAcceptanceTable(r.acceptances, lang);
  const target = (f: Finding) => systemName(r, systemOf(f)) + (systemOf(f) ? '' : ` (${objectText(r, f.target, lang)})`);
  return [
    heading(1, tx('7. Đánh giá triển khai phương án theo từng yêu cầu', '7. The security plan per requirement')),
    table(
      [
        tx('Hệ thống', 'System'),
        tx('Cấp độ', 'Level'),
        tx('Đáp ứng', 'Met'),
        tx('Chưa đáp ứng', 'Not met'),
        tx('Chưa đến hạn', 'Due later'),
        tx('Chấp nhận rủi ro', 'Accepted'),
        tx('Cần kiểm tra', 'To check'),
      ],
      r.systems.map((s) => [
        s.title,
        String(s.level),
        String(s.annex.pass),
        String(s.annex.fail),
        String(s.annex.due),
        String(s.annex.waived),
        String(s.annex.manual),
      ]),
      [5, 1, 1, 1, 1, 1, 1],
    ),
    heading(1, tx('8. Yêu cầu chưa đáp ứng', '8. Requirements not met')),
    para(tx(`Tổng số kết quả kiểm tra chưa đáp ứng: ${r.failing.length}.`, `Failing findings: ${r.failing.length}.`)),
    ...(r.failing.length > 0
      ? [
          table(
            [tx('Hệ thống', 'System'), tx('Quy tắc', 'Rule'), tx('Mức độ', 'Severity'), tx('Nội dung', 'Finding')],
            r.failing.map((f) => [target(f), `${f.rule}${f.title ? ` — ${f.title[lang]}` : ''}`, SEVERITY_LABELS[f.severity][lang], f.message[lang]]),
            [3, 4, 2, 7],
          ),
        ]
      : []),
    heading(1, tx('9. Biện pháp phải hoàn thành theo lộ trình', '9. Measures due')),
    para(tx(`Tổng số biện pháp chưa đến hạn: ${r.due.length}.`, `Measures due later: ${r.due.length}.`)),
    ...(r.due.length > 0
      ? [
          table(
            [tx('Hệ thống', 'System'), tx('Quy tắc', 'Rule'), tx('Hạn hoàn thành', 'Due by'), tx('Nội dung', 'Finding')],
            r.due.map((f) => [target(f), `${f.rule}${f.title ? ` — ${f.title[lang]}` : ''}`, f.dueDate ? dateText(f.dueDate, lang) : '—', f.message[lang]]),
            [3, 4, 2, 7],
          ),
        ]
      : []),
    heading(1, tx('10. Chấp nhận rủi ro tạm thời và lộ trình hoàn thiện', '10. Temporary risk acceptances and remediation')),
    r.acceptances.length > 0 ? table(acceptances.head, acceptances.rows, acceptances.widths) : para(tx('Không có.', 'None.')),
  ];
}

/** The report as a document model in one language. */
export function annualReportDocument(r: AnnualReport, lang: Lang): DocModel {
  const tx = say(lang);
  const law = legalTexts(r.ruleset);
  const topic = law.nd331 ? tx('an ninh mạng', 'cybersecurity') : tx('an toàn thông tin', 'information security');
  const title = tx(
    `Báo cáo công tác bảo đảm ${topic} hệ thống thông tin theo cấp độ năm ${r.year}`,
    `Annual report on ${topic} of information systems by level, ${r.year}`,
  );
  return {
    lang,
    title,
    subject: tx(`Báo cáo định kỳ hằng năm ${r.year}`, `Annual report ${r.year}`),
    date: r.asOf,
    footer: tx(`Báo cáo năm ${r.year}`, `Annual report ${r.year}`),
    blocks: [
      ...(lang === 'vi'
        ? [para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', bold: true }), para('Độc lập - Tự do - Hạnh phúc', { align: 'center', bold: true })]
        : []),
      para(r.province, { align: 'center', italic: true }),
      fields(lang, [
        [tx('Căn cứ', 'Legal basis'), law.report[lang]],
        [
          tx('Kỳ báo cáo', 'Reporting period'),
          tx(`từ ngày ${dateText(r.period.from, lang)} đến ngày ${dateText(r.period.to, lang)}`, `${r.period.from} to ${r.period.to}`),
        ],
        [
          tx('Thời hạn gửi báo cáo', 'Deadlines'),
          tx(
            `đơn vị vận hành gửi chủ quản trước ngày 20/12/${r.year}; chủ quản gửi ${law.ministry.vi} trước ngày 25/12/${r.year}`,
            `operators to owners before ${r.year}-12-20; owners to ${law.ministry.en} before ${r.year}-12-25`,
          ),
        ],
        [tx('Kết quả kiểm tra tính đến ngày', 'Checks as of'), dateText(r.asOf, lang)],
      ]),
      ...generalSections(r, lang),
      ...periodSections(r, lang),
      ...findingSections(r, lang),
    ],
  };
}
