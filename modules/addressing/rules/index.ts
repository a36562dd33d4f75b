// The address-plan rules, in one explicit list (no self-registration on import). A rule not listed never runs.
import type { PlanRule } from '../rule.js';
import { ADDR_ALLOC_01 } from './ADDR-ALLOC-01.js';
import { ADDR_LOCK_01 } from './ADDR-LOCK-01.js';
import { ADDR_LOCK_02 } from './ADDR-LOCK-02.js';

export const PLAN_RULES: readonly PlanRule[] = [
  ADDR_ALLOC_01,
  ADDR_LOCK_01,
  ADDR_LOCK_02,
];
