import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const HOST_MFA_01: SystemRule = {
  id: 'HOST-MFA-01',
  title: text('Xác thực đa yếu tố cho tài khoản quản trị', 'Multi-factor authentication for administrators'),
  domain: 'host',
  mode: 'auto*',
  levels: [3, 4, 5],
  severity: 'warning',
  clauses: [{ text: 'Không có trong TT 12/2022; TCVN 14423:2026 theo bản tóm tắt của bên thứ ba: bắt buộc cho quản trị viên từ cấp độ 3 (chưa kiểm chứng)' }],
  confidence: 'unverified',
  remediation: text(
    'Bật xác thực đa yếu tố cho quản trị viên (adminAuth.mfa: true).',
    'Turn on multi-factor authentication for administrators (adminAuth.mfa: true).',
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
