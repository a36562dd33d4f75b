import { text } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_ACL_02: ModelRule = {
  id: 'NET-ACL-02',
  title: text('Kiểm soát truy cập từ bên ngoài vào mạng', 'Controls on access from outside'),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'I–V', item: 'II.2.1.1.1' },
    { doc: 'tcvn11930-2017', item: '5.2.1.2', levels: [1] },
    { doc: 'tcvn11930-2017', item: '6.2.1.2', levels: [2] },
    { doc: 'tcvn11930-2017', item: '7.2.1.2', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.2', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.2', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Toàn văn mục kiểm soát truy cập từ bên ngoài của TCVN 11930:2017 chưa đối chiếu được; yêu cầu chỉ cho phép cổng được liệt kê là cách hiểu của hatang.',
    "The full text of the clause on access from outside in TCVN 11930:2017 could not be checked; allowing only listed ports is the toolkit's reading.",
  ),
  remediation: text(
    'Liệt kê cổng cụ thể (`tcp/443`…) cho luồng từ mạng bên ngoài, không dùng `any`.',
    'List specific ports (`tcp/443`…) on flows from outside networks instead of `any`.',
  ),
  scope: 'model',
  check: (ctx) => {
    const out: Outcome[] = [];
    for (const f of ctx.model.flows) {
      if (f.from.type !== 'external') continue;
      const level = f.to.type === 'zone' ? Math.max(1, ctx.index.zoneLevel(f.to.zone)) : 1;
      const open = f.ports.filter((p) => p.protocol === 'any');
      out.push({
        target: `flows/${f.name}`,
        source: f.source,
        path: ['spec', 'ports'],
        level,
        status: open.length ? 'fail' : 'pass',
        message: open.length
          ? text(
              `Luồng ${f.name} từ ${f.from.external} cho phép mọi giao thức và cổng.`,
              `Flow ${f.name} from ${f.from.external} allows every protocol and port.`,
            )
          : text(`Luồng ${f.name} chỉ cho phép các cổng đã liệt kê.`, `Flow ${f.name} allows only the listed ports.`),
      });
    }
    return out;
  },
};
