export { METRIC_DEFINITIONS } from './definitions.js';
export type { MetricDefinition, MetricType } from './definitions.js';
export { collectMetrics, achievableRpoMinutes, drReady } from './collect.js';
export type { CollectInput, MetricSamples, PoolUsage, Sample } from './collect.js';
export { EVIDENCE_INTERVAL_PARAMETER, evidenceIntervalMonths, evidenceDueDate } from './evidence.js';
export { CONTENT_TYPES, inventoryRegistry, negotiateFormat, renderMetrics } from './render.js';
export type { ExpositionFormat } from './render.js';
export { DEFAULT_RELOAD_TIMEOUT_MS, MetricsExporter, serveMetrics } from './exporter.js';
export type { ExporterOptions, ServeHandle, ServeOptions } from './exporter.js';
