// The cdktf app's logic, apart from its entry point (main.ts) so that tests can call it: which inventory to
// synthesize, the refusals, and the synthesis into the output folder `cdktf synth` names.
import { evaluateInventory, InventoryRefusedError } from './evaluation.js';
import { checkUnchanged, chooseInventory, readStackSource, SourceRefusedError, stackSource } from './source.js';
import { synthesizeApp } from './synth.js';

/** The inventory synthesized when neither HATANG_INVENTORY nor a record of `hatang synth` names one. */
export const DEFAULT_INVENTORY = 'inventory/quang-ngai';

export interface AppEnv {
  /** The inventory folder to synthesize. */
  readonly HATANG_INVENTORY?: string | undefined;
  /** The output folder (`cdktf synth` sets it). @default 'cdktf.out' */
  readonly CDKTF_OUTDIR?: string | undefined;
}

export interface AppResult {
  /** 0 when the stacks were written; 2 when the inventory or the output folder's record refused them. */
  readonly code: 0 | 2;
  /** The inventory folder synthesized (or the one refused). */
  readonly inventory?: string;
  /** Why nothing was written, one line per diagnostic or language. */
  readonly errors: readonly string[];
}

/**
 * Synthesizes the inventory `hatang synth` recorded in the output folder (`hatang-source.json`), or the one
 * HATANG_INVENTORY names when the folder has no record. Refuses, writing nothing, when HATANG_INVENTORY names another
 * folder than the record, when the inventory or its object plan changed since, or when the inventory is invalid.
 */
export async function runApp(env: AppEnv): Promise<AppResult> {
  const outdir = env.CDKTF_OUTDIR ?? 'cdktf.out';
  let inventory: string | undefined;
  try {
    const record = readStackSource(outdir);
    inventory = chooseInventory(outdir, record, env.HATANG_INVENTORY, DEFAULT_INVENTORY);
    // Zones requested by size take the prefixes of the address lock, as `hatang plan` wrote them.
    const evaluation = await evaluateInventory(inventory);
    const plan = evaluation.k8s();
    if (record) checkUnchanged(outdir, record, stackSource(evaluation.model, plan));
    synthesizeApp(evaluation.model, outdir, { prebuilt: plan });
    return { code: 0, inventory, errors: [] };
  } catch (error) {
    if (!(error instanceof InventoryRefusedError || error instanceof SourceRefusedError)) throw error;
    return { code: 2, ...(inventory !== undefined ? { inventory } : {}), errors: error.message.split('\n') };
  }
}
