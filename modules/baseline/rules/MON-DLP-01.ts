import { text } from '../../model/index.js';
import { manyDataSubjects, missingDataSubjects } from '../level.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

/** A state-secret system, or at level 3 an online service whose personal-data counts the model lacks: cannot decide. */
function undecidedSubjects(ctx: SystemContext): Outcome[] | undefined {
  const s = ctx.system;
  if (s.stateSecret || s.criterion === 'state-secret' || ctx.level !== 3 || manyDataSubjects(s, ctx.ruleset.id) !== undefined) return undefined;
  const missing = missingDataSubjects(ctx.ruleset.id);
  return [
    {
      status: 'manual',
      message: text(
        `Cần kiểm tra thủ công: chưa xác định được hệ thống có thuộc diện phải dùng sản phẩm phòng, chống thất thoát dữ liệu hay không; cần khai báo ${missing.vi}.`,
        `Needs a manual check: whether the system must use a data-loss prevention product cannot be decided; declare ${missing.en}.`,
      ),
      path: ['spec'],
    },
  ];
}

export const MON_DLP_01: SystemRule = {
  id: 'MON-DLP-01',
  title: text('Chống thất thoát dữ liệu (DLP)', 'Data-loss prevention product'),
  domain: 'data',
  mode: 'auto*',
  levels: [3, 4, 5],
  appliesTo: {
    text: text(
      'hệ thống xử lý bí mật nhà nước; ở cấp độ 3 cả dịch vụ trực tuyến xử lý dữ liệu cá nhân của từ 10.000 người dùng trở lên (NĐ 85 Điều 9.2(c)), hoặc của từ 100.000 chủ thể dữ liệu cá nhân cơ bản hay từ 10.000 chủ thể dữ liệu cá nhân nhạy cảm trở lên (NĐ 331 Điều 13.2(c)); ở cấp độ 4 CSDL dùng chung (NĐ 85 Điều 10.3), ở cấp độ 5 NĐ 85 Điều 11.2',
      'state-secret systems; at level 3 also online services processing personal data of 10,000 users or more (NĐ 85 Art. 9.2(c)), or of 100,000 data subjects of basic or 10,000 of sensitive personal data or more (NĐ 331 Art. 13.2(c)); at level 4 shared databases (NĐ 85 Art. 10.3), at level 5 NĐ 85 Art. 11.2',
    ),
    test: (ctx) => {
      const s = ctx.system;
      if (s.stateSecret || s.criterion === 'state-secret') return true;
      // An undecided count runs the check, which asks for it unless a DLP product is there anyway.
      if (ctx.level === 3) return manyDataSubjects(s, ctx.ruleset.id) !== false;
      if (ctx.level === 4) return s.criterion === 'national-24x7' && s.components.some((c) => c.role === 'database');
      return s.criterion === 'national-infrastructure';
    },
  },
  plan: {
    text: text('phương án phòng, chống thất thoát dữ liệu', 'a data-loss prevention plan'),
    evidence: [
      text(
        'phương án phòng, chống thất thoát dữ liệu đã phê duyệt (phân loại dữ liệu, kiểm soát sao chép, gửi ra ngoài)',
        'the approved data-loss prevention plan (data classification, control of copying and sending data out)',
      ),
    ],
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.xiv' },
    { doc: 'nd331-2026', article: '13', clause: '2', point: 'c', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text('Khai báo giải pháp DLP (thiết bị loại `dlp`).', 'Declare a DLP solution (Device `kind: dlp`).'),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'dlp')
      ? []
      : (undecidedSubjects(ctx) ?? [
          {
            status: 'fail',
            message: text('Mô hình hạ tầng chưa khai báo giải pháp chống thất thoát dữ liệu.', 'The inventory has no data-loss prevention (Device kind: dlp).'),
          },
        ]),
};
