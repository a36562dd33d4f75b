// The kinds of evidence a system carries, in the order every output lists them, with their one label.
import type { Text } from './diagnostics.js';
import type { EvidenceKind } from './types.js';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'levelApproval',
  'riskAssessment',
  'securityPolicy',
  'preOperationAssessment',
  'independentAssessment',
  'penetrationTest',
  'riskManagementPlan',
  'training',
  'exercise',
  'restoreDrill',
  'drDrill',
  'decommissioningPlan',
];

export const EVIDENCE_LABELS: Readonly<Record<EvidenceKind, Text>> = {
  levelApproval: { vi: 'Quyết định phê duyệt cấp độ', en: 'Level approval' },
  riskAssessment: { vi: 'Đánh giá rủi ro an ninh mạng', en: 'Cybersecurity risk assessment' },
  securityPolicy: { vi: 'Quy chế, chính sách bảo đảm an toàn thông tin', en: 'Security policy' },
  preOperationAssessment: { vi: 'Đánh giá điều kiện an ninh mạng trước khi đưa vào vận hành', en: 'Pre-operation security assessment' },
  independentAssessment: { vi: 'Kiểm tra, đánh giá ATTT', en: 'Security assessment' },
  penetrationTest: { vi: 'Kiểm thử xâm nhập', en: 'Penetration test' },
  riskManagementPlan: { vi: 'Phương án quản lý rủi ro', en: 'Risk management plan' },
  training: { vi: 'Đào tạo, nâng cao nhận thức', en: 'Training and awareness' },
  exercise: { vi: 'Diễn tập bảo đảm an toàn thông tin', en: 'Security exercise' },
  restoreDrill: { vi: 'Diễn tập khôi phục sao lưu', en: 'Restore drill' },
  drDrill: { vi: 'Diễn tập chuyển đổi dự phòng', en: 'DR drill' },
  decommissioningPlan: { vi: 'Phương án kết thúc vận hành, thanh lý, hủy bỏ', en: 'Decommissioning plan' },
};
