export { validationReport, renderValidationText, entityCounts, VALIDATION_FORMAT_VERSION } from './validation.js';
export type { ValidationReport } from './validation.js';
