// Samples to exposition text through a prom-client registry, in the Prometheus text format or OpenMetrics.
import { Gauge, Registry, type RegistryContentType } from 'prom-client';
import type { MetricSamples } from './collect.js';
import { METRIC_DEFINITIONS } from './definitions.js';

export type ExpositionFormat = 'prometheus' | 'openmetrics';

export const CONTENT_TYPES: Readonly<Record<ExpositionFormat, RegistryContentType>> = {
  prometheus: Registry.PROMETHEUS_CONTENT_TYPE,
  openmetrics: Registry.OPENMETRICS_CONTENT_TYPE,
};

/** A registry holding the inventory metrics, one gauge per definition, series added in sample order (sorted). */
export function inventoryRegistry(samples: MetricSamples, format: ExpositionFormat = 'prometheus'): Registry<RegistryContentType> {
  // The constructor's content-type argument is missing from prom-client's typings; setContentType is typed.
  const registry = new Registry<RegistryContentType>();
  registry.setContentType(CONTENT_TYPES[format]);
  for (const def of METRIC_DEFINITIONS) {
    const list = samples.get(def.name);
    if (!list) continue;
    const gauge = new Gauge({ name: def.name, help: def.help, labelNames: def.labels, registers: [registry] });
    for (const sample of list) {
      if (def.labels.length === 0) {
        gauge.set(sample.value);
        continue;
      }
      const labels: Record<string, string> = {};
      def.labels.forEach((name, i) => (labels[name] = sample.labels[i] ?? ''));
      gauge.set(labels, sample.value);
    }
  }
  return registry;
}

/** The inventory metrics as exposition text; byte-identical for the same samples (no timestamps). */
export async function renderMetrics(samples: MetricSamples, format: ExpositionFormat = 'prometheus'): Promise<string> {
  return inventoryRegistry(samples, format).metrics();
}

/** Prometheus text or OpenMetrics, from an HTTP Accept header: OpenMetrics when the client prefers it (by q). */
export function negotiateFormat(accept: string | undefined): ExpositionFormat {
  if (!accept) return 'prometheus';
  let openmetrics = 0;
  let text = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    const media = type.toLowerCase();
    if (media === 'application/openmetrics-text') openmetrics = Math.max(openmetrics, q);
    else if (media === 'text/plain' || media === 'text/*' || media === '*/*') text = Math.max(text, q);
  }
  return openmetrics > 0 && openmetrics >= text ? 'openmetrics' : 'prometheus';
}
