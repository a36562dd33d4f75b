import { text } from '../../model/index.js';
import { requireDevice } from '../helpers.js';
import type { SystemRule } from '../rule.js';

export const LOG_NTP_01: SystemRule = {
  id: 'LOG-NTP-01',
  title: text('Đồng bộ thời gian với máy chủ thời gian nội bộ', 'Synchronise time with an internal time server'),
  domain: 'operations',
  mode: 'auto',
  // Level 3 from an unattributed checklist; lower and higher levels are not stated in what was read.
  levels: [3, 4, 5],
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.1.3' },
    { doc: 'tcvn11930-2017', item: '7.2.1.4', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.1.4', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.1.4', levels: [5] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.2.3' },
    { doc: 'tcvn11930-2017', item: '7.2.2.3', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.2.3', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.2.3', levels: [5] },
    { doc: 'tcvn14423-2026' },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Đồng bộ thời gian nằm trong một bảng kiểm cấp độ 3 theo câu chữ các mục nhật ký của TCVN 11930:2017 và trong một bản tóm tắt TCVN 14423:2026 của bên thứ ba; chưa đối chiếu được với toàn văn tiêu chuẩn, chưa rõ cấp độ thấp nhất phải áp dụng.',
    'Time synchronisation appears in a level-3 checklist that follows the wording of the log clauses of TCVN 11930:2017 and in a third-party summary of TCVN 14423:2026; neither was checked against the standard, and the lowest level it applies to is not known.',
  ),
  remediation: text('Khai báo máy chủ thời gian nội bộ (thiết bị loại `ntp`).', 'Declare an internal time server (Device `kind: ntp`).'),
  scope: 'system',
  // Every site the system runs at keeps its own time source: after failover the DR site cannot rely on the primary one.
  check: (ctx) => requireDevice(ctx, ['ntp'], text('máy chủ thời gian nội bộ', 'internal time server')),
};
