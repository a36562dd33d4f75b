import { text, type Text } from '../../model/index.js';
import type { SystemContext, SystemRule } from '../rule.js';

/** Bộ Thông tin và Truyền thông ceased to exist on 01/03/2025; the information-security function went to Bộ Công an. */
const MIC_ENDS = '2025-03-01';

/** Who receives the owner's annual report under the rule-set in force at the evaluation date. */
function recipient(ctx: SystemContext): Text {
  if (ctx.ruleset.id === 'vn-nd85-tt12-2022' && ctx.asOf < MIC_ENDS)
    return text('Bộ Thông tin và Truyền thông', 'the Ministry of Information and Communications');
  return text('Bộ Công an', 'the Ministry of Public Security');
}

/** Manual: the model cannot show it; the finding lists what an auditor must see and who receives the report. */
export const GOV_REP_01: SystemRule = {
  id: 'GOV-REP-01',
  title: text('Báo cáo năm về bảo đảm ATTT', 'Annual security report'),
  domain: 'management',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', article: '13', clause: '4', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'tt12-2022', article: '14', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '35', clause: '4', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '36', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Từ ngày 01/3/2025 Bộ Thông tin và Truyền thông không còn; việc coi Bộ Công an là nơi nhận báo cáo theo bộ quy tắc Nghị định số 85/2016/NĐ-CP là cách đọc chưa đối chiếu văn bản giao nhiệm vụ.',
    'The Ministry of Information and Communications ceased to exist on 01/03/2025; naming the Ministry of Public Security as recipient under the Decree 85/2016 rule-set has not been checked against the text that moved the function.',
  ),
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('báo cáo năm gần nhất và văn bản gửi', 'the latest annual report and its transmittal')],
  scope: 'system',
  check: (ctx) => {
    const to = recipient(ctx);
    return [
      {
        status: 'manual',
        message: text(
          `Cần kiểm tra thủ công: báo cáo năm gần nhất của hệ thống ${ctx.system.name} do đơn vị vận hành gửi chủ quản trước ngày 20 tháng 12, và văn bản chủ quản gửi ${to.vi} trước ngày 25 tháng 12.`,
          `Needs a manual check: the latest annual report on ${ctx.system.name}, sent by the operator to the owner before 20 December, and the owner's transmittal to ${to.en} before 25 December.`,
        ),
      },
    ];
  },
};
