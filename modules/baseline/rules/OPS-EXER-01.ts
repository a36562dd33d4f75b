import { text } from '../../model/index.js';
import { requireEvidence } from '../evidence-check.js';
import type { SystemRule } from '../rule.js';

/** The owner's duty to run security exercises and take part in national ones; no text sets an interval. */
export const OPS_EXER_01: SystemRule = {
  id: 'OPS-EXER-01',
  title: text('Diễn tập bảo đảm an toàn thông tin', 'Security exercises'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '20', clause: '2', point: 'd', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '31', clause: '3', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'kế hoạch, kịch bản và báo cáo kết quả diễn tập bảo đảm an toàn thông tin gần nhất; văn bản tham gia diễn tập quốc gia (nếu có)',
      'the plan, scenario and report of the latest security exercise; the record of taking part in a national exercise (if any)',
    ),
  ],
  remediation: text(
    'Tổ chức diễn tập bảo đảm an toàn thông tin trong cơ quan, tham gia diễn tập quốc gia khi được mời; ghi ngày, số báo cáo lần gần nhất vào bằng chứng của hệ thống.',
    'Run a security exercise in the organisation and take part in national exercises; record the latest one as `evidence.exercise`.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireEvidence(
      ctx,
      'exercise',
      text(
        'Chưa có bằng chứng diễn tập bảo đảm an toàn thông tin của cơ quan chủ quản hoặc tham gia diễn tập quốc gia.',
        'No security exercise of the owner, or national exercise it took part in, on record.',
      ),
      text('Văn bản không quy định chu kỳ diễn tập.', 'No text sets how often exercises are held.'),
    ),
};
