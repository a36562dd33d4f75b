import { text } from '../../model/index.js';
import type { ModelRule } from '../rule.js';

export const AU_03: ModelRule = {
  id: 'AU-03',
  title: text('Tỉnh tổ chức chính quyền địa phương hai cấp không còn cơ quan cấp huyện', 'No district-level agencies in a two-tier province'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'luat72-2025' }, { doc: 'qd19-2025' }],
  confidence: 'verified',
  remediation: text(
    'Khai báo lại cơ quan theo đơn vị tiếp nhận sau sắp xếp (cơ quan cấp tỉnh hoặc Ủy ban nhân dân cấp xã kế thừa), ghi mã cũ vào danh sách mã cũ (`formerCodes`).',
    'Record the agency as the unit that took it over after the reorganisation (a province-level body or the successor commune), with its old code in `formerCodes`.',
  ),
  scope: 'model',
  check: (ctx) =>
    ctx.model.province.tiers !== 2
      ? []
      : ctx.model.agencies
          .filter((a) => a.agencyKind === 'district')
          .map((a) => ({
            status: 'fail' as const,
            target: `agencies/${a.name}`,
            source: a.source,
            path: ['spec', 'kind'],
            at: 'value' as const,
            message: text(
              `Cơ quan cấp huyện ${a.name} trong tỉnh hai cấp: cấp huyện đã bỏ từ 01/07/2025.`,
              `District-level agency ${a.name} in a two-tier province: the district level was abolished on 1 July 2025.`,
            ),
          })),
};
