// Runs the `hatang` command line in-process, as a user would type it, and captures what it prints; evaluates
// inventories and models the way every command does.
import { evaluate, isValid, openInventory, select, type Evaluation, type SelectionRequest, type ValidInventory } from '../modules/evaluation/index.js';
import { main } from '../modules/cli/index.js';
import type { AddressLock } from '../modules/addressing/index.js';
import type { Locate, Model } from '../modules/model/index.js';
import { STACK_PORTS } from '../stacks/port.js';

/** The ports bin/hatang.js wires (the cdktf stacks), for tests that call `main` themselves. */
export const PORTS = STACK_PORTS;

/** The date tests evaluate at when neither the case nor the inventory gives one. */
export const TEST_TODAY = '2026-11-29';

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, PORTS);
  return { code, stdout, stderr };
}

/** The evaluation of the inventory in `dir`, as `hatang validate` makes it; throws when the inventory is invalid. */
export async function evaluateDir(dir: string, request: SelectionRequest = {}, options: { release?: boolean } = {}): Promise<Evaluation> {
  const opened = await openInventory(dir);
  if (!isValid(opened)) throw new Error(`${dir} is not valid: ${opened.diagnostics.map((d) => d.message.en).join('; ')}`);
  return evaluate(opened, select(request, { inventoryAsOf: opened.model.province.asOf, today: TEST_TODAY }), options);
}

const atSource: Locate = (source) => ({ file: source.file, line: source.line, column: source.column });

/** The evaluation of a model built in a test (no files): locations point at each entity's document. */
export function evaluateModel(
  model: Model,
  request: SelectionRequest = {},
  extra: { lock?: AddressLock; locate?: Locate; release?: boolean } = {},
): Evaluation {
  const locate = extra.locate ?? atSource;
  const opened: ValidInventory = {
    path: model.root,
    model,
    locate,
    load: { model, diagnostics: [], locate },
    diagnostics: [],
    lockPath: 'addressing.lock.yaml',
    ...(extra.lock ? { lock: extra.lock } : {}),
  };
  return evaluate(opened, select(request, { inventoryAsOf: model.province.asOf, today: TEST_TODAY }), extra.release ? { release: true } : {});
}
