import { distanceKm, drMode, drSiteOf, primarySiteOf } from '../../dr/index.js';
import { msg, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

// Below level 5 no clause sets a distance; the check keeps the level-5 figure as a default, reported as a warning.
export const DR_SITE_01: SystemRule = {
  id: 'DR-SITE-01',
  title: text('Trung tâm dự phòng cách xa trung tâm chính (dưới cấp độ 5)', 'DR site far enough from the primary (below level 5)'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác', 'systems with a dr.mode other than none'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'warning',
  clauses: [{ doc: 'tt12-2022', annex: 'V', item: 'II.1.b.xviii' }, { doc: 'tt09-2020-nhnn' }],
  confidence: 'practice',
  confidenceNote: text(
    'Dưới cấp độ 5 không có điều khoản về khoảng cách: mặc định lấy 30 km của Phụ lục V Thông tư số 12/2022/TT-BTTTT và nguyên tắc đặt ngoài vùng chịu cùng rủi ro của Thông tư số 09/2020/TT-NHNN.',
    'Below level 5 no clause sets a distance: the default takes the 30 km of Circular 12/2022 Annex V and the separate-hazard-area principle of the banking Circular 09/2020/TT-NHNN.',
  ),
  parameters: ['drMinDistanceKm'],
  remediation: text(
    'Chọn trung tâm dự phòng ngoài vùng rủi ro chung với trung tâm chính (lũ, bão, lưới điện), hoặc chỉnh khoảng cách tối thiểu (`drMinDistanceKm`) nếu đánh giá rủi ro cho phép.',
    "Pick a DR site outside the primary's hazard area (flood, storm, power grid), or set `drMinDistanceKm` if a risk assessment allows less.",
  ),
  scope: 'system',
  check: (ctx) => {
    const param = ctx.param('drMinDistanceKm', ctx.level);
    const min = param.value;
    const primary = primarySiteOf(ctx.model, ctx.system);
    const dr = drSiteOf(ctx.model, ctx.system);
    if (!primary || !dr || !primary.location || !dr.location) return []; // DR-COVER-01 reports a missing site
    const km = distanceKm(primary.location, dr.location);
    if (km >= min) return [{ status: 'pass', message: msg('DR-SITE-01.pass', { primary: primary.name, dr: dr.name, km }) }];
    return [
      {
        status: 'fail',
        part: `sites/${dr.name}`,
        source: dr.source,
        path: ['spec', 'location'],
        message: msg(param.verified ? 'DR-SITE-01.fail' : 'DR-SITE-01.fail-practice', { dr: dr.name, primary: primary.name, km, min, level: ctx.level }),
      },
    ];
  },
};
