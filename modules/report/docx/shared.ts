// What the dossier and the annual report both show, from the evaluation: names of agencies, the temporary risk
// acceptances (waivers) with their remediation, the annex grid's statuses in words, the legal citations of each
// rule-set.
import type { AnnexGridRow, AnnexStatus } from '../../baseline/index.js';
import { type Finding, type Lang, type Model, type Text, type Waiver } from '../../model/index.js';
import { waiverRow, type WaiverRow } from '../compliance.js';
import { partyTitle } from '../estate.js';
import { dateText } from './blocks.js';
import { richPlain } from '../rich.js';

/** An agency's name (its title) for an owner or operator reference, or a provider's for an operator that is one; the reference itself only where no name exists. */
export function agencyName(model: Model, ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : partyTitle(model, ref);
}

/** A temporary risk acceptance (waiver) with its remediation roadmap: the report's own row. */
export type RiskAcceptance = WaiverRow;

/** The waivers of the model (all, or those `keep` selects) with their remediation, in the model's order. */
export function riskAcceptances(model: Model, findings: readonly Finding[], asOf: string, keep: (w: Waiver) => boolean = () => true): RiskAcceptance[] {
  return model.waivers.filter(keep).map((w) => waiverRow(w, asOf, findings));
}

/** The rows of a table of risk acceptances, and its header. */
export function riskAcceptanceTable(rows: readonly RiskAcceptance[], lang: Lang): { head: string[]; rows: string[][]; widths: number[] } {
  const vi = lang === 'vi';
  return {
    head: vi
      ? ['Quy tắc, đối tượng', 'Lý do', 'Người phê duyệt, văn bản', 'Hết hạn', 'Lộ trình khắc phục']
      : ['Rule, target', 'Reason', 'Approved by, reference', 'Expires', 'Remediation'],
    rows: rows.map((r) => [
      `${r.rule} — ${targetText(r.target, lang)}`,
      r.reason,
      [r.approver, r.approvedOn ? `${vi ? 'ngày' : 'on'} ${dateText(r.approvedOn, lang)}` : '', r.reference ?? ''].filter(Boolean).join('; '),
      `${dateText(r.expires, lang)}${r.expired ? (vi ? ' (đã hết hạn)' : ' (expired)') : ''}`,
      r.remediation ? richPlain(r.remediation[lang]) : vi ? 'Chưa có lộ trình trong mô hình hạ tầng' : 'No remediation recorded',
    ]),
    widths: [3, 5, 4, 2, 5],
  };
}

const TARGET_KINDS: Readonly<Record<string, Text>> = {
  systems: { vi: 'hệ thống', en: 'system' },
  devices: { vi: 'thiết bị', en: 'device' },
  zones: { vi: 'vùng mạng', en: 'zone' },
  sites: { vi: 'địa điểm', en: 'site' },
  flows: { vi: 'luồng kết nối', en: 'flow' },
  clusters: { vi: 'cụm máy chủ', en: 'cluster' },
  agencies: { vi: 'cơ quan', en: 'agency' },
  province: { vi: 'tỉnh', en: 'province' },
  waivers: { vi: 'chấp nhận rủi ro', en: 'waiver' },
};

/** A finding or waiver target (`devices/kt-waf`) in words: the kind of entity, then its name. */
export function targetText(target: string, lang: Lang): string {
  const slash = target.indexOf('/');
  const kind = TARGET_KINDS[slash < 0 ? target : target.slice(0, slash)];
  return kind ? `${kind[lang]} ${slash < 0 ? '' : target.slice(slash + 1)}`.trim() : target;
}

/** A status of the annex grid in words; a `due` row with its date. */
export function annexStatusText(row: Pick<AnnexGridRow, 'status' | 'dueDate'>, lang: Lang): string {
  const words: Record<AnnexStatus, Text> = {
    fail: { vi: 'Chưa đáp ứng', en: 'Not met' },
    due: { vi: 'Chưa đến hạn', en: 'Due later' },
    waived: { vi: 'Chấp nhận rủi ro tạm thời', en: 'Temporary risk acceptance' },
    manual: { vi: 'Cần kiểm tra, bổ sung bằng chứng', en: 'Manual check' },
    pass: { vi: 'Đáp ứng', en: 'Met' },
  };
  const due = row.status === 'due' && row.dueDate ? ` (${lang === 'vi' ? 'hạn' : 'by'} ${dateText(row.dueDate, lang)})` : '';
  return words[row.status][lang] + due;
}

/** The texts a rule-set applies: the decree and its circular, in the legal form of each language. */
export function legalTexts(ruleset: string): {
  readonly nd331: boolean;
  readonly dossier: Text;
  readonly report: Text;
  readonly ministry: Text;
} {
  const nd331 = ruleset === 'vn-nd331-2026';
  return nd331
    ? {
        nd331,
        dossier: { vi: 'Điều 21 và Điều 22 Nghị định số 331/2026/NĐ-CP', en: 'NĐ 331/2026 Art. 21–22' },
        report: { vi: 'Điều 35 và Điều 36 Nghị định số 331/2026/NĐ-CP', en: 'NĐ 331/2026 Art. 35–36' },
        ministry: { vi: 'Bộ Công an', en: 'the Ministry of Public Security' },
      }
    : {
        nd331,
        dossier: { vi: 'Điều 8 Thông tư số 12/2022/TT-BTTTT', en: 'TT 12/2022 Art. 8' },
        report: { vi: 'Điều 13 và Điều 14 Thông tư số 12/2022/TT-BTTTT', en: 'TT 12/2022 Art. 13–14' },
        ministry: { vi: 'Bộ Thông tin và Truyền thông', en: 'the Ministry of Information and Communications' },
      };
}
