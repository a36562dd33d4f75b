import { text, type Cluster } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// Traffic between pods of one cluster runs over the cluster network, not through the firewall between the zones its
// node pools sit in. The access control between zones the annexes require (NET-ACL-01) then holds for such a cluster
// only when its network policies enforce the flow matrix; the declaration alone proves nothing, hence `manual`.

/** Zones of the cluster's node pools, each once, in the order written. */
const zonesOf = (c: Cluster): string[] => [...new Set(c.nodePools.map((p) => p.zone))];

function outcomeOf(ctx: ModelContext, c: Cluster): Outcome {
  const zones = zonesOf(c);
  const level = Math.max(1, ...zones.map((z) => ctx.index.zoneLevel(z)));
  const base = { target: `clusters/${c.name}`, source: c.source, level };
  const list = zones.join(', ');
  if (zones.length <= 1) {
    return {
      ...base,
      status: 'pass',
      path: ['spec', 'nodePools'],
      message: text(`Các nhóm nút của cụm ${c.name} cùng nằm trong vùng ${list}.`, `Every node pool of cluster ${c.name} sits in zone ${list}.`),
    };
  }
  if (c.networkPolicyEnforcement?.enforcesFlowMatrix === true) {
    return {
      ...base,
      status: 'manual',
      path: ['spec', 'networkPolicyEnforcement', 'enforcesFlowMatrix'],
      message: text(
        `Cụm ${c.name} có nhóm nút ở các vùng ${list}; hồ sơ khai báo chính sách mạng của cụm thực thi ma trận luồng giữa các vùng, cần bằng chứng kiểm thử trên cụm đang vận hành.`,
        `Cluster ${c.name} has node pools in zones ${list}; the inventory declares that its network policies enforce the flow matrix between the zones, which needs evidence from a test on the running cluster.`,
      ),
    };
  }
  const declared = c.networkPolicyEnforcement !== undefined;
  return {
    ...base,
    status: 'fail',
    ...(level <= 2 ? { severity: 'warning' as const } : {}),
    path: declared ? ['spec', 'networkPolicyEnforcement', 'enforcesFlowMatrix'] : ['spec', 'nodePools'],
    message: declared
      ? text(
          `Cụm ${c.name} có nhóm nút ở các vùng ${list} nhưng chính sách mạng của cụm không thực thi ma trận luồng: lưu lượng giữa các vùng đi qua mạng của cụm mà không qua tường lửa (cấp độ ${level}).`,
          `Cluster ${c.name} has node pools in zones ${list} but its network policies do not enforce the flow matrix: traffic between the zones crosses the cluster network without a firewall (level ${level}).`,
        )
      : text(
          `Cụm ${c.name} có nhóm nút ở các vùng ${list} và hồ sơ không khai báo biện pháp kiểm soát lưu lượng giữa các nhóm ứng dụng trong cụm: lưu lượng giữa các vùng đi qua mạng của cụm mà không qua tường lửa (cấp độ ${level}).`,
          `Cluster ${c.name} has node pools in zones ${list} and the inventory declares no control of traffic between its pods: traffic between the zones crosses the cluster network without a firewall (level ${level}).`,
        ),
  };
}

export const K8S_ZONE_01: ModelRule = {
  id: 'K8S-ZONE-01',
  title: text(
    'Cụm Kubernetes trải trên nhiều vùng mạng phải kiểm soát truy cập giữa các vùng',
    'A Kubernetes cluster spanning zones must control access between them',
  ),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'tt12-2022', annex: 'I–V', item: 'II.1.b.ii' }],
  confidence: 'practice',
  confidenceNote: text(
    'Văn bản yêu cầu kiểm soát truy cập giữa các vùng mạng; việc coi lưu lượng giữa các nhóm nút của một cụm ở các vùng khác nhau là lưu lượng giữa các vùng, chỉ được kiểm soát khi chính sách mạng của cụm thực thi ma trận luồng, là cách hiểu của hatang.',
    "The text requires access control between network zones; treating traffic between node pools of one cluster in different zones as traffic between zones, controlled only when the cluster's network policies enforce the flow matrix, is the toolkit's reading.",
  ),
  remediation: text(
    'Đặt mọi nhóm nút (`nodePools`) của cụm trong cùng một vùng mạng, hoặc triển khai chính sách mạng chỉ cho phép các luồng của ma trận luồng, khai báo `networkPolicyEnforcement` với `enforcesFlowMatrix: true` và lưu bằng chứng kiểm thử một luồng bị chặn trên cụm.',
    'Place every node pool (`nodePools`) of the cluster in one zone, or deploy network policies that admit only the flows of the flow matrix, declare `networkPolicyEnforcement` with `enforcesFlowMatrix: true` and keep the evidence of a denied flow tested on the cluster.',
  ),
  evidence: [
    text(
      'Chính sách mạng đang áp dụng trên cụm, đối chiếu với ma trận luồng giữa các vùng của các nhóm nút',
      'The network policies in force on the cluster, compared with the flow matrix between the zones of its node pools',
    ),
    text(
      'Biên bản kiểm thử trên cụm: một luồng giữa hai vùng không có trong ma trận luồng bị chặn, một luồng có trong ma trận được phép',
      'A test record from the cluster: a flow between two zones that the flow matrix does not allow is refused, and an allowed one passes',
    ),
  ],
  scope: 'model',
  check: (ctx) => ctx.model.clusters.map((c) => outcomeOf(ctx, c)),
};
