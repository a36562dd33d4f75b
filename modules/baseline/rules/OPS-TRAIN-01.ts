import { text } from '../../model/index.js';
import { requireEvidence } from '../evidence-check.js';
import { tcvn11930ByLevel, type SystemRule } from '../rule.js';

/** The owner's duty to train its security staff and raise the awareness of all staff; no text sets an interval. */
export const OPS_TRAIN_01: SystemRule = {
  id: 'OPS-TRAIN-01',
  title: text('Đào tạo, bồi dưỡng và nâng cao nhận thức về an toàn thông tin', 'Security training and awareness'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '20', clause: '2', point: 'd', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '31', clause: '3', rulesets: ['vn-nd331-2026'] },
    { doc: 'tt12-2022', article: '9', clause: '3', point: 'c', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '3', point: 'c', rulesets: ['vn-nd331-2026'] },
    { doc: 'tt12-2022', annex: 'I–V', item: 'I.1.3.2' },
    ...tcvn11930ByLevel('1.3.2', [1, 2, 3, 4, 5]),
  ],
  confidence: 'verified',
  confidenceNote: text(
    'Nghĩa vụ đào tạo ngắn hạn và tuyên truyền, nâng cao nhận thức đọc được trong nghị định; nội dung chi tiết của mục bảo đảm nguồn nhân lực ' +
      'trong quá trình làm việc nằm ở TCVN 11930:2017 (chưa đối chiếu được toàn văn). Không văn bản nào quy định chu kỳ.',
    'The duty of short training and awareness is read in the decree; the detail of the annex item on staff during employment is in ' +
      'TCVN 11930:2017 (full text not checked). No text sets an interval.',
  ),
  evidence: [
    text(
      'kế hoạch và hồ sơ đào tạo ngắn hạn cho người làm về an toàn thông tin, tuyên truyền, phổ biến cho cán bộ, công chức, viên chức',
      'the plan and records of short training for security staff and of awareness activities for all staff',
    ),
  ],
  remediation: text(
    'Tổ chức đào tạo ngắn hạn cho người làm về an toàn thông tin và tuyên truyền, nâng cao nhận thức cho cán bộ, công chức, viên chức; ghi ngày, số hồ sơ lần gần nhất vào bằng chứng của hệ thống.',
    'Train the security staff and run awareness activities for all staff; record the latest one as `evidence.training`.',
  ),
  scope: 'system',
  check: (ctx) =>
    requireEvidence(
      ctx,
      'training',
      text(
        'Chưa có bằng chứng đào tạo, bồi dưỡng hoặc tuyên truyền, nâng cao nhận thức về an toàn thông tin cho người liên quan đến hệ thống.',
        'No security training or awareness activity on record for the staff concerned.',
      ),
      text('Văn bản không quy định chu kỳ; nghị định yêu cầu thực hiện thường xuyên.', 'No text sets an interval; the decree asks for it regularly.'),
    ),
};
