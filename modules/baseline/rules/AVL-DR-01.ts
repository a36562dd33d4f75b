import { distanceKm, drSiteOf, primarySiteOf } from '../../dr/index.js';
import { DR_MODE_NAMES, msg, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const AVL_DR_01: SystemRule = {
  id: 'AVL-DR-01',
  title: text('Hệ thống dự phòng đặt ở vị trí địa lý khác, cách tối thiểu 30 km', 'Backup system at another geographic site at least 30 km away'),
  domain: 'operations',
  mode: 'auto',
  levels: [5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'V', item: 'II.1.b.xviii' }],
  confidence: 'verified',
  parameters: ['drMinDistanceKm'],
  remediation: text(
    'Khai báo trung tâm dự phòng của hệ thống (`dr.site`) là một trung tâm khác, có vị trí địa lý (`location`), cách trung tâm chính ít nhất 30 km.',
    'Give the system a `dr.site` at another site with a `location`, at least 30 km from the primary.',
  ),
  scope: 'system',
  check: (ctx) => {
    const min = ctx.param('drMinDistanceKm', ctx.level).value;
    const primary = primarySiteOf(ctx.model, ctx.system);
    const dr = drSiteOf(ctx.model, ctx.system);
    if (!primary || !dr || dr.name === primary.name) {
      return [
        {
          status: 'fail',
          part: 'dr',
          path: ['spec', 'dr'],
          message: text(
            `${ctx.system.name} không có trung tâm dự phòng ở nơi khác (chế độ ${DR_MODE_NAMES[ctx.system.dr?.mode ?? 'none'].vi}).`,
            `${ctx.system.name} has no DR site elsewhere (dr.mode ${ctx.system.dr?.mode ?? 'none'}).`,
          ),
        },
      ];
    }
    const missing = [primary, dr].find((s) => !s.location);
    if (missing || !primary.location || !dr.location) {
      return [
        {
          status: 'fail',
          part: `sites/${missing?.name ?? dr.name}`,
          source: (missing ?? dr).source,
          path: ['spec'],
          message: text(
            `Trung tâm ${missing?.name ?? dr.name} chưa khai báo vị trí địa lý: không tính được khoảng cách tới trung tâm dự phòng.`,
            `Site ${missing?.name ?? dr.name} has no location: the distance to the DR site cannot be computed.`,
          ),
        },
      ];
    }
    const km = distanceKm(primary.location, dr.location);
    if (km >= min) {
      return [
        {
          status: 'pass',
          message: msg('AVL-DR-01.pass', { primary: primary.name, dr: dr.name, km, min }),
        },
      ];
    }
    return [
      {
        status: 'fail',
        part: `sites/${dr.name}`,
        source: dr.source,
        path: ['spec', 'location'],
        message: msg('AVL-DR-01.fail', { dr: dr.name, primary: primary.name, km, min }),
      },
    ];
  },
};
