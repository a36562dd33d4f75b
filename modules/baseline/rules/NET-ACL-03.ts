import { text } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

export const NET_ACL_03: ModelRule = {
  id: 'NET-ACL-03',
  title: text('Kiểm soát truy cập từ bên trong mạng (chiều ra, giữa các vùng)', 'Controls on access from inside (egress and east-west)'),
  domain: 'network',
  mode: 'auto*',
  levels: [2, 3, 4, 5],
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục II–V, mục II.2, 1.1.2 → TCVN 11930:2017 6–9.2.1.3' }],
  confidence: 'unverified',
  remediation: text(
    'Liệt kê cổng cụ thể cho luồng đi ra từ vùng của hệ thống cấp độ 2 trở lên, không dùng "any".',
    'List specific ports on flows leaving zones of level-2+ systems instead of "any".',
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
