import { drCoverage, drMode } from '../../dr/index.js';
import { text } from '../../model/index.js';
import type { Outcome, SystemRule } from '../rule.js';

export const DR_ADDR_01: SystemRule = {
  id: 'DR-ADDR-01',
  title: text(
    'Vùng tại trung tâm dự phòng có đủ IPv4 và IPv6, không trùng dải địa chỉ với trung tâm chính',
    'DR zones are dual-stack with prefixes disjoint from the primary',
  ),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác', 'systems with a dr.mode other than none'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'error',
  clauses: [{ doc: 'hatang-addressing' }, { doc: 'qd38-2021' }],
  confidence: 'practice',
  confidenceNote: text(
    'Không văn bản nào quy định: hai trung tâm định tuyến trong cùng một mạng thì dải địa chỉ không được trùng; cấp song song IPv4 và IPv6 theo Chương trình IPv6 For Gov.',
    'No text sets it: two sites routed in one network cannot share prefixes; dual-stack follows the IPv6 For Gov programme.',
  ),
  remediation: text(
    'Cấp cho mỗi vùng tại trung tâm dự phòng một dải địa chỉ IPv4 và một dải IPv6 từ các dải gốc dành cho dự phòng (`purpose: dr`), khác với dải địa chỉ của trung tâm chính.',
    "Give every DR zone an IPv4 and an IPv6 prefix from the `dr` pools, distinct from the primary's.",
  ),
  scope: 'system',
  check: (ctx) => {
    const cov = drCoverage(ctx.model, ctx.system);
    if (!cov.dr) return []; // DR-COVER-01 reports it
    const out: Outcome[] = [];
    for (const o of cov.overlaps) {
      out.push({
        status: 'fail',
        part: `zones/${o.dr.name}/${o.primary.name}`,
        source: o.dr.source,
        path: ['spec'],
        message: text(
          `Dải địa chỉ ${o.prefix} của vùng dự phòng ${o.dr.name} trùng với vùng ${o.primary.name} ở trung tâm chính.`,
          `Prefix ${o.prefix} of DR zone ${o.dr.name} overlaps zone ${o.primary.name} at the primary.`,
        ),
      });
    }
    for (const z of cov.notDualStack) {
      const missing = [z.ipv4?.prefix ? undefined : 'IPv4', z.ipv6?.prefix ? undefined : 'IPv6'].filter(Boolean).join(', ');
      out.push({
        status: 'fail',
        part: `zones/${z.name}`,
        severity: 'warning',
        source: z.source,
        path: ['spec'],
        message: text(
          `Vùng dự phòng ${z.name} thiếu dải địa chỉ ${missing}: sau chuyển đổi hệ thống không còn song song IPv4/IPv6.`,
          `DR zone ${z.name} has no ${missing} prefix: after failover the system is no longer dual-stack.`,
        ),
      });
    }
    return out;
  },
};
