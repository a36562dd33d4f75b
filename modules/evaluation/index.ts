export { openInventory, isValid } from './open.js';
export type { OpenedInventory, OpenOptions, ValidInventory } from './open.js';
export { select, SelectionError } from './selection.js';
export type { Selection, SelectionRequest } from './selection.js';
export { evaluate, parameterOf } from './evaluate.js';
export type { Evaluation, EvaluateOptions } from './evaluate.js';
export { ALL_RULES, rulesOf, rulesetsOf } from './registry.js';
export type { RulesOfRuleset } from './registry.js';
