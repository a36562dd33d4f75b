import { text } from '../../model/index.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

/** A component classified above the system's declared level: the whole system takes the highest level. */
function componentOutcomes(ctx: SystemContext): Outcome[] {
  const nd331 = ctx.ruleset.id === 'vn-nd331-2026';
  const out: Outcome[] = [];
  for (const [i, c] of ctx.system.components.entries()) {
    if (c.level === undefined || c.level <= ctx.system.level) continue;
    const head = {
      vi: `Thành phần ${c.name} ở cấp độ ${c.level}, cao hơn cấp độ khai báo ${ctx.system.level}`,
      en: `Component ${c.name} is at level ${c.level}, above the declared level ${ctx.system.level}`,
    };
    out.push({
      status: 'fail',
      part: `components/${c.name}`,
      message: nd331
        ? text(
            `${head.vi}: hệ thống đáp ứng tiêu chí của nhiều cấp độ thì áp dụng cấp độ cao nhất, nên toàn hệ thống lấy cấp độ ${ctx.level}; không được tách thành phần này thành hệ thống riêng để giảm cấp độ.`,
            `${head.en}: a system meeting criteria of several levels takes the highest, so the whole system takes level ${ctx.level}; the component may not be split off as a separate system to lower the level.`,
          )
        : text(`${head.vi}: toàn hệ thống lấy cấp độ ${ctx.level}.`, `${head.en}: the whole system takes level ${ctx.level}.`),
      path: ['spec', 'components', i, 'level'],
    });
  }
  return out;
}

/**
 * NĐ 331/2026: where systems are linked or share infrastructure, the scope (and so the level) must weigh how a risk
 * spreads to them; a platform below the level of a system that depends on it is a warning to review its level or scope.
 */
function dependantOutcomes(ctx: SystemContext): Outcome[] {
  if (ctx.ruleset.id !== 'vn-nd331-2026') return [];
  const out: Outcome[] = [];
  for (const d of ctx.model.systems) {
    const level = ctx.index.levelOf(d);
    if (d === ctx.system || !d.dependsOn.includes(ctx.system.name) || level <= ctx.level) continue;
    out.push({
      status: 'fail',
      part: `dependants/${d.name}`,
      severity: 'warning',
      message: text(
        `Hệ thống ${ctx.system.name} (cấp độ ${ctx.level}) là nền tảng mà hệ thống ${d.name} (cấp độ ${level}) phụ thuộc: khi xác định phạm vi, cấp độ phải xem xét khả năng lan truyền rủi ro và ảnh hưởng dây chuyền; cần nâng cấp độ của nền tảng lên cấp độ ${level} hoặc thuyết minh trong hồ sơ đề xuất cấp độ vì sao không nâng.`,
        `${ctx.system.name} (level ${ctx.level}) is a platform that ${d.name} (level ${level}) depends on: its scope and level must weigh how a risk spreads along the chain; raise the platform to level ${level} or explain in the level dossier why not.`,
      ),
      path: ['spec', 'level'],
    });
  }
  return out;
}

export const GOV_LEVEL_02: SystemRule = {
  id: 'GOV-LEVEL-02',
  title: text('Hệ thống gồm thành phần có cấp độ khác nhau lấy cấp độ cao nhất', 'A system of components at different levels takes the highest'),
  domain: 'management',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '5', clause: '2', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '8', clause: '2', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '8', clause: '3', rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '7', clause: '2', point: 'b', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  remediation: text(
    'Nâng cấp độ của hệ thống (`level`) lên cấp độ cao nhất của thành phần; các quy tắc khác đã áp dụng cấp độ đó. Với nền tảng dùng chung (hệ thống khác khai báo phụ thuộc vào nó trong `dependsOn`), xem xét nâng cấp độ lên cấp độ cao nhất của các hệ thống phụ thuộc, hoặc thuyết minh lý do trong hồ sơ đề xuất cấp độ.',
    "Raise the system's level to its highest component level; the other rules already apply that level. For a shared platform (other systems list it in `dependsOn`), consider raising it to the highest level of the systems that depend on it, or give the reason in the level dossier.",
  ),
  scope: 'system',
  check: (ctx) => [...componentOutcomes(ctx), ...dependantOutcomes(ctx)],
};
