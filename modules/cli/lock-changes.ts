// What `hatang plan` would change in the lock file: entries added, removed and changed, for people (standard error).
import type { AddressLock, LockEntry } from '../addressing/index.js';
import { forTerminal, type Lang } from '../model/index.js';

export interface LockChange {
  readonly key: string;
  readonly before?: LockEntry;
  readonly after?: LockEntry;
}

/** Entries added, removed or changed between the committed lock (undefined when there is none) and the new one, by key. */
export function lockChanges(before: AddressLock | undefined, after: AddressLock): LockChange[] {
  const old = before?.allocations ?? {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(after.allocations)])].sort();
  const changes: LockChange[] = [];
  for (const key of keys) {
    const a = old[key];
    const b = after.allocations[key];
    if (a && b && a.prefix === b.prefix && a.pool === b.pool && a.size === b.size) continue;
    changes.push({ key, ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) });
  }
  return changes;
}

/** Lines listed before "… and N more". */
const SHOWN = 30;

/** The changes as lines: `+ key prefix (pool p)`, `- key prefix`, `~ key old → new`; a rewrite of the same entries says so. */
export function renderLockChanges(changes: readonly LockChange[], existed: boolean, lang: Lang): string {
  const vi = lang === 'vi';
  if (changes.length === 0) {
    return vi ? '  (các mục không đổi; tệp được viết lại theo định dạng chuẩn)\n' : '  (the same entries; the file is rewritten in its standard form)\n';
  }
  const lines = changes.slice(0, SHOWN).map((c) => {
    if (c.before && c.after) return `  ~ ${c.key} ${c.before.prefix} → ${c.after.prefix} (pool ${c.after.pool})`;
    if (c.after) return `  + ${c.key} ${c.after.prefix} (pool ${c.after.pool})`;
    return `  - ${c.key} ${c.before!.prefix} (pool ${c.before!.pool})`;
  });
  if (changes.length > SHOWN) lines.push(vi ? `  … và ${changes.length - SHOWN} mục nữa` : `  … and ${changes.length - SHOWN} more`);
  const count = (sign: (c: LockChange) => boolean) => changes.filter(sign).length;
  const added = count((c) => !c.before);
  const removed = count((c) => !c.after);
  const changed = changes.length - added - removed;
  const head = vi
    ? `${existed ? '' : 'tệp chưa có; '}${added} mục thêm, ${removed} mục bỏ, ${changed} mục đổi:`
    : `${existed ? '' : 'no file yet; '}${added} added, ${removed} removed, ${changed} changed:`;
  return [`  ${head}`, ...lines].map(forTerminal).join('\n') + '\n';
}
