// The Pulumi form of the object plan: per cluster a Kubernetes provider from the kubeconfig context, then one resource
// per planned object, namespaced objects after their Namespace. Same plan, same objects as the cdktf stacks.
import type { ClusterPlan, K8sObject, K8sPlan } from '../../modules/k8s/index.js';
import {
  ConfigMap,
  CustomResource,
  LimitRange,
  Namespace,
  NetworkPolicy,
  Provider,
  ResourceQuota,
  Role,
  RoleBinding,
  type CustomResourceOptions,
  type Resource,
} from './engine.js';

export interface DeployOptions {
  /**
   * Kubeconfig file; the context is the cluster's `context` from the inventory.
   *
   * @default - the provider's own default (`KUBECONFIG`, then `~/.kube/config`)
   */
  readonly kubeconfig?: string;
}

/** Pulumi resource name of an object: unique within the program. */
export function resourceName(cluster: string, object: K8sObject): string {
  return [cluster, object.kind, object.metadata.namespace, object.metadata.name].filter((x) => x !== undefined).join('/');
}

function deployCluster(cluster: ClusterPlan, options: DeployOptions): Resource[] {
  const provider = new Provider(cluster.name, {
    context: cluster.context ?? cluster.name,
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    // The plan is complete: objects the plan does not list are not Pulumi's to keep.
    enableServerSideApply: true,
  });
  const namespaces = new Map<string, Namespace>();
  const resources: Resource[] = [provider];
  for (const object of cluster.objects) {
    const name = resourceName(cluster.name, object);
    const owner = object.metadata.namespace === undefined ? undefined : namespaces.get(object.metadata.namespace);
    const opts: CustomResourceOptions = { provider, ...(owner ? { dependsOn: [owner] } : {}) };
    // The plan's objects are Kubernetes-shaped already; the typed args take them as they are.
    const args = JSON.parse(JSON.stringify(object)) as never;
    switch (object.kind) {
      case 'Namespace': {
        const ns = new Namespace(name, args, opts);
        namespaces.set(object.metadata.name, ns);
        resources.push(ns);
        break;
      }
      case 'NetworkPolicy':
        resources.push(new NetworkPolicy(name, args, opts));
        break;
      case 'ResourceQuota':
        resources.push(new ResourceQuota(name, args, opts));
        break;
      case 'LimitRange':
        resources.push(new LimitRange(name, args, opts));
        break;
      case 'Role':
        resources.push(new Role(name, args, opts));
        break;
      case 'RoleBinding':
        resources.push(new RoleBinding(name, args, opts));
        break;
      case 'ConfigMap':
        resources.push(new ConfigMap(name, args, opts));
        break;
      default:
        resources.push(new CustomResource(name, args, opts));
    }
  }
  return resources;
}

/** Registers every object of the plan; returns the resources (providers included) in registration order. */
export function deployPlan(plan: K8sPlan, options: DeployOptions = {}): Resource[] {
  return plan.clusters.flatMap((cluster) => deployCluster(cluster, options));
}
