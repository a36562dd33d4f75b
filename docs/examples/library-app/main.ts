// A cdktf app of an inventory repository: hatang's stacks (one per Kubernetes cluster of the province) next to a
// stack of the repository's own. Build with `npx tsc`, synthesize with `node main.js [inventory folder]`.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { evaluate, formatDiagnostic, isValid, openInventory, select, todayUtc, type Evaluation } from 'hatang';
import { addStacks, siteBackends } from 'hatang/stacks';

/** A stack of our own: what the province's stacks hold, as Terraform outputs. */
class InventorySummary extends TerraformStack {
  constructor(scope: Construct, id: string, evaluation: Evaluation, stacks: readonly string[]) {
    super(scope, id);
    new TerraformOutput(this, 'province', { value: evaluation.model.province.name });
    new TerraformOutput(this, 'cluster_stacks', { value: [...stacks] });
    new TerraformOutput(this, 'failing_findings', { value: evaluation.findings.filter((f) => f.status === 'fail').length });
  }
}

const dir = process.argv[2] ?? 'inventory/lang-son';
const opened = await openInventory(dir);
if (!isValid(opened)) {
  // An invalid inventory or a broken address lock: the same located diagnostics as `hatang validate`.
  for (const d of opened.diagnostics) console.error(formatDiagnostic(d, 'en'));
  process.exit(2);
}
// The rule-set in force at the inventory's own date (else today), as every hatang command chooses it.
const evaluation = evaluate(opened, select({}, { inventoryAsOf: opened.model.province.asOf, today: todayUtc() }));

const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
// The object plan is made with the committed address lock; each cluster's state backend comes from its site.
const stacks = addStacks(app, evaluation.k8s(), { backend: siteBackends(evaluation.model) });
new InventorySummary(
  app,
  'inventory-summary',
  evaluation,
  stacks.map((s) => s.node.id),
);
app.synth();
console.log(`Synthesized ${stacks.length + 1} stacks into ${app.outdir}`);
