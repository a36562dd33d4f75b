import { text } from '../../model/index.js';
import { requireEvidence } from '../evidence-check.js';
import type { SystemRule } from '../rule.js';

export const GOV_RISKPLAN_01: SystemRule = {
  id: 'GOV-RISKPLAN-01',
  title: text('Phương án quản lý rủi ro an toàn thông tin', 'Security risk management plan'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'I.1.6' },
    { doc: 'tt12-2022', article: '9', clause: '3', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'd', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '30', clause: '3', point: 'e', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'phương án quản lý rủi ro an toàn thông tin trong phương án bảo đảm an toàn thông tin đã được phê duyệt',
      'the risk management plan in the approved security plan',
    ),
  ],
  remediation: text(
    'Lập phương án quản lý rủi ro an toàn thông tin trong phương án bảo đảm an toàn thông tin của hệ thống, rồi ghi ngày, số văn bản vào bằng chứng của hệ thống.',
    'Write the risk management plan into the security plan of the system, then record `evidence.riskManagementPlan`.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireEvidence(
      ctx,
      'riskManagementPlan',
      text('Chưa có bằng chứng phương án quản lý rủi ro an toàn thông tin của hệ thống.', 'No security risk management plan of the system on record.'),
    ),
};
