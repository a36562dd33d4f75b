// One evaluation of an inventory: the model, its lock, the rule-set selection, the address plan, every finding
// and (on demand) the Kubernetes plan. Pure: every command, every `build` output, the exporter, the cdktf app and
// the Pulumi program read the same Evaluation instead of planning or checking again.
import { planContext, planWithItems, runPlanRules, type AddressLock, type AddressPlan, type Release } from '../addressing/index.js';
import { annexGrid, parameterValue, runBaseline, type AnnexSystemGrid } from '../baseline/index.js';
import { buildPlan, type K8sPlan } from '../k8s/index.js';
import type { Diagnostic, Finding, LoadResult, Locate, Model } from '../model/index.js';
import { applyWaivers, compareFindings, verbatimTexts, type EmitContext } from '../rules/index.js';
import { ALL_RULE_IDS, rulesOf } from './registry.js';
import type { ValidInventory } from './open.js';
import type { Selection } from './selection.js';

export interface Evaluation {
  /** The inventory folder, as given. */
  readonly path: string;
  readonly model: Model;
  readonly locate: Locate;
  /** The load result (warnings, locate) the text and JSON reports show. */
  readonly load: LoadResult;
  /** Diagnostics of the inventory (warnings only: an evaluation exists only for valid input). */
  readonly diagnostics: readonly Diagnostic[];
  readonly lockPath: string;
  /** The committed lock the plan kept, and its text as read. */
  readonly lock?: AddressLock;
  readonly lockText?: string;
  readonly selection: Selection;
  /** The address plan made with the committed lock. */
  readonly plan: AddressPlan;
  /** Every finding of every rule, waivers applied, in the stable order. */
  readonly findings: readonly Finding[];
  /** The address-plan rules' findings among them (what `hatang plan` shows). */
  readonly planFindings: readonly Finding[];
  /** The Kubernetes object plan with the same address plan, built on first use. */
  readonly k8s: () => K8sPlan;
  /** The TT 12 annex grid of every system from every finding (also those --baseline hides), built on first use. */
  readonly annex: () => readonly AnnexSystemGrid[];
}

export interface EvaluateOptions {
  /** Lock entries to give up (`hatang plan --release [key...]`; see Release in modules/addressing/types.ts). */
  readonly release?: Release;
}

/** Evaluates an opened inventory under a selection. Throws RuleError when a rule's check throws (fail closed). */
export function evaluate(opened: ValidInventory, selection: Selection, options: EvaluateOptions = {}): Evaluation {
  const { model, locate } = opened;
  const rules = rulesOf(selection.ruleset);
  const work = planWithItems(model, opened.lock, { lockFile: opened.lockPath, ...(options.release ? { release: options.release } : {}) });
  const emit: EmitContext = { ruleset: selection.ruleset.id, locate, verbatim: verbatimTexts(model) };
  const planCtx = planContext({ model, plan: work.plan, items: work.items, pools: work.pools, locate, asOf: selection.asOf });
  const raw = [...runBaseline({ model, locate }, selection, selection.parameters), ...runPlanRules(rules.plan, planCtx, emit)];
  const findings = applyWaivers(raw, { model, locate, asOf: selection.asOf, ruleset: selection.ruleset.id, knownRules: ALL_RULE_IDS }).sort(compareFindings);
  const planIds = new Set(rules.plan.map((r) => r.id));
  let k8s: K8sPlan | undefined;
  let annex: AnnexSystemGrid[] | undefined;
  return {
    path: opened.path,
    model,
    locate,
    load: opened.load,
    diagnostics: opened.diagnostics,
    lockPath: opened.lockPath,
    ...(opened.lock ? { lock: opened.lock } : {}),
    ...(opened.lockText !== undefined ? { lockText: opened.lockText } : {}),
    selection,
    plan: work.plan,
    findings,
    planFindings: findings.filter((f) => planIds.has(f.rule)),
    k8s: () => (k8s ??= buildPlan(model, { addresses: work.plan })),
    annex: () => (annex ??= annexGrid({ model, findings, ruleset: selection.ruleset })),
  };
}

/** The value of a baseline parameter under the evaluation's selection (e.g. a drill interval for metrics). */
export function parameterOf(evaluation: Pick<Evaluation, 'selection'>, name: Parameters<typeof parameterValue>[0], level: number) {
  const { selection } = evaluation;
  return parameterValue(name, selection.ruleset.id, level, selection.parameters);
}
