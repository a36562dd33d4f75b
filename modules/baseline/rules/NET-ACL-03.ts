import { text } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_ACL_03: ModelRule = {
  id: 'NET-ACL-03',
  title: text('Kiểm soát truy cập từ bên trong mạng (chiều ra, giữa các vùng)', 'Controls on access from inside (egress and east-west)'),
  domain: 'network',
  mode: 'auto*',
  levels: [2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'II–V', item: 'II.2.1.1.2' },
    { doc: 'tcvn11930-2017', item: '6.2.1.3', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.1.3', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.3', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.3', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục kiểm soát truy cập từ bên trong của TCVN 11930:2017 chưa đối chiếu được; yêu cầu chỉ cho phép cổng được liệt kê là cách hiểu của hatang.',
    "The full text of the clause on access from inside in TCVN 11930:2017 could not be checked; allowing only listed ports is the toolkit's reading.",
  ),
  remediation: text(
    'Liệt kê cổng cụ thể cho luồng đi ra từ vùng của hệ thống cấp độ 2 trở lên, không dùng `any`.',
    'List specific ports on flows leaving zones of level-2+ systems instead of `any`.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const f of ctx.model.flows) {
      if (f.from.type !== 'zone') continue;
      const level = Math.max(ctx.index.zoneLevel(f.from.zone), f.to.type === 'zone' ? ctx.index.zoneLevel(f.to.zone) : 0);
      if (level < 2) continue;
      const open = f.ports.some((p) => p.protocol === 'any');
      out.push({
        target: `flows/${f.name}`,
        source: f.source,
        path: ['spec', 'ports'],
        level,
        status: open ? 'fail' : 'pass',
        message: open
          ? text(
              `Luồng ${f.name} từ vùng ${f.from.zone} (cấp độ ${level}) cho phép mọi giao thức và cổng.`,
              `Flow ${f.name} from zone ${f.from.zone} (level ${level}) allows every protocol and port.`,
            )
          : text(`Luồng ${f.name} chỉ cho phép các cổng đã liệt kê.`, `Flow ${f.name} allows only the listed ports.`),
      });
    }
    return out;
  },
};
