// Options that take the name of an inventory object (`dossier --system`, `firewall --site`): a name the inventory
// does not have is a command-line error (exit 2) that lists the names it has and suggests the closest one.
import { nearest } from '../model/suggest.js';
import type { Lang, Text } from '../model/index.js';
import { EXIT, type CliContext } from './context.js';

/** What an option names, in both languages: the noun in a sentence and the heading of the list of known names. */
export interface NameKind {
  readonly noun: Text;
  readonly plural: Text;
}

export const SYSTEM: NameKind = { noun: { vi: 'hệ thống', en: 'system' }, plural: { vi: 'Các hệ thống', en: 'Systems' } };
export const SITE: NameKind = { noun: { vi: 'địa điểm', en: 'site' }, plural: { vi: 'Các địa điểm', en: 'Sites' } };

/** The message for a name the inventory in `path` does not have, with "did you mean" when one is close. */
export function unknownNameMessage(kind: NameKind, name: string, known: readonly string[], path: string): Text {
  const guess = nearest(name, known);
  const list = known.length > 0 ? known.join(', ') : '—';
  return {
    vi: `không có ${kind.noun.vi} "${name}" trong ${path}.${guess ? ` Có phải là "${guess}"?` : ''} ${kind.plural.vi}: ${list}.`,
    en: `there is no ${kind.noun.en} "${name}" in ${path}.${guess ? ` Did you mean "${guess}"?` : ''} ${kind.plural.en}: ${list}.`,
  };
}

/** True when `name` is one of `known`; otherwise reports it (exit 2) and returns false. */
export function checkName(cli: CliContext, kind: NameKind, name: string, known: readonly string[], path: string, lang: Lang): boolean {
  if (known.includes(name)) return true;
  cli.io.stderr(`hatang: ${unknownNameMessage(kind, name, known, path)[lang]}\n`);
  cli.setExit(EXIT.invalid);
  return false;
}
