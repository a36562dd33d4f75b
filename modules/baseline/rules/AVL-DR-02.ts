import { drSiteOf, linkCapacity, primarySiteOf } from '../../dr/index.js';
import { msg, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const AVL_DR_02: SystemRule = {
  id: 'AVL-DR-02',
  title: text('Dự phòng đường kết nối giữa hệ thống chính và hệ thống dự phòng', 'Redundant links between the primary and the backup system'),
  domain: 'network',
  mode: 'auto',
  levels: [5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'V', item: 'II.1.b.xix' }],
  confidence: 'verified',
  remediation: text(
    'Khai báo đường nhân bản (`replicationLinks`) giữa hai trung tâm với số đường `count` ≥ 2 và số tuyến `paths` ≥ 2 (hai tuyến cáp khác đường).',
    'Declare `replicationLinks` between the two sites with `count` ≥ 2 and `paths` ≥ 2 (physically different routes).',
  ),
  scope: 'system',
  check: (ctx) => {
    const primary = primarySiteOf(ctx.model, ctx.system);
    const dr = drSiteOf(ctx.model, ctx.system);
    if (!primary || !dr || dr.name === primary.name) {
      return [
        {
          status: 'fail',
          part: 'dr',
          path: ['spec', 'dr'],
          message: text(
            `${ctx.system.name} không có trung tâm dự phòng, nên không có đường kết nối dự phòng.`,
            `${ctx.system.name} has no DR site, so no links to it.`,
          ),
        },
      ];
    }
    // "Redundant" is read as at least two links on two routes; the text gives no count.
    const cap = linkCapacity(ctx.model, primary.name, dr.name);
    if (cap.links >= 2 && cap.paths >= 2) {
      return [
        {
          status: 'pass',
          message: msg('AVL-DR-02.pass', { links: cap.links, paths: cap.paths, mbps: cap.bandwidthMbps, primary: primary.name, dr: dr.name }),
        },
      ];
    }
    return [
      {
        status: 'fail',
        part: `sites/${dr.name}`,
        source: dr.source,
        path: ['spec', 'replicationLinks'],
        message: msg('AVL-DR-02.fail', { links: cap.links, paths: cap.paths, primary: primary.name, dr: dr.name }),
      },
    ];
  },
};
