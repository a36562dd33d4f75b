import { distanceKm, drMode, drSiteOf, primarySiteOf } from '../../dr/index.js';
import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

// Below level 5 no clause sets a distance; the check keeps the level-5 figure as a default, reported as a warning.
export const DR_SITE_01: SystemRule = {
  id: 'DR-SITE-01',
  title: text('Site dự phòng cách xa site chính (dưới cấp độ 5)', 'DR site far enough from the primary (below level 5)'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4],
  appliesTo: { text: text('hệ thống có dr.mode khác none', 'systems with a dr.mode other than none'), test: (ctx) => drMode(ctx.system) !== 'none' },
  severity: 'warning',
  clauses: [
    {
      text: 'thực tiễn (practice): không có điều khoản dưới cấp độ 5; mặc định theo TT 12/2022 Phụ lục V mục II.1.b.xviii và nguyên tắc khác vùng rủi ro của TT 09/2020/TT-NHNN (tương tự ngành ngân hàng)',
    },
  ],
  confidence: 'unverified',
  parameters: ['drMinDistanceKm'],
  remediation: text(
    'Chọn site dự phòng ngoài vùng rủi ro chung với site chính (lũ, bão, lưới điện), hoặc chỉnh drMinDistanceKm nếu đánh giá rủi ro cho phép.',
    "Pick a DR site outside the primary's hazard area (flood, storm, power grid), or set drMinDistanceKm if a risk assessment allows less.",
  ),
  scope: 'system',
  check: (ctx) => {
    const min = ctx.param('drMinDistanceKm', ctx.level).value;
    const primary = primarySiteOf(ctx.model, ctx.system);
    const dr = drSiteOf(ctx.model, ctx.system);
    if (!primary || !dr || !primary.location || !dr.location) return []; // DR-COVER-01 reports a missing site
    const km = distanceKm(primary.location, dr.location);
    if (km >= min) return [{ status: 'pass', message: text(`${primary.name} → ${dr.name}: ${km} km.`, `${primary.name} → ${dr.name}: ${km} km.`) }];
    return [
      {
        status: 'fail',
        part: `sites/${dr.name}`,
        source: dr.source,
        path: ['spec', 'location'],
        message: text(
          `Site dự phòng ${dr.name} chỉ cách site chính ${primary.name} ${km} km; mặc định ${min} km (số chưa kiểm chứng dưới cấp độ 5).`,
          `DR site ${dr.name} is only ${km} km from the primary ${primary.name}; the default is ${min} km (unverified below level 5).`,
        ),
      },
    ];
  },
};
