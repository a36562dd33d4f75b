import { text, type AssessorType, type Text } from '../../model/index.js';
import { describeEvidence, evidenceAt } from '../evidence-check.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

const ASSESSOR: Readonly<Record<AssessorType, Text>> = {
  operator: text('chính đơn vị vận hành hệ thống', 'the operating unit itself'),
  'independent-unit': text('bộ phận, đơn vị độc lập với đơn vị trực tiếp vận hành hệ thống', 'a unit independent of the operating unit'),
  'licensed-organisation': text(
    'tổ chức chuyên môn được cấp phép, được chỉ định hoặc tổ chức sự nghiệp nhà nước có chức năng phù hợp',
    'a licensed or designated professional organisation, or a state public-service organisation with that function',
  ),
  'competent-authority': text('cơ quan nhà nước có thẩm quyền', 'a competent state body'),
};

const EXTERNAL: readonly AssessorType[] = ['licensed-organisation', 'competent-authority'];

/** Why the assessment must be made by an external organisation, or undefined when the text allows a self-assessment. */
function externalBecause(ctx: SystemContext): Text | undefined {
  const { level, system } = ctx;
  if (ctx.ruleset.id === 'vn-nd85-tt12-2022') {
    return level >= 3 ? text(`hệ thống cấp độ ${level}`, `a level-${level} system`) : undefined;
  }
  if (level === 5) return text('hệ thống cấp độ 5', 'a level-5 system');
  if (system.nationalSecurityList === true) {
    return text('hệ thống thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia', 'a system on the list of systems important to national security');
  }
  return undefined;
}

const REQUIRED_EXTERNAL = text(
  'phải do tổ chức chuyên môn được cấp phép, được chỉ định, tổ chức sự nghiệp nhà nước có chức năng phù hợp hoặc cơ quan có thẩm quyền thực hiện',
  'must be made by a licensed or designated professional organisation, a state public-service organisation with that function, or a competent authority',
);

const SELF_ALLOWED = text(
  'được tự đánh giá nếu do bộ phận, đơn vị độc lập với đơn vị trực tiếp vận hành thực hiện',
  'may be self-assessed by a unit independent of the operating unit',
);

/** The verdict on a recorded assessor under the rule-set's text. */
function judge(ctx: SystemContext, who: AssessorType, said: Text): Outcome {
  const because = externalBecause(ctx);
  const by = ASSESSOR[who];
  const path = ['spec', 'evidence', 'independentAssessment', 'assessorType'];
  if (EXTERNAL.includes(who)) {
    return { status: 'pass', message: text(`Kiểm tra, đánh giá (${said.vi}) do ${by.vi} thực hiện.`, `Assessment (${said.en}) made by ${by.en}.`) };
  }
  if (because) {
    return {
      status: 'fail',
      message: text(
        `Kiểm tra, đánh giá (${said.vi}) do ${by.vi} thực hiện; với ${because.vi}, việc kiểm tra, đánh giá ${REQUIRED_EXTERNAL.vi}.`,
        `The assessment (${said.en}) was made by ${by.en}; for ${because.en} it ${REQUIRED_EXTERNAL.en}.`,
      ),
      path,
      at: 'value',
    };
  }
  if (who === 'operator') {
    return {
      status: 'fail',
      message: text(
        `Kiểm tra, đánh giá (${said.vi}) do ${by.vi} thực hiện; hệ thống chỉ ${SELF_ALLOWED.vi}.`,
        `The assessment (${said.en}) was made by ${by.en}; the system ${SELF_ALLOWED.en} only.`,
      ),
      path,
      at: 'value',
    };
  }
  // A self-assessment by an independent unit: allowed unless an event the model cannot see requires an external one.
  return {
    status: 'manual',
    message: text(
      `Kiểm tra, đánh giá (${said.vi}) do ${by.vi} thực hiện, đáp ứng điều kiện tự đánh giá. Cần xác nhận từ lần đánh giá đó không có sự cố ` +
        'nghiêm trọng, thay đổi lớn về chức năng, phạm vi, kiến trúc, công nghệ, dấu hiệu tự đánh giá không trung thực hoặc yêu cầu của cơ quan có thẩm quyền: ' +
        `khi đó việc kiểm tra, đánh giá ${REQUIRED_EXTERNAL.vi}.`,
      `The assessment (${said.en}) was made by ${by.en}, which a self-assessment allows. Confirm that since then there was no serious incident, ` +
        'no major change of function, scope, architecture or technology, no sign that the self-assessment was untrue and no request of a competent ' +
        `authority: in those cases the assessment ${REQUIRED_EXTERNAL.en}.`,
    ),
    path,
  };
}

export const OPS_ASSESS_02: SystemRule = {
  id: 'OPS-ASSESS-02',
  title: text('Đơn vị thực hiện kiểm tra, đánh giá an toàn thông tin đúng quy định', 'The security assessment is made by an eligible assessor'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  perLevel: {
    1: text('theo Nghị định số 331/2026/NĐ-CP: đơn vị độc lập với đơn vị vận hành', 'under Decree 331/2026: a unit independent of the operator'),
    2: text('theo Nghị định số 331/2026/NĐ-CP: đơn vị độc lập với đơn vị vận hành', 'under Decree 331/2026: a unit independent of the operator'),
    3: text(
      'tổ chức được cấp phép hoặc chỉ định (Nghị định số 85/2016/NĐ-CP); đơn vị độc lập với đơn vị vận hành (Nghị định số 331/2026/NĐ-CP)',
      'a licensed or designated organisation (Decree 85/2016); a unit independent of the operator (Decree 331/2026)',
    ),
    4: text(
      'tổ chức được cấp phép hoặc chỉ định (Nghị định số 85/2016/NĐ-CP); đơn vị độc lập với đơn vị vận hành (Nghị định số 331/2026/NĐ-CP)',
      'a licensed or designated organisation (Decree 85/2016); a unit independent of the operator (Decree 331/2026)',
    ),
    5: text('tổ chức được cấp phép, được chỉ định hoặc cơ quan có thẩm quyền', 'a licensed or designated organisation, or a competent authority'),
  },
  appliesTo: {
    text: text(
      'hệ thống từ cấp độ 3 theo Nghị định số 85/2016/NĐ-CP, mọi hệ thống theo Nghị định số 331/2026/NĐ-CP',
      'systems of level 3 and above under Decree 85/2016, every system under Decree 331/2026',
    ),
    test: (ctx) => ctx.ruleset.id === 'vn-nd331-2026' || ctx.level >= 3,
  },
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '20', clause: '2', point: 'c', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '31', clause: '2', point: 'c', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  confidenceNote: text(
    'Các loại đơn vị đánh giá đọc được trong văn bản; việc coi một đợt kiểm tra, đánh giá do cơ quan nhà nước có thẩm quyền thực hiện ' +
      'là đánh giá bên ngoài là cách hiểu của bộ công cụ. Các trường hợp sự cố nghiêm trọng, thay đổi lớn hoặc yêu cầu của cơ quan có ' +
      'thẩm quyền không thể hiện trong mô hình nên tự đánh giá độc lập chỉ được ghi nhận là cần kiểm tra thủ công.',
    'The kinds of assessor are read in the texts; counting an assessment made by a competent state body as an external one is the ' +
      "toolkit's reading. Serious incidents, major changes and requests of a competent authority are not in the model, so an " +
      'independent self-assessment is only ever a manual check.',
  ),
  evidence: [
    text(
      'báo cáo kiểm tra, đánh giá gần nhất, tên đơn vị thực hiện và giấy phép hoặc quyết định chỉ định của đơn vị đó',
      "the latest assessment report, the assessor's name and its licence or designation",
    ),
    text(
      'với tự đánh giá: văn bản cho thấy đơn vị thực hiện độc lập với đơn vị vận hành, và hồ sơ sự cố, thay đổi lớn kể từ lần đánh giá',
      'for a self-assessment: the document showing the assessor is independent of the operator, and the record of incidents and major changes since',
    ),
  ],
  remediation: text(
    'Giao việc kiểm tra, đánh giá cho đơn vị đủ điều kiện theo cấp độ, rồi ghi đơn vị thực hiện vào bằng chứng kiểm tra, đánh giá của hệ thống.',
    'Have the assessment made by an assessor eligible for the level, then record `evidence.independentAssessment.assessorType`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const because = externalBecause(ctx);
    const need = because
      ? text(`với ${because.vi}, việc kiểm tra, đánh giá ${REQUIRED_EXTERNAL.vi}`, `for ${because.en} the assessment ${REQUIRED_EXTERNAL.en}`)
      : text(`hệ thống ${SELF_ALLOWED.vi}`, `the system ${SELF_ALLOWED.en}`);
    const { item, problem } = evidenceAt(ctx, 'independentAssessment');
    if (problem) return [{ status: 'manual', message: problem, path: ['spec', 'evidence', 'independentAssessment', 'date'] }];
    if (!item) {
      return [
        {
          status: 'manual',
          message: text(`Chưa có kiểm tra, đánh giá nào để xác định đơn vị thực hiện; ${need.vi}.`, `No assessment on record to tell who made it; ${need.en}.`),
          path: ['spec', 'evidence'],
        },
      ];
    }
    const said = describeEvidence(item);
    if (item.assessorType === undefined) {
      return [
        {
          status: 'manual',
          message: text(
            `Kiểm tra, đánh giá (${said.vi}) chưa ghi đơn vị thực hiện thuộc loại nào: đối chiếu báo cáo; ${need.vi}.`,
            `The assessment (${said.en}) does not say what kind of assessor made it: check the report; ${need.en}.`,
          ),
          path: ['spec', 'evidence', 'independentAssessment'],
        },
      ];
    }
    return [judge(ctx, item.assessorType, said)];
  },
};
