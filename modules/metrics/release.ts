// Unblocking a read of the inventory stuck on a named pipe (FIFO). Opening a FIFO for reading blocks until a writer
// comes; the read runs in a thread of libuv's pool, which no timeout or AbortSignal can interrupt, and a process with
// such a thread can neither finish its event loop nor exit (process.exit joins the pool's threads). Opening the FIFO
// for writing without blocking, then closing it, lets the blocked open() return, and the read ends at once with no
// content. Nothing is written. Called only once a read has been given up (timed out, or the exporter closing).
// Asynchronous, so that a folder on a hung mount blocks threads of the pool, never the event loop that answers
// scrapes and signals.
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Deep enough for any inventory; also what ends a walk through a symbolic link to a parent folder. */
const MAX_DEPTH = 16;

/**
 * Releases the reads blocked on FIFOs under `dir` (entries the loader reads: hidden ones and node_modules skipped,
 * links followed); resolves with the paths of the FIFOs whose blocked reader was released.
 */
export async function releaseBlockedFifos(dir: string): Promise<string[]> {
  const released: string[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory() && depth < MAX_DEPTH) await visit(path, depth + 1);
      else if (info?.isFIFO() && (await releaseFifo(path))) released.push(path);
    }
  };
  await visit(dir, 0);
  return released;
}

/** True when a reader was waiting (the non-blocking open for writing succeeds only then; ENXIO otherwise). */
async function releaseFifo(path: string): Promise<boolean> {
  try {
    await (await open(path, constants.O_WRONLY | constants.O_NONBLOCK)).close();
    return true;
  } catch {
    return false;
  }
}
