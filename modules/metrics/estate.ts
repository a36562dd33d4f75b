// The estate as gauges: agencies by the device at their TSLCD termination, workstations and servers and their
// protection (agency sums and province totals), allowed flows to external endpoints by endpoint and network, and
// systems by service model. Label values are enums and names of the model, never free text.
import { externalOf, type Agency, type EndpointCounts, type Model, type ServiceModel } from '../model/index.js';

type Add = (name: string, labels: readonly string[], value: number) => void;

/** The state of an agency's edge, as the `state` label of `hatang_agencies_by_edge_firewall` writes it. */
export const EDGE_FIREWALL_STATES = ['firewall', 'no-firewall', 'not-declared'] as const;
export type EdgeFirewallState = (typeof EDGE_FIREWALL_STATES)[number];

export const edgeFirewallState = (a: Pick<Agency, 'edge'>): EdgeFirewallState =>
  a.edge === undefined ? 'not-declared' : a.edge.firewall ? 'firewall' : 'no-firewall';

/** The `service_model` label: the system's declared service model, or `not-declared`. */
export const SERVICE_MODEL_VALUES = ['on-premises', 'iaas', 'paas', 'saas', 'not-declared'] as const satisfies readonly (ServiceModel | 'not-declared')[];

/** Endpoint figures exported per scope: metric name and the field of EndpointCounts it sums. */
const ENDPOINT_FIGURES: readonly (readonly [string, keyof Omit<EndpointCounts, 'asOf' | 'reference'>])[] = [
  ['hatang_workstations', 'workstations'],
  ['hatang_workstations_protected', 'workstationsProtected'],
  ['hatang_servers', 'servers'],
  ['hatang_servers_protected', 'serversProtected'],
];

/** Adds the estate samples of `model`. */
export function collectEstate(model: Model, add: Add): void {
  for (const state of EDGE_FIREWALL_STATES)
    add('hatang_agencies_by_edge_firewall', [state], model.agencies.filter((a) => edgeFirewallState(a) === state).length);

  // A figure is exported for a scope only when someone declared it there: a missing figure is not a zero.
  for (const [metric, field] of ENDPOINT_FIGURES) {
    const declared = model.agencies.flatMap((a) => (a.endpoints?.[field] !== undefined ? [a.endpoints[field]] : []));
    if (declared.length > 0)
      add(
        metric,
        ['agencies'],
        declared.reduce((n, x) => n + x, 0),
      );
    const total = model.province.endpoints?.[field];
    if (total !== undefined) add(metric, ['province'], total);
  }

  const flows = new Map<string, { labels: string[]; count: number }>();
  for (const f of model.flows) {
    for (const [end, direction] of [
      [f.to, 'outbound'],
      [f.from, 'inbound'],
    ] as const) {
      if (end.type !== 'external') continue;
      const e = externalOf(model, end.external);
      // A network is reached over itself; another endpoint over the flow's `via`, else its usual path.
      const path = e?.category === 'network' ? e.path : (f.via ?? e?.path ?? '');
      const labels = [end.external, e?.category ?? '', path, direction];
      const key = labels.join('\u0000');
      const entry = flows.get(key) ?? { labels, count: 0 };
      entry.count++;
      flows.set(key, entry);
    }
  }
  for (const { labels, count } of flows.values()) add('hatang_external_flows', labels, count);

  for (const value of SERVICE_MODEL_VALUES) {
    add('hatang_systems_by_service_model', [value], model.systems.filter((s) => (s.service?.model ?? 'not-declared') === value).length);
  }
}
