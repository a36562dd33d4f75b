import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const AVL_DR_03: SystemRule = {
  id: 'AVL-DR-03',
  title: text(
    'Phương án bảo đảm ATTT có nội dung dự phòng, ứng cứu sự cố, khôi phục sau thảm họa',
    'The security plan covers standby, incident response and disaster recovery',
  ),
  domain: 'operations',
  mode: 'manual',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'e', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Bổ sung vào phương án bảo đảm ATTT phần dự phòng, ứng cứu sự cố và khôi phục sau thảm họa; dùng các kịch bản vận hành do lệnh `hatang runbooks` sinh ra làm phụ lục.',
    'Add standby, incident response and disaster recovery to the security plan; the runbooks from `hatang runbooks` can serve as its annex.',
  ),
  evidence: [
    text(
      'phương án bảo đảm ATTT đã phê duyệt, có phần dự phòng và khôi phục sau thảm họa (RTO, RPO)',
      'the approved security plan with its standby and disaster-recovery part (RTO, RPO)',
    ),
    text('kế hoạch ứng phó sự cố', 'the incident-response plan'),
    text('kịch bản vận hành chuyển đổi dự phòng và khôi phục của hệ thống', "the system's failover and restore runbooks"),
  ],
  scope: 'system',
};
