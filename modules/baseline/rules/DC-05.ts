import { drMode } from '../../dr/index.js';
import { durationValue, msg, text, type Text } from '../../model/index.js';
import type { ParameterName } from '../parameters.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

// The declared RTO and RPO against hatang's defaults, taken from the banking Circular 09/2020/TT-NHNN (Art. 50.1(c):
// the DR system takes over within 4 hours at level 3 and above, 24 hours for systems handling state secrets; Art.
// 22.2: new data backed up within 24 hours). DR-RTO-01 and DR-RPO-01 check that the declared targets can be met;
// this rule checks the targets themselves.

interface Objective {
  readonly part: 'rto' | 'rpo';
  readonly what: Text;
  readonly minutes: number | undefined;
  readonly param: ParameterName;
  /** The state-secret figure of the banking circular applies. */
  readonly secret: boolean;
}

function objectivesOf(ctx: SystemContext): Objective[] {
  const s = ctx.system;
  const secret = s.stateSecret || s.criterion === 'state-secret';
  return [
    {
      part: 'rto',
      what: text('Thời gian khôi phục mục tiêu (RTO)', 'The recovery time objective (RTO)'),
      minutes: s.rtoMinutes,
      param: secret ? 'drRtoStateSecretMaxHours' : 'drRtoMaxHours',
      secret,
    },
    {
      part: 'rpo',
      what: text('Điểm khôi phục mục tiêu (RPO)', 'The recovery point objective (RPO)'),
      minutes: s.rpoMinutes,
      param: 'drRpoMaxHours',
      secret: false,
    },
  ];
}

function outcomeOf(ctx: SystemContext, o: Objective): Outcome {
  const hours = ctx.param(o.param, ctx.level).value;
  const max = msg('DC-05.max', { hours, secret: o.secret ? 'yes' : 'no' });
  if (o.minutes === undefined) {
    return { status: 'manual', part: o.part, path: ['spec'], message: msg('DC-05.manual', { what: o.what, max, field: o.part }) };
  }
  const args = { what: o.what, value: durationValue(o.minutes), max };
  const within = o.minutes <= hours * 60;
  return { status: within ? 'pass' : 'fail', part: o.part, path: ['spec', o.part], message: msg(within ? 'DC-05.pass' : 'DC-05.fail', args) };
}

export const DC_05: SystemRule = {
  id: 'DC-05',
  title: text(
    'Thời gian khôi phục và điểm khôi phục mục tiêu không vượt mức mặc định (cấp độ 3 trở lên)',
    'The recovery time and recovery point objectives stay within the defaults (level 3 and above)',
  ),
  domain: 'operations',
  mode: 'auto',
  levels: [3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác', 'systems with a dr.mode other than none'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'warning',
  clauses: [
    { doc: 'tt09-2020-nhnn', article: '50', clause: '1', point: 'c' },
    { doc: 'tt09-2020-nhnn', article: '22', clause: '2' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Không văn bản nào quy định thời gian khôi phục hay điểm khôi phục cho hệ thống của cơ quan nhà nước: 4 giờ (24 giờ với hệ thống xử lý bí mật nhà nước) và 24 giờ là mặc định của hatang lấy theo Thông tư số 09/2020/TT-NHNN của ngành ngân hàng, có thể điều chỉnh bằng tham số.',
    'No text sets a recovery time or recovery point for state agencies: 4 hours (24 hours for systems handling state secrets) and 24 hours are hatang’s defaults taken from the banking Circular 09/2020/TT-NHNN, adjustable by parameter.',
  ),
  parameters: ['drRtoMaxHours', 'drRtoStateSecretMaxHours', 'drRpoMaxHours'],
  remediation: text(
    'Khai báo thời gian khôi phục (`rto`) và điểm khôi phục mục tiêu (`rpo`) của hệ thống theo phương án khôi phục sau thảm họa; nếu vượt mức mặc định, rút ngắn bằng chế độ dự phòng nóng hơn hoặc nhân bản dữ liệu liên tục, hoặc điều chỉnh tham số (`drRtoMaxHours`, `drRtoStateSecretMaxHours` với hệ thống xử lý bí mật nhà nước, `drRpoMaxHours`) khi đánh giá rủi ro cho phép.',
    'Declare the system’s `rto` and `rpo` from its disaster-recovery plan; where they exceed the defaults, shorten them with a hotter DR mode or continuous replication, or set `drRtoMaxHours` (`drRtoStateSecretMaxHours` for systems handling state secrets) and `drRpoMaxHours` where a risk assessment allows more.',
  ),
  evidence: [
    text(
      'Phương án khôi phục sau thảm họa của hệ thống, nêu thời gian khôi phục và điểm khôi phục mục tiêu',
      'The system’s disaster-recovery plan, stating its recovery time and recovery point objectives',
    ),
  ],
  scope: 'system',
  check: (ctx) => objectivesOf(ctx).map((o) => outcomeOf(ctx, o)),
};
