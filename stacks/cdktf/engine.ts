// Every import of cdktf and its Kubernetes provider, in one place: CDK Terrain (`cdktn`, `@cdktn/provider-kubernetes`)
// can replace them here. Provider classes come by deep path; the package's barrel costs about a second at start.
export { App, LocalBackend, PgBackend, S3Backend, TerraformStack, Testing } from 'cdktf';
export { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1/index.js';
export { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1/index.js';
export { Manifest } from '@cdktf/provider-kubernetes/lib/manifest/index.js';
export { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1/index.js';
export { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1/index.js';
export { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
export { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1/index.js';
export { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1/index.js';
export { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1/index.js';
export { Construct } from 'constructs';
