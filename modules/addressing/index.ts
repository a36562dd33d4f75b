export { planAddresses, planWithItems, emptyLock, parsePools } from './plan.js';
export type { Item, ParsedPool, PlanWork } from './plan.js';
export { PoolAllocator } from './allocate.js';
export { serializeLock, parseLock } from './lock.js';
export { LOCK_FILE, readAddressLock } from './lock-file.js';
export type { LockProblem } from './lock.js';
export { renderPlan, planDocument, diffPlans, renderPlanDiff } from './render.js';
export type { JudgedPlan, PlanDiff } from './render.js';
export { planContext, where, itemAt, poolAt } from './rule.js';
export type { PlanContext, PlanRule } from './rule.js';
export { runPlanRules } from './run.js';
export { PLAN_RULES } from './rules/index.js';
export type {
  AddressLock, AddressPlan, LockEntry, PlanIssue, PlanOptions, PlannedPrefix, PoolUsage, PrefixOrigin, PrefixRole,
} from './types.js';
