// The address-plan rules, in one explicit list (no self-registration on import). A rule not listed never runs.
// common.ts holds what several rules share; it is not a rule. Each rule has its cases in
// test/addressing/rules/<ID>/ (pass-*, fail-*), and docs/rules.md lists it (node scripts/gen-rules-doc.mjs).
import type { PlanRule } from '../rule.js';
import { ADDR_ALLOC_01 } from './ADDR-ALLOC-01.js';
import { ADDR_DR_01 } from './ADDR-DR-01.js';
import { ADDR_GW_01 } from './ADDR-GW-01.js';
import { ADDR_K8S_01 } from './ADDR-K8S-01.js';
import { ADDR_LINK_01 } from './ADDR-LINK-01.js';
import { ADDR_LOCK_01 } from './ADDR-LOCK-01.js';
import { ADDR_LOCK_02 } from './ADDR-LOCK-02.js';
import { ADDR_LOCK_03 } from './ADDR-LOCK-03.js';
import { ADDR_LOCK_04 } from './ADDR-LOCK-04.js';
import { ADDR_LOCK_05 } from './ADDR-LOCK-05.js';
import { ADDR_LOCK_06 } from './ADDR-LOCK-06.js';
import { ADDR_OVERLAP_01 } from './ADDR-OVERLAP-01.js';
import { ADDR_POOL_01 } from './ADDR-POOL-01.js';
import { ADDR_POOL_02 } from './ADDR-POOL-02.js';
import { ADDR_POOL_03 } from './ADDR-POOL-03.js';
import { ADDR_PUBLIC_01 } from './ADDR-PUBLIC-01.js';
import { ADDR_SIZE_01 } from './ADDR-SIZE-01.js';
import { ADDR_SPECIAL_01 } from './ADDR-SPECIAL-01.js';
import { ADDR_VLAN_01 } from './ADDR-VLAN-01.js';
import { ADDR_VLAN_02 } from './ADDR-VLAN-02.js';
import { V6_01 } from './V6-01.js';
import { V6_02 } from './V6-02.js';
import { V6_03 } from './V6-03.js';
import { V6_05 } from './V6-05.js';
import { V6_06 } from './V6-06.js';
import { V6_08 } from './V6-08.js';
import { V6_09 } from './V6-09.js';
import { V6_10 } from './V6-10.js';
import { V6_12 } from './V6-12.js';
import { V6_13 } from './V6-13.js';

export const PLAN_RULES: readonly PlanRule[] = [
  ADDR_ALLOC_01,
  ADDR_DR_01,
  ADDR_GW_01,
  ADDR_K8S_01,
  ADDR_LINK_01,
  ADDR_LOCK_01,
  ADDR_LOCK_02,
  ADDR_LOCK_03,
  ADDR_LOCK_04,
  ADDR_LOCK_05,
  ADDR_LOCK_06,
  ADDR_OVERLAP_01,
  ADDR_POOL_01,
  ADDR_POOL_02,
  ADDR_POOL_03,
  ADDR_PUBLIC_01,
  ADDR_SIZE_01,
  ADDR_SPECIAL_01,
  ADDR_VLAN_01,
  ADDR_VLAN_02,
  V6_01,
  V6_02,
  V6_03,
  V6_05,
  V6_06,
  V6_08,
  V6_09,
  V6_10,
  V6_12,
  V6_13,
];
