import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const MON_DLP_01: SystemRule = {
  id: 'MON-DLP-01',
  title: text('Chống thất thoát dữ liệu (DLP)', 'Data-loss prevention product'),
  domain: 'data',
  mode: 'auto*',
  levels: [3, 4, 5],
  appliesTo: {
    text: text(
      'hệ thống xử lý bí mật nhà nước; ở cấp độ 3 cả hệ thống thuộc NĐ 85 Điều 9.2(c) (dịch vụ trực tuyến có dữ liệu cá nhân của ≥ 10.000 người), ở cấp độ 4 CSDL dùng chung (Điều 10.3), ở cấp độ 5 Điều 11.2',
      'state-secret systems; at level 3 also NĐ 85 Art. 9.2(c) systems (online services holding personal data of ≥ 10,000 users), at level 4 shared databases (Art. 10.3), at level 5 Art. 11.2',
    ),
    test: (ctx) => {
      const s = ctx.system;
      if (s.stateSecret || s.criterion === 'state-secret') return true;
      if (ctx.level === 3) return s.citizenFacing && (s.personalDataSubjects ?? 0) >= 10_000;
      if (ctx.level === 4) return s.criterion === 'national-24x7' && s.components.some((c) => c.role === 'database');
      return s.criterion === 'national-infrastructure';
    },
  },
  severity: 'error',
  clauses: [{ text: 'TT 12/2022/TT-BTTTT Phụ lục III, mục II.1.b.xiv; Phụ lục IV; Phụ lục V' }],
  confidence: 'verified',
  remediation: text('Khai báo giải pháp DLP (Device kind: dlp).', 'Declare a DLP solution (Device kind: dlp).'),
  scope: 'system',
  check: (ctx) =>
    ctx.model.devices.some((d) => d.deviceKind === 'dlp')
      ? []
      : [
          {
            status: 'fail',
            message: text(
              'Inventory không có giải pháp chống thất thoát dữ liệu (Device kind: dlp).',
              'The inventory has no data-loss prevention (Device kind: dlp).',
            ),
          },
        ],
};
