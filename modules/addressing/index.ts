export { planAddresses, addressChecks, emptyLock } from './plan.js';
export { serializeLock, parseLock } from './lock.js';
export { LOCK_FILE, readAddressLock } from './lock-file.js';
export type { LockProblem } from './lock.js';
export { renderPlan, planDocument, diffPlans, renderPlanDiff } from './render.js';
export type { PlanDiff } from './render.js';
export type {
  AddressLock, AddressPlan, LockEntry, PlanOptions, PlannedPrefix, PoolUsage, PrefixOrigin, PrefixRole,
} from './types.js';
