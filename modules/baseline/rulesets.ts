// The rule-sets, each an explicit list of rules (no self-registration on import). A rule missing from a list
// is not run under that rule-set; regulations.md §0 explains why two exist.
import { text, type Text } from '../model/index.js';
import type { Rule, RulesetId, Transition } from './rule.js';
import { AGY_AM_01 } from './rules/AGY-AM-01.js';
import { AGY_EDGE_01 } from './rules/AGY-EDGE-01.js';
import { APP_AUTH_01 } from './rules/APP-AUTH-01.js';
import { APP_NR_01 } from './rules/APP-NR-01.js';
import { APP_SDLC_01 } from './rules/APP-SDLC-01.js';
import { APP_TLS_01 } from './rules/APP-TLS-01.js';
import { AU_01 } from './rules/AU-01.js';
import { AU_02 } from './rules/AU-02.js';
import { AU_03 } from './rules/AU-03.js';
import { AU_04 } from './rules/AU-04.js';
import { AU_05 } from './rules/AU-05.js';
import { AU_06 } from './rules/AU-06.js';
import { AVL_ARCH_01 } from './rules/AVL-ARCH-01.js';
import { AVL_HA_01 } from './rules/AVL-HA-01.js';
import { AVL_INET_01 } from './rules/AVL-INET-01.js';
import { DATA_BAK_01 } from './rules/DATA-BAK-01.js';
import { DATA_CONF_01 } from './rules/DATA-CONF-01.js';
import { DATA_INT_01 } from './rules/DATA-INT-01.js';
import { DB_FW_01 } from './rules/DB-FW-01.js';
import { DC_01 } from './rules/DC-01.js';
import { DC_02 } from './rules/DC-02.js';
import { DC_03 } from './rules/DC-03.js';
import { DC_04 } from './rules/DC-04.js';
import { DC_05 } from './rules/DC-05.js';
import { DC_07 } from './rules/DC-07.js';
import { GOV_4L_01 } from './rules/GOV-4L-01.js';
import { GOV_4L_02 } from './rules/GOV-4L-02.js';
import { GOV_CT14_01 } from './rules/GOV-CT14-01.js';
import { GOV_DECOM_01 } from './rules/GOV-DECOM-01.js';
import { GOV_DOSSIER_01 } from './rules/GOV-DOSSIER-01.js';
import { GOV_GOLIVE_01 } from './rules/GOV-GOLIVE-01.js';
import { GOV_LEVEL_01 } from './rules/GOV-LEVEL-01.js';
import { GOV_LEVEL_02 } from './rules/GOV-LEVEL-02.js';
import { GOV_LEVEL_03 } from './rules/GOV-LEVEL-03.js';
import { GOV_ORG_01 } from './rules/GOV-ORG-01.js';
import { GOV_POL_01 } from './rules/GOV-POL-01.js';
import { GOV_POL_02 } from './rules/GOV-POL-02.js';
import { GOV_RENT_01 } from './rules/GOV-RENT-01.js';
import { GOV_REP_01 } from './rules/GOV-REP-01.js';
import { GOV_RISK_01 } from './rules/GOV-RISK-01.js';
import { GOV_RISKPLAN_01 } from './rules/GOV-RISKPLAN-01.js';
import { HOST_AM_01 } from './rules/HOST-AM-01.js';
import { HOST_AUTH_01 } from './rules/HOST-AUTH-01.js';
import { HOST_HARD_01 } from './rules/HOST-HARD-01.js';
import { HOST_MFA_01 } from './rules/HOST-MFA-01.js';
import { HOST_PAM_01 } from './rules/HOST-PAM-01.js';
import { HOST_XFER_01 } from './rules/HOST-XFER-01.js';
import { INV_TODO_01 } from './rules/INV-TODO-01.js';
import { K8S_ZONE_01 } from './rules/K8S-ZONE-01.js';
import { LOG_APP_01 } from './rules/LOG-APP-01.js';
import { LOG_NET_01 } from './rules/LOG-NET-01.js';
import { LOG_NTP_01 } from './rules/LOG-NTP-01.js';
import { LOG_SRV_01 } from './rules/LOG-SRV-01.js';
import { MON_DLP_01 } from './rules/MON-DLP-01.js';
import { MON_SIEM_01 } from './rules/MON-SIEM-01.js';
import { MON_SYS_01 } from './rules/MON-SYS-01.js';
import { MON_TT31_01 } from './rules/MON-TT31-01.js';
import { NAT_PATH_01 } from './rules/NAT-PATH-01.js';
import { NET_ACL_01 } from './rules/NET-ACL-01.js';
import { NET_ACL_02 } from './rules/NET-ACL-02.js';
import { NET_ACL_03 } from './rules/NET-ACL-03.js';
import { NET_AM_01 } from './rules/NET-AM-01.js';
import { NET_DDOS_01 } from './rules/NET-DDOS-01.js';
import { NET_DEV_01 } from './rules/NET-DEV-01.js';
import { NET_EXPO_01 } from './rules/NET-EXPO-01.js';
import { NET_IOT_01 } from './rules/NET-IOT-01.js';
import { NET_MAIL_01 } from './rules/NET-MAIL-01.js';
import { NET_NAC_01 } from './rules/NET-NAC-01.js';
import { NET_RA_01 } from './rules/NET-RA-01.js';
import { NET_TSLCD_01 } from './rules/NET-TSLCD-01.js';
import { NET_WAF_01 } from './rules/NET-WAF-01.js';
import { NET_WIFI_01 } from './rules/NET-WIFI-01.js';
import { NET_ZONE_01 } from './rules/NET-ZONE-01.js';
import { NET_ZONE_02 } from './rules/NET-ZONE-02.js';
import { NET_ZONE_03 } from './rules/NET-ZONE-03.js';
import { NET_ZONE_04 } from './rules/NET-ZONE-04.js';
import { NET_ZONE_05 } from './rules/NET-ZONE-05.js';
import { NET_ZONE_06 } from './rules/NET-ZONE-06.js';
import { NET_ZONE_07 } from './rules/NET-ZONE-07.js';
import { NET_ZONE_08 } from './rules/NET-ZONE-08.js';
import { NET_ZONE_09 } from './rules/NET-ZONE-09.js';
import { OPS_ASSESS_01 } from './rules/OPS-ASSESS-01.js';
import { OPS_ASSESS_02 } from './rules/OPS-ASSESS-02.js';
import { OPS_CHG_01 } from './rules/OPS-CHG-01.js';
import { OPS_EXER_01 } from './rules/OPS-EXER-01.js';
import { OPS_IR_01 } from './rules/OPS-IR-01.js';
import { OPS_PREOP_01 } from './rules/OPS-PREOP-01.js';
import { OPS_TRAIN_01 } from './rules/OPS-TRAIN-01.js';
import { OPS_VULN_01 } from './rules/OPS-VULN-01.js';
import { AVL_DR_01 } from './rules/AVL-DR-01.js';
import { AVL_DR_02 } from './rules/AVL-DR-02.js';
import { AVL_DR_03 } from './rules/AVL-DR-03.js';
import { DATA_BAK_02 } from './rules/DATA-BAK-02.js';
import { DR_ADDR_01 } from './rules/DR-ADDR-01.js';
import { DR_COVER_01 } from './rules/DR-COVER-01.js';
import { DR_DRILL_01 } from './rules/DR-DRILL-01.js';
import { DR_FLOW_01 } from './rules/DR-FLOW-01.js';
import { DR_RPO_01 } from './rules/DR-RPO-01.js';
import { DR_RTO_01 } from './rules/DR-RTO-01.js';
import { DR_SITE_01 } from './rules/DR-SITE-01.js';

export interface Ruleset {
  readonly id: RulesetId;
  readonly title: Text;
  /** First day in force (YYYY-MM-DD); the latest rule-set in force at the as-of date is chosen. */
  readonly inForceFrom: string;
  readonly rules: readonly Rule[];
  /** A transition period during which the listed requirements are `due`, not failed, for systems that already existed. */
  readonly transition?: Transition;
}

/** Rules of both rule-sets (a check may still read `ctx.ruleset` where the texts differ). */
const COMMON: readonly Rule[] = [
  AGY_AM_01,
  AGY_EDGE_01,
  APP_AUTH_01,
  APP_NR_01,
  APP_SDLC_01,
  APP_TLS_01,
  AU_01,
  AU_02,
  AU_03,
  AU_04,
  AU_05,
  AU_06,
  AVL_ARCH_01,
  AVL_DR_01,
  AVL_DR_02,
  AVL_DR_03,
  AVL_HA_01,
  AVL_INET_01,
  DATA_BAK_01,
  DATA_BAK_02,
  DATA_CONF_01,
  DATA_INT_01,
  DB_FW_01,
  DC_01,
  DC_02,
  DC_03,
  DC_04,
  DC_05,
  DC_07,
  DR_ADDR_01,
  DR_COVER_01,
  DR_DRILL_01,
  DR_FLOW_01,
  DR_RPO_01,
  DR_RTO_01,
  DR_SITE_01,
  GOV_4L_01,
  GOV_4L_02,
  GOV_CT14_01,
  GOV_DECOM_01,
  GOV_DOSSIER_01,
  GOV_GOLIVE_01,
  GOV_LEVEL_01,
  GOV_LEVEL_02,
  GOV_LEVEL_03,
  GOV_ORG_01,
  GOV_POL_01,
  GOV_POL_02,
  GOV_RENT_01,
  GOV_REP_01,
  GOV_RISKPLAN_01,
  HOST_AM_01,
  HOST_AUTH_01,
  HOST_HARD_01,
  HOST_PAM_01,
  HOST_XFER_01,
  INV_TODO_01,
  K8S_ZONE_01,
  LOG_APP_01,
  LOG_NET_01,
  LOG_NTP_01,
  LOG_SRV_01,
  MON_DLP_01,
  MON_SIEM_01,
  MON_SYS_01,
  MON_TT31_01,
  NAT_PATH_01,
  NET_ACL_01,
  NET_ACL_02,
  NET_ACL_03,
  NET_AM_01,
  NET_DDOS_01,
  NET_DEV_01,
  NET_EXPO_01,
  NET_IOT_01,
  NET_MAIL_01,
  NET_NAC_01,
  NET_RA_01,
  NET_TSLCD_01,
  NET_WAF_01,
  NET_WIFI_01,
  NET_ZONE_01,
  NET_ZONE_02,
  NET_ZONE_03,
  NET_ZONE_04,
  NET_ZONE_05,
  NET_ZONE_06,
  NET_ZONE_07,
  NET_ZONE_08,
  NET_ZONE_09,
  OPS_ASSESS_01,
  OPS_ASSESS_02,
  OPS_CHG_01,
  OPS_EXER_01,
  OPS_IR_01,
  OPS_TRAIN_01,
  OPS_VULN_01,
];

/** Only under NĐ 331/2026: requirements the decree itself or its standard (TCVN 14423:2026, known from a summary) adds. */
const ND331_ONLY: readonly Rule[] = [GOV_RISK_01, HOST_MFA_01, OPS_PREOP_01];

export const RULESETS: readonly Ruleset[] = [
  {
    id: 'vn-nd85-tt12-2022',
    title: text('NĐ 85/2016/NĐ-CP + TT 12/2022/TT-BTTTT + TCVN 11930:2017', 'Decree 85/2016 + Circular 12/2022 + TCVN 11930:2017'),
    inForceFrom: '2022-10-01',
    rules: COMMON,
  },
  {
    id: 'vn-nd331-2026',
    title: text(
      'NĐ 331/2026/NĐ-CP (Luật An ninh mạng 116/2025), biện pháp kỹ thuật theo TT 12/2022',
      'Decree 331/2026 (Cybersecurity Law 116/2025), technical measures per Circular 12/2022',
    ),
    inForceFrom: '2026-08-19',
    rules: [...COMMON, ...ND331_ONLY],
    transition: { rules: ND331_ONLY.map((r) => r.id), existingBefore: '2026-07-01', until: '2027-07-01' },
  },
];

/** One difference between the rule-sets, shown in the report so that a reader knows what changed. */
export interface RulesetDifference {
  readonly topic: Text;
  readonly before: Text;
  readonly after: Text;
  readonly source: string;
}

/** Differences between the two rulebooks that change what a report says (regulations.md §0, §1, §2, §3). */
export const RULESET_DIFFERENCES: readonly RulesetDifference[] = [
  {
    topic: { vi: 'Tách biệt hạ tầng thuê (cấp độ 4)', en: 'Separation of hosted systems (level 4)' },
    before: { vi: 'Tách vật lý với hệ thống khác', en: 'Physically separated from other systems' },
    after: { vi: 'Tách lô-gic cho cấp độ 3–4; tách vật lý chỉ với cấp độ 5', en: 'Logical separation for levels 3–4; physical only for level 5' },
    source: 'TT 12/2022 Điều 9.10; NĐ 331/2026 Điều 30.8',
  },
  {
    topic: { vi: 'Chu kỳ kiểm tra, đánh giá ATTT', en: 'Security assessment interval' },
    before: { vi: 'Cấp độ 3–4 hằng năm; cấp độ 5 sáu tháng', en: 'Levels 3–4 yearly; level 5 every 6 months' },
    after: { vi: 'Theo cấp độ và rủi ro, không nêu chu kỳ cố định', en: 'By level and risk; no fixed interval' },
    source: 'NĐ 85/2016 Điều 20.2(c); NĐ 331/2026 Điều 28.5, 31.2(c)',
  },
  {
    topic: { vi: 'Ngưỡng dữ liệu cá nhân (cấp độ 2/3)', en: 'Personal-data threshold (level 2/3)' },
    before: { vi: '10.000 người dùng', en: '10,000 users' },
    after: {
      vi: '100.000 chủ thể (cơ bản) hoặc 10.000 (nhạy cảm); hệ thống xử lý TTHC là cấp độ 3',
      en: '100,000 basic or 10,000 sensitive data subjects; systems handling administrative procedures are level 3',
    },
    source: 'NĐ 85/2016 Điều 8–9; NĐ 331/2026 Điều 12–13',
  },
  {
    topic: { vi: 'Thời hạn thẩm định hồ sơ cấp độ', en: 'Dossier appraisal time' },
    before: { vi: '15 ngày (cấp độ 3), 30 ngày (cấp độ 4–5)', en: '15 days (level 3), 30 days (levels 4–5)' },
    after: { vi: '15 ngày làm việc (cấp độ 3), 25 ngày làm việc (cấp độ 4–5)', en: '15 working days (level 3), 25 working days (levels 4–5)' },
    source: 'NĐ 85/2016 Điều 12–17; NĐ 331/2026 Điều 18–24',
  },
];
