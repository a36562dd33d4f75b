import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

export const DATA_BAK_02: SystemRule = {
  id: 'DATA-BAK-02',
  title: text('Bản sao lưu lưu ở trung tâm khác nơi đặt dữ liệu (từ cấp độ 3)', 'Backup copy kept at another site than the data (from level 3)'),
  domain: 'data',
  mode: 'auto',
  levels: [3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'tt09-2020-nhnn' }, { doc: 'tcvn14423-2026' }],
  confidence: 'practice',
  confidenceNote: text(
    'Không văn bản nào áp dụng cho cơ quan nhà nước yêu cầu bản sao lưu ngoài nơi đặt hệ thống; Thông tư số 09/2020/TT-NHNN yêu cầu điều này với ngân hàng, và một bản tóm tắt TCVN 14423:2026 của bên thứ ba nêu quy tắc 3-2-1 ở cấp độ 3.',
    "No text binding state agencies requires a backup copy away from the system's site; Circular 09/2020/TT-NHNN requires it of banks, and a third-party summary of TCVN 14423:2026 lists the 3-2-1 rule at level 3.",
  ),
  remediation: text(
    'Khai báo nơi lưu bản sao lưu (`backup.site`) là trung tâm dự phòng (hoặc trung tâm khác nơi đặt dữ liệu) và đặt `offsite: true`.',
    'Set `backup.site` to the DR site (or any site other than where the data lives) and `offsite: true`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const s = ctx.system;
    if (!s.backup) return []; // DATA-BAK-01 reports a missing backup
    const dataSites = [
      ...new Set(
        s.components
          .filter((c) => c.role === 'database' || c.role === 'storage')
          .map((c) => ctx.index.zone.get(c.zone)?.site)
          .filter((x): x is string => !!x),
      ),
    ].sort();
    const sites = dataSites.length ? dataSites : ctx.index.sitesOf(s).map((x) => x.name);
    if (!s.backup.site) {
      return [
        {
          status: 'fail',
          part: 'backup/site',
          path: ['spec', 'backup'],
          message: text(
            `Chưa khai báo nơi lưu bản sao lưu${s.backup.offsite ? ' dù đã khai báo lưu ngoài nơi đặt dữ liệu' : ''}.`,
            `The backup copy's site (backup.site) is not declared${s.backup.offsite ? ' although offsite: true' : ''}.`,
          ),
        },
      ];
    }
    if (sites.includes(s.backup.site)) {
      return [
        {
          status: 'fail',
          part: 'backup/site',
          path: ['spec', 'backup', 'site'],
          message: text(
            `Bản sao lưu được cất giữ tại ${s.backup.site}, cùng trung tâm với dữ liệu (${sites.join(', ')}).`,
            `The backup copy is kept at ${s.backup.site}, the same site as the data (${sites.join(', ')}).`,
          ),
        },
      ];
    }
    return [
      {
        status: 'pass',
        message: text(`Dữ liệu ở ${sites.join(', ')}, bản sao lưu ở ${s.backup.site}.`, `Data at ${sites.join(', ')}, backup copy at ${s.backup.site}.`),
      },
    ];
  },
};
