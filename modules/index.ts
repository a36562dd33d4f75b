// hatang as a library (`import … from 'hatang'`): the stable surface, kept small. One evaluation reads an inventory
// folder once and answers everything else from memory (docs/architecture.md, "One evaluation"):
//
//   const opened = await openInventory('inventory/lang-son');
//   if (!isValid(opened)) throw new Error(opened.diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n'));
//   const evaluation = evaluate(opened, select({}, { inventoryAsOf: opened.model.province.asOf, today: todayUtc() }));
//   evaluation.findings; evaluation.plan; evaluation.k8s();
//
// The cdktf stacks are in `hatang/stacks`, the Pulumi program in `hatang/stacks/pulumi`, the inventory types in
// `hatang/model`, the JSON schema of an inventory document in `hatang/schema` (docs/stacks.md, docs/install.md).
// Nothing else under dist/ is part of the contract.
import pkg from '../package.json' with { type: 'json' };

/** The version of this hatang (package.json), as the reports and SARIF print it. */
export const VERSION: string = pkg.version;

// Reading, choosing the rule-set, evaluating.
export { evaluate, isValid, openInventory, select, SelectionError, rulesetsOf } from './evaluation/index.js';
export type { EvaluateOptions, Evaluation, OpenedInventory, OpenOptions, Selection, SelectionRequest, ValidInventory } from './evaluation/index.js';
export { formatDiagnostic, todayUtc } from './model/index.js';
export type { Diagnostic, Finding, Lang, Model, Text } from './model/index.js';

// The Kubernetes object plan of an evaluation (`evaluation.k8s()`), its checks and its YAML manifests.
export { renderManifests, validatePlan } from './k8s/index.js';
export type { ClusterPlan, K8sObject, K8sPlan, ManifestFile, NamespacePlan, ObjectProblem, PlanNote } from './k8s/index.js';

// The outputs of `hatang validate` (JSON report, SARIF, JUnit), the compliance report and the runbooks.
export { renderComplianceReport, renderJunit, renderSarif, validationReport } from './report/index.js';
export type { DocumentOptions, RenderedDocument, ValidationReport } from './report/index.js';
export { generateRunbooks } from './runbook/index.js';
export type { RunbookFile, RunbookOptions } from './runbook/index.js';

// An optional engine (cdktf, Pulumi, playwright-core) that is not installed.
export { engineInstallCommand, MissingEngineError } from './model/engines.js';
export type { EngineName } from './model/engines.js';
