import { text } from '../../model/index.js';
import { requireEvidence } from '../evidence-check.js';
import type { SystemRule } from '../rule.js';

/** Under NĐ 331 only: the owner assesses the cybersecurity risk when the level is first determined. */
export const GOV_RISK_01: SystemRule = {
  id: 'GOV-RISK-01',
  title: text('Đánh giá rủi ro an ninh mạng khi xác định cấp độ', 'Cybersecurity risk assessed when the level is determined'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    4: text('hồ sơ đề xuất cấp độ kèm báo cáo đánh giá rủi ro chi tiết', 'the level dossier includes a detailed risk assessment report'),
    5: text('hồ sơ đề xuất cấp độ kèm báo cáo đánh giá rủi ro chi tiết', 'the level dossier includes a detailed risk assessment report'),
  },
  severity: 'error',
  clauses: [
    { doc: 'nd331-2026', article: '10', clause: '2', point: 'a', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '22', clause: '4', point: 'c', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '22', clause: '5', levels: [4, 5], rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'báo cáo đánh giá rủi ro an ninh mạng: tài sản, loại thông tin, mối đe dọa, điểm yếu, khả năng xảy ra, mức độ tác động, kế hoạch giảm thiểu',
      'the cybersecurity risk assessment report: assets, information types, threats, weaknesses, likelihood, impact, mitigation plan',
    ),
  ],
  remediation: text(
    'Đánh giá rủi ro an ninh mạng của hệ thống, đưa kết quả vào hồ sơ đề xuất cấp độ, rồi ghi ngày, số báo cáo vào bằng chứng của hệ thống.',
    'Assess the cybersecurity risk of the system, put the result in the level dossier, then record `evidence.riskAssessment`.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireEvidence(
      ctx,
      'riskAssessment',
      text(
        'Chưa có bằng chứng đánh giá rủi ro an ninh mạng khi xác định cấp độ hệ thống thông tin; kết quả đánh giá là căn cứ đề xuất cấp độ và lựa chọn biện pháp bảo vệ.',
        'No cybersecurity risk assessment on record for the level determination; its result is the basis for the proposed level and the measures chosen.',
      ),
      text(
        'Đánh giá lại khi thay đổi chức năng, phạm vi, công nghệ, khi kết nối với hệ thống khác hoặc sau sự cố nghiêm trọng.',
        'Assess again after a change of function, scope or technology, a new connection to another system, or a serious incident.',
      ),
    ),
};
