import { text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const GOV_LEVEL_02: SystemRule = {
  id: 'GOV-LEVEL-02',
  title: text('Hệ thống gồm thành phần có cấp độ khác nhau lấy cấp độ cao nhất', 'A system of components at different levels takes the highest'),
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { text: 'NĐ 85/2016/NĐ-CP Điều 5.2', rulesets: ['vn-nd85-tt12-2022'] },
    { text: 'NĐ 85/2016/NĐ-CP Điều 5.2 (điều tương ứng trong NĐ 331/2026 chưa xác định)', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Nâng cấp độ của hệ thống (level) lên cấp độ cao nhất của thành phần; các quy tắc khác đã áp dụng cấp độ đó.',
    "Raise the system's level to its highest component level; the other rules already apply that level.",
  ),
  scope: 'system',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const [i, c] of ctx.system.components.entries()) {
      if (c.level === undefined || c.level <= ctx.system.level) continue;
      out.push({
        status: 'fail',
        part: `components/${c.name}`,
        message: text(
          `Thành phần ${c.name} ở cấp độ ${c.level}, cao hơn cấp độ khai báo ${ctx.system.level}: toàn hệ thống lấy cấp độ ${ctx.level}.`,
          `Component ${c.name} is at level ${c.level}, above the declared level ${ctx.system.level}: the whole system takes level ${ctx.level}.`,
        ),
        path: ['spec', 'components', i, 'level'],
      });
    }
    return out;
  },
};
