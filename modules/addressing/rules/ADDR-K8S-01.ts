import { text } from '../../model/index.js';
import type { Outcome } from '../../rules/index.js';
import type { PlanRule } from '../rule.js';
import { overlapClassifier, pairOutcome } from './common.js';

export const ADDR_K8S_01: PlanRule = {
  id: 'ADDR-K8S-01',
  title: text(
    'Dải địa chỉ ứng dụng và dải địa chỉ dịch vụ nội bộ của cụm Kubernetes không trùng với bất kỳ dải địa chỉ nào khác',
    'Cluster pod and service ranges overlap no other prefix',
  ),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'k8s-networking' }],
  confidence: 'verified',
  remediation: text(
    'Cấp cho cụm dải địa chỉ ứng dụng và dải địa chỉ dịch vụ nội bộ riêng, từ các dải gốc có mục đích tương ứng ("cluster-pod", "cluster-service"), tách rời mọi vùng mạng, cơ quan, liên kết và cụm khác, ở mọi miền định tuyến.',
    'Give the cluster pod and service ranges of their own from cluster-pod and cluster-service pools, disjoint from every zone, agency, link and other cluster, in every routing domain.',
  ),
  scope: 'plan',
  check: (ctx) => {
    const kind = overlapClassifier(ctx);
    const out: Outcome[] = [];
    for (const [a, b] of ctx.overlaps()) {
      if (kind(a, b) !== 'cluster') continue;
      out.push(
        pairOutcome(
          ctx,
          a,
          b,
          '; dải địa chỉ ứng dụng và dải địa chỉ dịch vụ của cụm phải tách rời mọi dải địa chỉ được định tuyến và tách rời nhau',
          '; cluster pod and service ranges must be disjoint from every routed prefix and from each other',
        ),
      );
    }
    return out;
  },
};
