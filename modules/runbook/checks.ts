// The commands the runbook templates print outside the numbered steps: the failover pre-checks and rollback, and the
// tests of an agency's IPv6 and TSLCD runbooks. Built with `sh`, like the steps' commands, so that every value from
// the inventory is one shell word; the templates only lay the lines out.
import type { Cluster } from '../model/index.js';
import { sh } from './shell.js';
import type { AgencyView, SystemView } from './view.js';

/** The kubeconfig context of a cluster: its `context`, else its name. */
export const contextOf = (c: Cluster): string => c.context ?? c.name;

/** HTTP status and address of a service name, as the verification steps print it. */
export const curlCheck = (name: string, family: '' | '-6 ' = ''): string =>
  `curl ${family}-fsS -o /dev/null -w '%{http_code} %{remote_ip}\\n' ${sh`https://${name}/`}`;

export interface FailoverChecks {
  /** The DR cluster's nodes and the system's namespaces on it. */
  readonly cluster: readonly string[];
  /** The current answers (and TTLs) of the system's DNS names. */
  readonly dns: readonly string[];
  /** Scaling the application at the DR site back to standby, one command per namespace. */
  readonly rollback: readonly string[];
}

export function failoverChecks(v: SystemView): FailoverChecks {
  const drc = v.drCluster;
  const context = drc ? contextOf(drc) : undefined;
  return {
    cluster:
      context === undefined
        ? []
        : [
            sh`kubectl --context ${context} get nodes -o wide`,
            // Cold DR: the namespaces are created by the failover itself.
            ...(v.mode === 'cold' ? [] : v.drNamespaces.map((ns) => sh`kubectl --context ${context} get namespace ${ns}`)),
          ],
    dns: v.records.map((r) => sh`dig +noall +answer ${r} A ${r} AAAA`),
    rollback: context === undefined ? [] : v.drNamespaces.map((n) => sh`kubectl --context ${context} -n ${n} scale deployment,statefulset --all --replicas=0`),
  };
}

/** The tests of an agency's IPv6 runbook: its IPv6 gateway, then the AAAA record and HTTPS answer of every service. */
export function ipv6Checks(v: AgencyView): string[] {
  return [
    ...(v.gateway6 ? [sh`ping -6 -c 3 ${v.gateway6}`] : []),
    ...v.services.flatMap((s) => s.records.flatMap((r) => [sh`dig +short ${r} AAAA`, curlCheck(r, '-6 ')])),
  ];
}

/** The tests of an agency's TSLCD runbook: both gateways, the site's zone gateways, the HTTPS answer of every service. */
export function tslcdChecks(v: AgencyView, siteGateways: readonly string[]): string[] {
  return [
    ...(v.gateway4 ? [sh`ping -c 3 ${v.gateway4}`] : []),
    ...(v.gateway6 ? [sh`ping -6 -c 3 ${v.gateway6}`] : []),
    ...siteGateways.map((g) => sh`traceroute ${g}`),
    ...v.services.flatMap((s) => s.records.map((r) => curlCheck(r))),
  ];
}
