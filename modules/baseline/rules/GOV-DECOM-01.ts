import { text } from '../../model/index.js';
import { requireEvidence } from '../evidence-check.js';
import type { SystemRule } from '../rule.js';

export const GOV_DECOM_01: SystemRule = {
  id: 'GOV-DECOM-01',
  title: text('Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống', 'Plan for ending operation, disposal and destruction'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'I.1.7' },
    { doc: 'tt12-2022', article: '9', clause: '3', point: 'g', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'g', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '30', clause: '3', point: 'g', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống, trong đó có việc xử lý dữ liệu và thiết bị',
      'the plan for ending operation, disposal and destruction of the system, including how data and equipment are handled',
    ),
  ],
  remediation: text(
    'Lập phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ trong phương án bảo đảm an toàn thông tin của hệ thống, rồi ghi ngày, số văn bản vào bằng chứng của hệ thống.',
    'Write the plan for ending operation, disposal and destruction into the security plan of the system, then record `evidence.decommissioningPlan`.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireEvidence(
      ctx,
      'decommissioningPlan',
      text(
        'Chưa có bằng chứng phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống.',
        'No plan for ending operation, disposal and destruction of the system on record.',
      ),
    ),
};
