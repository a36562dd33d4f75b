import { CATALOGUE_SOURCE, formerProvince, provinceKindTitle, text, viDate } from '../../model/index.js';
import type { ModelRule } from '../rule.js';

export const AU_04: ModelRule = {
  id: 'AU-04',
  title: text('Không dùng mã tỉnh đã đóng cho đơn vị hiện hành', 'No closed province code on a current unit'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'qd19-2025' }, { doc: 'nq202-2025' }],
  confidence: 'verified',
  remediation: text(
    'Ghi mã (`code`) và tên (`name`) của đơn vị hành chính cấp tỉnh kế thừa; ghi mã cũ vào danh sách đơn vị cũ (`formerUnits`).',
    'Record the code and name of the successor province-level unit in `code` and `name`; keep the old code in `formerUnits`.',
  ),
  scope: 'model',
  check: (ctx) => {
    const p = ctx.model.province;
    const former = formerProvince(p.code);
    if (ctx.asOf < CATALOGUE_SOURCE.inForceFrom || !former?.closed) return [];
    const was = { vi: provinceKindTitle(former.kind, former.name, 'vi'), en: provinceKindTitle(former.kind, former.name, 'en') };
    const s = former.successor;
    const now = { vi: provinceKindTitle(s.kind, s.name, 'vi'), en: provinceKindTitle(s.kind, s.name, 'en') };
    return [
      {
        status: 'fail',
        target: 'province',
        source: p.source,
        path: ['spec', 'code'],
        at: 'value',
        message: text(
          `Mã ${p.code} là mã của ${was.vi} trước ngày ${viDate(CATALOGUE_SOURCE.inForceFrom)}, nay đã đóng: đơn vị này nhập vào ${now.vi} (mã ${s.code}).`,
          `Code ${p.code} was the code of ${was.en} before 1 July 2025 and is closed: it became part of ${now.en} (code ${s.code}).`,
        ),
      },
    ];
  },
};
