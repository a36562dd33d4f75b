import { text } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_ACL_02: ModelRule = {
  id: 'NET-ACL-02',
  title: text('Kiểm soát truy cập từ bên ngoài vào mạng', 'Controls on access from outside'),
  domain: 'network',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục I–V, mục II.2, 1.1.1 → TCVN 11930:2017 x.2.1.2' }],
  // The TCVN clause text was not read: "controls configured" is read as "only named ports are allowed in".
  confidence: 'unverified',
  remediation: text(
    'Liệt kê cổng cụ thể (tcp/443…) cho luồng từ mạng bên ngoài, không dùng "any".',
    'List specific ports (tcp/443…) on flows from outside networks instead of "any".',
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
