import { text } from '../../model/index.js';
import { requireDevice } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const NET_AM_01: SystemRule = {
  id: 'NET-AM-01',
  title: text('Chặn lọc mã độc trên môi trường mạng', 'Filter malware in network traffic'),
  domain: 'network',
  mode: 'auto*',
  levels: [3, 4, 5],
  // The text accepts an equivalent solution at every level: a warning, not an error.
  severity: 'warning',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.1.b.v' },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.1.5' },
    { doc: 'tcvn11930-2017', item: '7.2.1.6', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.6', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.6', levels: [5] },
  ],
  confidence: 'verified',
  remediation: text(
    'Bật chống mã độc trên tường lửa (`capabilities: [anti-malware]`) hoặc ghi nhận giải pháp tương đương bằng một quyết định chấp nhận rủi ro tạm thời có lộ trình hoàn thiện.',
    'Enable anti-malware on a firewall (`capabilities: [anti-malware]`) or record the equivalent solution with a waiver.',
  ),
  scope: 'system',
  check: (ctx) => requireDevice(ctx, [], text('tường lửa có chống mã độc', 'anti-malware-capable firewall'), 'anti-malware'),
};
