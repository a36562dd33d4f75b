// Every metric hatang exports, declared as data: docs/metrics.md documents each one and a test keeps the two in step.

export type MetricType = 'gauge' | 'counter';

export interface MetricDefinition {
  /** Full metric name, `hatang_` prefix, base unit as suffix (Prometheus naming conventions). */
  readonly name: string;
  readonly type: MetricType;
  readonly help: string;
  /** Label names, in the order they are written. Values are identifiers or enums from the model, never free text. */
  readonly labels: readonly string[];
  /** Only in `hatang serve`: describes the exporter process, not the inventory, so it is not in the textfile. */
  readonly serveOnly?: boolean;
}

const d = (name: string, type: MetricType, labels: readonly string[], help: string, serveOnly = false): MetricDefinition =>
  serveOnly ? { name, type, labels, help, serveOnly } : { name, type, labels, help };

/** In the order they are written. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  d('hatang_build_info', 'gauge', ['version'], 'Always 1; the hatang version that produced these metrics.'),
  d(
    'hatang_inventory_info',
    'gauge',
    ['province', 'province_code', 'ruleset', 'hash'],
    'Always 1; the loaded inventory: province name and code, rule-set in force, first 16 hex digits of the inventory hash.',
  ),
  d(
    'hatang_evaluation_timestamp_seconds',
    'gauge',
    [],
    'Unix time of midnight UTC of the date the checks, ages and expiries were evaluated at (the as-of date); an old value means stale figures.',
  ),
  d('hatang_inventory_objects', 'gauge', ['kind'], 'Number of inventory objects of each kind.'),
  d('hatang_systems', 'gauge', ['level'], 'Number of information systems at each security level (1-5).'),
  d(
    'hatang_system_info',
    'gauge',
    ['system', 'level', 'owner', 'criterion', 'dr_mode'],
    'Always 1; one series per information system with its level, owning agency, level criterion and DR mode.',
  ),
  d(
    'hatang_findings',
    'gauge',
    ['rule', 'severity', 'status', 'system', 'level'],
    'Number of check findings by rule, severity, status, system and system level (system and level empty when the finding is not about a system).',
  ),
  d(
    'hatang_evidence_age_seconds',
    'gauge',
    ['system', 'kind'],
    'Time since the date of each evidence item of a system (level approval, assessment, tests, drills), in whole days expressed in seconds.',
  ),
  d(
    'hatang_evidence_expires_in_seconds',
    'gauge',
    ['system', 'kind'],
    'Time until an evidence item falls due again (negative when overdue), in whole days expressed in seconds; only where a cited interval applies.',
  ),
  d(
    'hatang_waiver_expires_in_seconds',
    'gauge',
    ['waiver', 'rule'],
    'Time until a waiver expires (negative when expired), in whole days expressed in seconds.',
  ),
  d('hatang_address_pool_size_addresses', 'gauge', ['pool', 'family', 'purpose'], 'Number of addresses in an address pool.'),
  d(
    'hatang_address_pool_used_addresses',
    'gauge',
    ['pool', 'family'],
    'Addresses of a pool taken by the prefixes placed in it (explicit prefixes and requested sizes).',
  ),
  d('hatang_address_pool_free_addresses', 'gauge', ['pool', 'family'], 'Addresses of a pool not taken by any prefix.'),
  d('hatang_address_pool_utilisation_ratio', 'gauge', ['pool', 'family'], 'Used addresses divided by pool size (0-1).'),
  d('hatang_system_rpo_target_seconds', 'gauge', ['system'], 'Recovery point objective stated for a system.'),
  d(
    'hatang_system_rpo_achievable_seconds',
    'gauge',
    ['system'],
    'Recovery point the system can achieve at its DR site with its backup or replication (+Inf when the copy cannot keep up or never gets there).',
  ),
  d(
    'hatang_system_dr_ready',
    'gauge',
    ['system'],
    '1 when a system has a DR site, can meet its RPO target there and had a DR drill within the last year; else 0.',
  ),
  d(
    'hatang_agencies_by_edge_firewall',
    'gauge',
    ['state'],
    'Number of agencies by the device at their TSLCD termination: a firewall declared (firewall), declared without one (no-firewall), or not declared.',
  ),
  d(
    'hatang_workstations',
    'gauge',
    ['scope'],
    'Workstations declared: the sum over the agencies that declare a figure (scope agencies) and the province-wide total (scope province).',
  ),
  d(
    'hatang_workstations_protected',
    'gauge',
    ['scope'],
    'Workstations with anti-malware protection declared: the sum over the agencies that declare a figure (scope agencies) and the province-wide total (scope province).',
  ),
  d(
    'hatang_servers',
    'gauge',
    ['scope'],
    'Servers declared: the sum over the agencies that declare a figure (scope agencies) and the province-wide total (scope province).',
  ),
  d(
    'hatang_servers_protected',
    'gauge',
    ['scope'],
    'Servers with anti-malware protection declared: the sum over the agencies that declare a figure (scope agencies) and the province-wide total (scope province).',
  ),
  d(
    'hatang_external_flows',
    'gauge',
    ['endpoint', 'category', 'path', 'direction'],
    'Number of allowed flows to (outbound) or from (inbound) an external endpoint, by endpoint, its category and the network the flow takes (tslcd, internet, dedicated).',
  ),
  d(
    'hatang_systems_by_service_model',
    'gauge',
    ['service_model'],
    'Number of information systems by how they are provided: on-premises, iaas, paas, saas, or not-declared.',
  ),
  d(
    'hatang_inventory_load_failing',
    'gauge',
    [],
    '1 while the inventory on disk fails to load, a reload timed out, or the daily re-evaluation failed (the last good state is still exported); else 0.',
    true,
  ),
  d(
    'hatang_inventory_load_errors_total',
    'counter',
    [],
    'Reloads that failed (errors in the inventory, unreadable files, a timeout) and failed daily re-evaluations.',
    true,
  ),
  d('hatang_inventory_reloads_total', 'counter', [], 'Reloads attempted after a file change or SIGHUP.', true),
  d('hatang_inventory_load_error_diagnostics', 'gauge', [], 'Number of error diagnostics of the last failed load (0 after a successful one).', true),
  d('hatang_inventory_last_success_timestamp_seconds', 'gauge', [], 'Unix time of the last successful load of the inventory.', true),
];
