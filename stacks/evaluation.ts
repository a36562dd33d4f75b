// How the cdktf app and the Pulumi program get their plans: the same evaluation as `hatang validate`, so a broken
// or foreign lock, or an invalid inventory, is refused with the same located diagnostics.
import { evaluate, isValid, openInventory, select, type Evaluation } from '../modules/evaluation/index.js';
import { formatDiagnostic, todayUtc } from '../modules/model/index.js';

/** The inventory could not be evaluated; `message` lists every diagnostic, one per line. */
export class InventoryRefusedError extends Error {}

/** Evaluates the inventory in `dir` at its own date (else today) under the rule-set in force. */
export async function evaluateInventory(dir: string): Promise<Evaluation> {
  const opened = await openInventory(dir);
  if (!isValid(opened)) {
    throw new InventoryRefusedError(
      opened.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => formatDiagnostic(d, 'en'))
        .join('\n'),
    );
  }
  return evaluate(opened, select({}, { inventoryAsOf: opened.model.province.asOf, today: todayUtc() }));
}
