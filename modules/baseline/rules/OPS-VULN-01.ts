import { text, viDate } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

// Scanning and penetration testing are part of the periodic assessment (TT 12/2022 Art. 11.1(c), 12.3; NĐ 331/2026
// Art. 27.3); no text sets an interval of their own, so the rule asks for them inside the last assessment report.
export const OPS_VULN_01: SystemRule = {
  id: 'OPS-VULN-01',
  title: text('Dò quét lỗ hổng, kiểm thử xâm nhập, kế hoạch khắc phục', 'Vulnerability scanning, penetration testing, remediation plan'),
  domain: 'operations',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [
    { doc: 'tt12-2022', article: '11', clause: '1', point: 'c', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'tt12-2022', article: '12', clause: '3', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '27', clause: '3', rulesets: ['vn-nd331-2026'] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'I.1.5.7', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.1.5.7', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.1.5.7', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.1.5.7', levels: [5] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'báo cáo kiểm tra, đánh giá gần nhất có nội dung dò quét mã độc, lỗ hổng, điểm yếu và thử nghiệm xâm nhập (hình thức hộp đen, hộp xám hoặc hộp trắng)',
      'the latest assessment report covering malware, vulnerability and weakness scanning and penetration testing (black, grey or white box)',
    ),
    text('phương án, kế hoạch xử lý các lỗ hổng, điểm yếu đã phát hiện', 'the plan for handling the vulnerabilities and weaknesses found'),
    text('quy trình quản lý điểm yếu (từ cấp độ 3)', 'vulnerability-management process (from level 3)'),
  ],
  remediation: text(
    'Đưa dò quét lỗ hổng, điểm yếu và kiểm thử xâm nhập vào nội dung của đợt kiểm tra, đánh giá định kỳ; lưu báo cáo và kế hoạch khắc phục vào hồ sơ; có thể ghi riêng ngày kiểm thử gần nhất vào bằng chứng kiểm thử xâm nhập (`evidence.penetrationTest`).',
    'Include vulnerability scanning and penetration testing in the periodic assessment; keep the report and the remediation plan on file; the date of the latest test may be recorded in `evidence.penetrationTest`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { independentAssessment: a, penetrationTest: t } = ctx.system.evidence;
    const ref = (e: { date: string; reference?: string }) => ({
      vi: `ngày ${viDate(e.date)}${e.reference ? ` (${e.reference})` : ''}`,
      en: `of ${e.date}${e.reference ? ` (${e.reference})` : ''}`,
    });
    const scope = {
      vi: 'có nội dung dò quét mã độc, lỗ hổng, điểm yếu, thử nghiệm xâm nhập và kế hoạch xử lý',
      en: 'malware, vulnerability and weakness scanning, penetration testing and a remediation plan',
    };
    const test = t ? { vi: `; đã ghi nhận kiểm thử xâm nhập ${ref(t).vi}`, en: `; a penetration test ${ref(t).en} is on record` } : { vi: '', en: '' };
    const message = a
      ? text(
          `Cần kiểm tra thủ công: xác nhận báo cáo kiểm tra, đánh giá ${ref(a).vi} ${scope.vi}${test.vi}.`,
          `Needs a manual check: confirm that the assessment report ${ref(a).en} covers ${scope.en}${test.en}.`,
        )
      : text(
          `Cần kiểm tra thủ công: chưa ghi nhận báo cáo kiểm tra, đánh giá; báo cáo của đợt kiểm tra, đánh giá định kỳ phải ${scope.vi}${test.vi}.`,
          `Needs a manual check: no assessment report is on record; the report of the periodic assessment must cover ${scope.en}${test.en}.`,
        );
    return [{ status: 'manual', message, path: ['spec', 'evidence'] }];
  },
};
