// The evidence items (`spec.evidence`) the rules read for a system of a level: systems.yaml writes them as lines to
// fill in, docs/minimum-design.md lists them.
import type { Level } from '../rules/index.js';

export interface EvidenceLine {
  readonly key: string;
  /** What the item is, in Vietnamese (the comment of its line). */
  readonly what: string;
}

/** The evidence items of a system of `level`, with `dr` when it has a DR site. */
export function EVIDENCE_BY_LEVEL(level: Level, dr: boolean): EvidenceLine[] {
  const items: EvidenceLine[] = [
    { key: 'levelApproval', what: 'quyết định phê duyệt cấp độ' },
    { key: 'riskAssessment', what: 'kết quả đánh giá rủi ro an ninh mạng khi xác định cấp độ' },
    { key: 'securityPolicy', what: 'quy chế bảo đảm an toàn thông tin' },
    { key: 'riskManagementPlan', what: 'phương án quản lý rủi ro trong hồ sơ cấp độ' },
    { key: 'decommissioningPlan', what: 'phương án kết thúc vận hành trong hồ sơ cấp độ' },
    { key: 'training', what: 'lớp bồi dưỡng an toàn thông tin trong năm' },
    { key: 'exercise', what: 'diễn tập bảo đảm an toàn thông tin trong năm' },
    { key: 'independentAssessment', what: 'báo cáo kiểm tra, đánh giá an toàn thông tin' },
    { key: 'penetrationTest', what: 'báo cáo kiểm thử xâm nhập (dò quét lỗ hổng)' },
    { key: 'restoreDrill', what: 'biên bản diễn tập khôi phục dữ liệu' },
  ];
  // Every level reads the same items (GOV-LEVEL-03, GOV-RISK-01, GOV-POL-02, GOV-RISKPLAN-01, GOV-DECOM-01,
  // OPS-TRAIN-01, OPS-EXER-01, OPS-ASSESS-01, OPS-VULN-01, DATA-BAK-01); the DR drill only with a DR site (DR-DRILL-01).
  if (level >= 1 && dr) items.push({ key: 'drDrill', what: 'biên bản diễn tập chuyển đổi sang trung tâm dự phòng' });
  return items;
}
