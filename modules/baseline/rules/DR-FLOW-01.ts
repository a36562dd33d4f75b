import { drMode, neededFlows, portText } from '../../dr/index.js';
import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const DR_FLOW_01: SystemRule = {
  id: 'DR-FLOW-01',
  title: text('Luồng mạng cần sau chuyển đổi có tại trung tâm dự phòng', 'Flows needed after failover exist at the DR site'),
  domain: 'network',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác', 'systems with a dr.mode other than none'),
    test: (ctx) => drMode(ctx.system) !== 'none',
  },
  severity: 'warning',
  clauses: [
    { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'e', rulesets: ['vn-nd331-2026'] },
    { doc: 'hatang-dr' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Không văn bản nào quy định: mỗi luồng hệ thống dùng ở trung tâm chính cần luồng tương ứng giữa các vùng cùng loại ở trung tâm dự phòng để phương án khôi phục thực hiện được.',
    'No text sets it: every flow the system uses at the primary site needs a matching flow between the zones of the same kinds at the DR site for the recovery plan to work.',
  ),
  remediation: text(
    'Khai báo ở trung tâm dự phòng các luồng tương ứng (cùng cổng) giữa các vùng cùng loại, hoặc giữa vùng dự phòng và mạng bên ngoài.',
    'Declare the matching flows (same ports) between the DR zones of the same kinds, or between them and the external networks.',
  ),
  scope: 'system',
  check: (ctx) =>
    neededFlows(ctx.model, ctx.system)
      .filter((f) => f.missingPorts.length > 0)
      .map((f) => {
        const message = text(
          `Luồng ${f.flow.name} cần tại trung tâm dự phòng: ${f.from} → ${f.to} ${f.missingPorts.map(portText).join(', ')} chưa được khai báo.`,
          `Flow ${f.flow.name} is needed at the DR site: ${f.from} → ${f.to} ${f.missingPorts.map(portText).join(', ')} is not declared.`,
        );
        // The missing flow is a fact about the flow, shared by every system that needs it: one cause.
        const path = ['spec', 'ports'];
        return {
          status: 'fail' as const,
          part: `flows/${f.flow.name}`,
          source: f.flow.source,
          path,
          message,
          cause: { target: `flows/${f.flow.name}`, message, source: f.flow.source, path },
        };
      }),
};
