// Every import of Pulumi, in one place. Resource classes come by deep path, not through the package's index.
export { ComponentResource, Config, type CustomResourceOptions, type Resource } from '@pulumi/pulumi';
export { Provider } from '@pulumi/kubernetes/provider.js';
export { ConfigMap } from '@pulumi/kubernetes/core/v1/configMap.js';
export { LimitRange } from '@pulumi/kubernetes/core/v1/limitRange.js';
export { Namespace } from '@pulumi/kubernetes/core/v1/namespace.js';
export { ResourceQuota } from '@pulumi/kubernetes/core/v1/resourceQuota.js';
export { NetworkPolicy } from '@pulumi/kubernetes/networking/v1/networkPolicy.js';
export { Role } from '@pulumi/kubernetes/rbac/v1/role.js';
export { RoleBinding } from '@pulumi/kubernetes/rbac/v1/roleBinding.js';
export { CustomResource } from '@pulumi/kubernetes/apiextensions/customResource.js';
