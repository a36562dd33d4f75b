// The I/O edge of an evaluation: reads the inventory folder and its address lock, nothing else. The one place
// that loads an inventory with its lock; everything after it is pure.
import { join } from 'node:path';
import { LOCK_FILE, readAddressLock, type AddressLock } from '../addressing/index.js';
import { loadInventory, type Diagnostic, type LoadResult, type Locate, type Model } from '../model/index.js';

export interface OpenOptions {
  /** Lock file to read (default: `<dir>/addressing.lock.yaml`). */
  readonly lockPath?: string;
  /** Called after each file is parsed, for progress displays. */
  readonly onFile?: (done: number, total: number, file: string) => void;
}

/** An inventory as read: its model when inventory and lock have no error, and every diagnostic of both. */
export interface OpenedInventory {
  readonly path: string;
  /**
   * The load result. Its `model` is dropped when the lock is broken or foreign: judging prefixes nobody planned
   * would mislead, so such an inventory is refused like invalid input.
   */
  readonly load: LoadResult;
  /** The model, when neither the inventory nor its lock has an error diagnostic. */
  readonly model?: Model;
  readonly locate: Locate;
  /** Every diagnostic: the inventory's, then the lock file's. */
  readonly diagnostics: readonly Diagnostic[];
  readonly lockPath: string;
  /** The committed lock (absent when the inventory has none). */
  readonly lock?: AddressLock;
  /** The lock file's text as read, to tell whether a new lock differs. */
  readonly lockText?: string;
}

/** An opened inventory that can be evaluated. */
export type ValidInventory = OpenedInventory & { readonly model: Model };

export const isValid = (opened: OpenedInventory): opened is ValidInventory => opened.model !== undefined;

/** Reads the inventory in `path` and its lock file. Never throws for bad input: problems are diagnostics. */
export async function openInventory(path: string, options: OpenOptions = {}): Promise<OpenedInventory> {
  const load = await loadInventory(path, options.onFile ? { onFile: options.onFile } : {});
  const lockPath = options.lockPath ?? join(path, LOCK_FILE);
  const base = { path, locate: load.locate, lockPath };
  if (!load.model) return { ...base, load, diagnostics: load.diagnostics };
  const read = await readAddressLock(lockPath, load.model);
  if (read.diagnostics.length > 0) {
    const { model: _model, ...rest } = load;
    const diagnostics = [...load.diagnostics, ...read.diagnostics];
    return { ...base, load: { ...rest, diagnostics }, diagnostics, ...(read.text !== undefined ? { lockText: read.text } : {}) };
  }
  return {
    ...base,
    load,
    model: load.model,
    diagnostics: load.diagnostics,
    ...(read.lock ? { lock: read.lock } : {}),
    ...(read.text !== undefined ? { lockText: read.text } : {}),
  };
}
