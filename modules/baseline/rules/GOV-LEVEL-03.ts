import { text, type ApproverRole, type Text } from '../../model/index.js';
import { describeEvidence, evidenceAt } from '../evidence-check.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

const ND85 = ['vn-nd85-tt12-2022'] as const;
const ND331 = ['vn-nd331-2026'] as const;

/** Who approves, in the words of the decree of each rule-set (the Prime Minister approves a list, not a dossier). */
function roleName(role: ApproverRole, ctx: SystemContext): Text {
  if (role === 'security-unit')
    return text('đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin', "the owner's specialised security unit");
  if (role === 'owner') return text('chủ quản hệ thống thông tin', 'the system owner');
  return ctx.ruleset.id === 'vn-nd331-2026'
    ? text(
        'Thủ tướng Chính phủ (qua Danh mục hệ thống thông tin quan trọng về an ninh quốc gia)',
        'the Prime Minister (through the list of information systems important to national security)',
      )
    : text('Thủ tướng Chính phủ (qua Danh mục hệ thống thông tin cấp độ 5)', 'the Prime Minister (through the list of level-5 systems)');
}

/** The authority the decree names for the system's level; under NĐ 331 a level-3 or 4 system on the national-security list follows level 5. */
function expected(ctx: SystemContext): { readonly role: ApproverRole; readonly why: Text } {
  const { level } = ctx;
  if (level === 5) {
    return {
      role: 'prime-minister',
      why: text(
        '; chủ quản hệ thống thông tin chỉ phê duyệt phương án bảo đảm an toàn thông tin của hệ thống cấp độ 5',
        '; the owner only approves the security plan of a level-5 system',
      ),
    };
  }
  if (ctx.ruleset.id === 'vn-nd331-2026' && ctx.system.nationalSecurityList === true) {
    return {
      role: 'prime-minister',
      why: text(
        ' vì hệ thống thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia, thực hiện như hệ thống cấp độ 5',
        ' because the system is on the list of systems important to national security and follows the level-5 procedure',
      ),
    };
  }
  return { role: level <= 2 ? 'security-unit' : 'owner', why: text('', '') };
}

function mismatch(ctx: SystemContext, got: ApproverRole, want: ReturnType<typeof expected>, said: Text): Outcome {
  const { level } = ctx;
  const g = roleName(got, ctx);
  const w = roleName(want.role, ctx);
  // A higher authority approving a level-1 or 2 system is not what the decree assigns, but it is not a weaker approval.
  const higher = got === 'owner' && want.role === 'security-unit';
  const listed =
    got === 'prime-minister'
      ? text(
          ' Nếu hệ thống thực sự thuộc danh mục do Thủ tướng Chính phủ phê duyệt thì cấp độ hoặc việc khai báo danh mục trong mô hình chưa đúng.',
          ' If the system really is on the list the Prime Minister approves, its level or the list flag in the model is wrong.',
        )
      : text('', '');
  return {
    status: 'fail',
    ...(higher ? { severity: 'warning' as const } : {}),
    message: text(
      `Quyết định phê duyệt cấp độ (${said.vi}) do ${g.vi} phê duyệt; cấp độ ${level} phải do ${w.vi} phê duyệt${want.why.vi}.${listed.vi}`,
      `The level approval (${said.en}) was given by ${g.en}; level ${level} is approved by ${w.en}${want.why.en}.${listed.en}`,
    ),
    path: ['spec', 'evidence', 'levelApproval', 'approverRole'],
    at: 'value',
  };
}

export const GOV_LEVEL_03: SystemRule = {
  id: 'GOV-LEVEL-03',
  title: text('Cấp độ được phê duyệt đúng thẩm quyền', 'The level is approved by the competent authority'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('đơn vị chuyên trách về an toàn thông tin của chủ quản phê duyệt', "approved by the owner's specialised security unit"),
    2: text('đơn vị chuyên trách về an toàn thông tin của chủ quản phê duyệt', "approved by the owner's specialised security unit"),
    3: text('chủ quản hệ thống thông tin phê duyệt', 'approved by the system owner'),
    4: text('chủ quản hệ thống thông tin phê duyệt', 'approved by the system owner'),
    5: text(
      'Thủ tướng Chính phủ phê duyệt danh mục; chủ quản phê duyệt phương án bảo đảm an toàn thông tin',
      'the Prime Minister approves the list; the owner approves the security plan',
    ),
  },
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '12', clause: '1', levels: [1, 2], rulesets: ND85 },
    { doc: 'nd85-2016', article: '12', clause: '2', point: 'b', levels: [3], rulesets: ND85 },
    { doc: 'nd85-2016', article: '12', clause: '3', point: 'd', levels: [4, 5], rulesets: ND85 },
    { doc: 'nd85-2016', article: '12', clause: '3', point: 'đ', levels: [5], rulesets: ND85 },
    { doc: 'nd85-2016', article: '14', clause: '3', rulesets: ND85 },
    { doc: 'nd331-2026', article: '18', clause: '1', levels: [1, 2], rulesets: ND331 },
    { doc: 'nd331-2026', article: '18', clause: '2', point: 'b', levels: [3], rulesets: ND331 },
    { doc: 'nd331-2026', article: '18', clause: '3', point: 'd', levels: [4, 5], rulesets: ND331 },
    { doc: 'nd331-2026', article: '18', clause: '3', point: 'đ', levels: [5], rulesets: ND331 },
    { doc: 'nd331-2026', article: '20', clause: '3', rulesets: ND331 },
    { doc: 'nd331-2026', article: '20', clause: '4', levels: [3, 4], rulesets: ND331 },
  ],
  confidence: 'verified',
  evidence: [
    text('quyết định phê duyệt cấp độ: số, ngày, cơ quan ban hành và người ký', 'the level approval decision: number, date, issuing body and signatory'),
    text(
      'với cấp độ 5: quyết định của Thủ tướng Chính phủ phê duyệt danh mục và quyết định của chủ quản phê duyệt phương án bảo đảm an toàn thông tin',
      "for level 5: the Prime Minister's decision approving the list and the owner's decision approving the security plan",
    ),
  ],
  remediation: text(
    'Trình phê duyệt hồ sơ đề xuất cấp độ đúng thẩm quyền theo cấp độ, rồi ghi ngày, số quyết định và cấp phê duyệt vào bằng chứng của hệ thống.',
    'Have the level dossier approved by the authority for its level, then record the date, the decision number and `evidence.levelApproval.approverRole`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { level } = ctx;
    const want = expected(ctx);
    const w = roleName(want.role, ctx);
    const { item, problem } = evidenceAt(ctx, 'levelApproval');
    if (problem) return [{ status: 'fail', message: problem, path: ['spec', 'evidence', 'levelApproval', 'date'] }];
    if (!item) {
      return [
        {
          status: 'fail',
          message: text(
            `Chưa có quyết định phê duyệt cấp độ; cấp độ ${level} phải do ${w.vi} phê duyệt${want.why.vi}.`,
            `No level approval on record; level ${level} is approved by ${w.en}${want.why.en}.`,
          ),
          path: ['spec', 'evidence'],
        },
      ];
    }
    const said = describeEvidence(item);
    if (item.approverRole === undefined) {
      return [
        {
          status: 'manual',
          message: text(
            `Quyết định phê duyệt cấp độ (${said.vi}) chưa ghi cấp phê duyệt: đối chiếu quyết định và người ký; cấp độ ${level} phải do ${w.vi} phê duyệt${want.why.vi}.`,
            `The level approval (${said.en}) does not say who approved it: check the decision and its signatory; level ${level} is approved by ${w.en}${want.why.en}.`,
          ),
          path: ['spec', 'evidence', 'levelApproval'],
        },
      ];
    }
    if (item.approverRole !== want.role) return [mismatch(ctx, item.approverRole, want, said)];
    return [
      {
        status: 'pass',
        message: text(`Cấp độ ${level} được ${w.vi} phê duyệt (${said.vi}).`, `Level ${level} approved by ${w.en} (${said.en}).`),
      },
    ];
  },
};
