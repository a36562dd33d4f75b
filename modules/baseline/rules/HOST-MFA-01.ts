import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const HOST_MFA_01: SystemRule = {
  id: 'HOST-MFA-01',
  title: text('Xác thực đa yếu tố cho tài khoản quản trị', 'Multi-factor authentication for administrators'),
  domain: 'host',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'tcvn14423-2026' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Thông tư số 12/2022/TT-BTTTT không có yêu cầu này; một bản tóm tắt TCVN 14423:2026 của bên thứ ba nêu bắt buộc xác thực đa yếu tố cho quản trị viên từ cấp độ 3, chưa đối chiếu được với tiêu chuẩn.',
    'Circular 12/2022 has no such requirement; a third-party summary of TCVN 14423:2026 makes multi-factor authentication mandatory for administrators from level 3, not checked against the standard.',
  ),
  remediation: text(
    'Bật xác thực đa yếu tố cho quản trị viên (`adminAuth.mfa: true`).',
    'Turn on multi-factor authentication for administrators (`adminAuth.mfa: true`).',
  ),
  scope: 'system',
  check: (ctx) =>
    ctx.system.adminAuth?.mfa
      ? []
      : [
          {
            status: 'fail',
            message: text(
              `Quản trị viên của ${ctx.system.name} không dùng xác thực đa yếu tố.`,
              `Administrators of ${ctx.system.name} do not use multi-factor authentication.`,
            ),
            path: ctx.system.adminAuth ? ['spec', 'adminAuth'] : ['spec'],
          },
        ],
};
