import { drCoverage, drMode, primarySiteOf } from '../../dr/index.js';
import { DR_MODE_NAMES, text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const DR_COVER_01: SystemRule = {
  id: 'DR-COVER-01',
  title: text('Trung tâm dự phòng có đủ vùng mạng và cụm cho hệ thống', "The DR site has the system's zones and a cluster"),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác', 'systems with a dr.mode other than none'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'e', rulesets: ['vn-nd331-2026'] },
    { doc: 'hatang-dr' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Nghị định yêu cầu phương án khôi phục sau thảm họa; việc phương án phải thực hiện được tại trung tâm dự phòng (vùng cùng loại, cụm Kubernetes) là cách hiểu của hatang.',
    "The decrees require a disaster-recovery plan; that it must be executable at the DR site (zones of the same kinds, a Kubernetes cluster) is the toolkit's reading.",
  ),
  remediation: text(
    'Tạo tại trung tâm dự phòng một vùng cùng loại cho mỗi vùng hệ thống dùng ở trung tâm chính, và một cụm Kubernetes nếu hệ thống chạy trên cụm; hoặc khai báo hệ thống không dự phòng (`dr.mode: none`).',
    'At the DR site, create a zone of the same kind for every zone the system uses at the primary, and a Kubernetes cluster if it runs on one; or set `dr.mode: none`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const cov = drCoverage(ctx.model, ctx.system);
    const primary = primarySiteOf(ctx.model, ctx.system);
    if (!cov.dr) {
      return [
        {
          status: 'fail',
          part: 'dr/site',
          path: ['spec', 'dr'],
          message: text(
            `Hệ thống chọn chế độ ${DR_MODE_NAMES[drMode(ctx.system)].vi} nhưng không có trung tâm dự phòng: khai báo trung tâm dự phòng của hệ thống, hoặc một trung tâm có vai trò dự phòng cho trung tâm ${primary?.name ?? '…'}.`,
            `dr.mode is ${drMode(ctx.system)} but there is no DR site: declare dr.site or a site with role: dr, drFor: ${primary?.name ?? '…'}.`,
          ),
        },
      ];
    }
    if (primary && cov.dr.name === primary.name) {
      return [
        {
          status: 'fail',
          part: 'dr/site',
          path: ['spec', 'dr', 'site'],
          message: text(
            `Trung tâm dự phòng ${cov.dr.name} chính là trung tâm chính của hệ thống.`,
            `The DR site ${cov.dr.name} is the system's own primary site.`,
          ),
        },
      ];
    }
    const out: Outcome[] = [];
    for (const kind of cov.missingZoneKinds) {
      const pairs = cov.zones.filter((p) => p.primary.zoneKind === kind);
      const comps = ctx.system.components.filter((c) => pairs.some((p) => p.primary.name === c.zone)).map((c) => c.name);
      out.push({
        status: 'fail',
        part: `zones/${kind}`,
        path: ['spec', 'components'],
        message: text(
          `Trung tâm dự phòng ${cov.dr.name} không có vùng loại ${kind}, cần cho ${comps.join(', ')} (ở ${pairs.map((p) => p.primary.name).join(', ')}).`,
          `DR site ${cov.dr.name} has no zone of kind ${kind}, needed by ${comps.join(', ')} (in ${pairs.map((p) => p.primary.name).join(', ')}).`,
        ),
      });
    }
    if (cov.needsCluster && !cov.drCluster) {
      out.push({
        status: 'fail',
        part: 'cluster',
        path: ['spec', 'cluster'],
        message: text(
          `Hệ thống chạy trên cụm ${ctx.system.cluster?.name} nhưng trung tâm dự phòng ${cov.dr.name} không có cụm Kubernetes nào.`,
          `The system runs on cluster ${ctx.system.cluster?.name} but DR site ${cov.dr.name} has no Kubernetes cluster.`,
        ),
      });
    }
    if (out.length === 0) {
      return [
        {
          status: 'pass',
          message: text(
            `${cov.dr.name} có ${cov.zones.map((p) => p.dr?.name).join(', ')}${cov.drCluster && cov.needsCluster ? ` và cụm ${cov.drCluster.name}` : ''}.`,
            `${cov.dr.name} has ${cov.zones.map((p) => p.dr?.name).join(', ')}${cov.drCluster && cov.needsCluster ? ` and cluster ${cov.drCluster.name}` : ''}.`,
          ),
        },
      ];
    }
    return out;
  },
};
