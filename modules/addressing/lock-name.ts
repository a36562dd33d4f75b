// The lock file's name, in a file of its own that imports nothing, so that the command line's help can show it
// without loading the planner.

/** Name of the lock file inside an inventory folder. */
export const LOCK_FILE = 'addressing.lock.yaml';
