import { text } from '../../model/index.js';
import { minimumLevel } from '../level.js';
import type { SystemRule } from '../rule.js';

export const GOV_LEVEL_01: SystemRule = {
  id: 'GOV-LEVEL-01',
  title: text('Cấp độ khai báo không thấp hơn cấp độ theo tiêu chí', 'Declared level is not below the level its criteria set'),
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '6–11', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '11–16', rulesets: ['vn-nd331-2026'] },
    { doc: 'luat116-2025', article: '45', clause: '1', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Lập lại hồ sơ đề xuất cấp độ ở cấp độ theo tiêu chí, hoặc sửa tiêu chí (`criterion`), việc phục vụ người dân, doanh nghiệp (`citizenFacing`), bí mật nhà nước (`stateSecret`), số chủ thể dữ liệu cá nhân (`personalDataSubjects`) nếu khai báo sai.',
    'Propose the system again at the level its criteria set, or correct `criterion`, `citizenFacing`, `stateSecret` or `personalDataSubjects` if they are wrong.',
  ),
  scope: 'system',
  check: (ctx) => {
    const min = minimumLevel(ctx.system, ctx.ruleset.id);
    if (ctx.system.level >= min.level) return [];
    return [
      {
        status: 'fail',
        message: text(
          `Cấp độ khai báo ${ctx.system.level} thấp hơn cấp độ ${min.level} theo tiêu chí: ${min.because.vi}.`,
          `Declared level ${ctx.system.level} is below level ${min.level} set by its criteria: ${min.because.en}.`,
        ),
        path: ['spec', 'level'],
      },
    ];
  },
};
