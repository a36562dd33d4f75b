// The kinds of evidence a system carries, in the order every output lists them, with their one label.
import type { Text } from './diagnostics.js';
import type { EvidenceKind } from './types.js';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['levelApproval', 'independentAssessment', 'penetrationTest', 'restoreDrill', 'drDrill'];

export const EVIDENCE_LABELS: Readonly<Record<EvidenceKind, Text>> = {
  levelApproval: { vi: 'Quyết định phê duyệt cấp độ', en: 'Level approval' },
  independentAssessment: { vi: 'Kiểm tra, đánh giá ATTT', en: 'Security assessment' },
  penetrationTest: { vi: 'Kiểm thử xâm nhập', en: 'Penetration test' },
  restoreDrill: { vi: 'Diễn tập khôi phục sao lưu', en: 'Restore drill' },
  drDrill: { vi: 'Diễn tập chuyển đổi dự phòng', en: 'DR drill' },
};
