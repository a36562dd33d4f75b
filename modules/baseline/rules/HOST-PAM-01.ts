import { text } from '../../model/index.js';
import { requireDevice } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const HOST_PAM_01: SystemRule = {
  id: 'HOST-PAM-01',
  title: text('Quản lý tài khoản đặc quyền bằng sản phẩm PAM', 'Privileged access management product'),
  domain: 'host',
  mode: 'auto*',
  levels: [4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'IV–V', item: 'II.1.b.xvii' }],
  confidence: 'verified',
  remediation: text(
    'Thêm PAM (thiết bị loại `pam`) và cho quản trị viên đi qua nó (`adminAuth.via: pam`).',
    'Add a PAM (Device `kind: pam`) and route administrators through it (`adminAuth.via: pam`).',
  ),
  scope: 'system',
  check: (ctx) => requireDevice(ctx, ['pam'], text('sản phẩm PAM', 'PAM product')),
};
