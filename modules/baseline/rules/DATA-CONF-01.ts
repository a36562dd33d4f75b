import { text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

/** Manual: the model cannot show it; the finding lists what an auditor must see. */
export const DATA_CONF_01: SystemRule = {
  id: 'DATA-CONF-01',
  title: text('Bảo mật dữ liệu khi lưu trữ và truyền', 'Data confidentiality in storage and transit'),
  domain: 'data',
  mode: 'manual',
  levels: [2, 3, 4, 5],
  severity: 'info',
  clauses: [
    { doc: 'tt12-2022', annex: 'II', item: 'II.2.1.4.1', levels: [2] },
    { doc: 'tcvn11930-2017', item: '6.2.4.1', levels: [2] },
    { doc: 'tt12-2022', annex: 'III–V', item: 'II.2.1.4.2', levels: [3, 4, 5] },
    { doc: 'tcvn11930-2017', item: '7.2.4.2', levels: [3] },
    { doc: 'tcvn11930-2017', item: '8.2.4.2', levels: [4] },
    { doc: 'tcvn11930-2017', item: '9.2.4.2', levels: [5] },
  ],
  confidence: 'unverified',
  confidenceNote: text(
    'Nội dung mục bảo mật dữ liệu của TCVN 11930:2017 chưa đối chiếu được với toàn văn; bằng chứng yêu cầu (mã hóa dữ liệu lưu trữ, kiểm soát truy cập) là cách hiểu của hatang.',
    "The content of the data-confidentiality clause of TCVN 11930:2017 could not be checked in full; the evidence asked for (encryption at rest, access control) is the toolkit's reading.",
  ),
  remediation: text(
    'Lưu bằng chứng vào hồ sơ cấp độ của hệ thống và xuất trình khi kiểm tra.',
    "Keep the evidence in the system's level dossier and show it at inspection.",
  ),
  evidence: [text('phương án mã hóa dữ liệu lưu trữ và kiểm soát truy cập dữ liệu', 'encryption at rest and data access controls')],
  scope: 'system',
};
