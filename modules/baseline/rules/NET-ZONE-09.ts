import { text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const NET_ZONE_09: SystemRule = {
  id: 'NET-ZONE-09',
  title: text(
    'Hệ thống thuê hạ tầng TTDL/đám mây: tách lô-gic (cấp độ 3) hoặc tách vật lý (cấp độ cao hơn) với hệ thống khác',
    'Systems hosted in a shared DC or cloud: logical (level 3) or physical (higher levels) separation from other systems',
  ),
  domain: 'network',
  mode: 'auto',
  levels: [3, 4, 5],
  perLevel: {
    3: text('tách lô-gic: vùng, lưu trữ, không gian tên riêng', 'logical separation: own zones/namespace and storage partition'),
    4: text('TT 12: tách vật lý; NĐ 331: tách lô-gic', 'TT 12: physical separation; NĐ 331: logical separation'),
    5: text('tách vật lý: vùng, cụm, lưu trữ, thiết bị mạng chính riêng', 'physical separation: own zones, cluster, storage, main network devices'),
  },
  appliesTo: {
    text: text('hệ thống thuê hạ tầng (hosting: shared-dc hoặc cloud)', 'systems hosted as tenants (hosting: shared-dc or cloud)'),
    test: (ctx) => ctx.system.hosting === 'shared-dc' || ctx.system.hosting === 'cloud',
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', article: '9', clause: '9', levels: [3], rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'tt12-2022', article: '9', clause: '10', levels: [4, 5], rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '30', clause: '8', levels: [3, 4], rulesets: ['vn-nd331-2026'] },
    { doc: 'nd331-2026', article: '30', clause: '9', levels: [5], rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Coi không gian tên riêng trong cụm và vùng mạng riêng là tách lô-gic, vùng mạng và cụm dùng riêng là tách vật lý là cách hiểu của hatang; văn bản không nói đến Kubernetes.',
    "Taking namespaces and own zones as logical separation, and zones and clusters no other system uses as physical separation, is the toolkit's reading; the texts do not mention Kubernetes.",
  ),
  remediation: text(
    'Cấp độ 3: đặt hệ thống trong không gian tên (`namespace`) riêng. Khi cần tách vật lý: dùng vùng mạng và cụm Kubernetes riêng, không dùng chung với hệ thống khác.',
    'Level 3: give the system its own `namespace`. Where physical separation is required: give it zones and a Kubernetes cluster no other system uses.',
  ),
  scope: 'system',
  check: (ctx) => {
    const { system, level, model } = ctx;
    const physical = ctx.ruleset.id === 'vn-nd85-tt12-2022' ? level >= 4 : level >= 5;
    const others = model.systems.filter((s) => s.name !== system.name);
    const out: Outcome[] = [];
    if (system.cluster) {
      const sharing = others.filter((s) => s.cluster?.name === system.cluster!.name);
      const sameNs = sharing.filter((s) => s.cluster!.namespace === system.cluster!.namespace);
      if (sameNs.length > 0) {
        out.push({
          status: 'fail',
          part: `clusters/${system.cluster.name}`,
          message: text(
            `Namespace ${system.cluster.namespace} dùng chung với ${sameNs.map((s) => s.name).join(', ')}: không tách lô-gic.`,
            `Namespace ${system.cluster.namespace} is shared with ${sameNs.map((s) => s.name).join(', ')}: no logical separation.`,
          ),
          path: ['spec', 'cluster'],
        });
      } else if (physical && sharing.length > 0) {
        out.push({
          status: 'fail',
          part: `clusters/${system.cluster.name}`,
          message: text(
            `Cấp độ ${level} cần tách vật lý, nhưng cụm ${system.cluster.name} dùng chung với ${sharing.map((s) => s.name).join(', ')}.`,
            `Level ${level} needs physical separation, but cluster ${system.cluster.name} is shared with ${sharing.map((s) => s.name).join(', ')}.`,
          ),
          path: ['spec', 'cluster'],
        });
      }
    }
    if (physical) {
      const zones = [...new Set(system.components.map((c) => c.zone))].sort();
      for (const z of zones) {
        const users = others.filter((s) => s.components.some((c) => c.zone === z)).map((s) => s.name);
        if (users.length === 0) continue;
        out.push({
          status: 'fail',
          part: `zones/${z}`,
          message: text(
            `Cấp độ ${level} cần tách vật lý, nhưng vùng ${z} dùng chung với ${users.join(', ')}.`,
            `Level ${level} needs physical separation, but zone ${z} is shared with ${users.join(', ')}.`,
          ),
          path: ['spec', 'components'],
        });
      }
    }
    return out;
  },
};
