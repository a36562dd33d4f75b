// The help of the command line in Vietnamese: the description of every command, argument and option, keyed by its
// English text (the text in the registration). A description missing here is shown in English.

const VI: Readonly<Record<string, string>> = {};

/** The Vietnamese help text of an English description, or the description itself. */
export function describe(en: string): string {
  return VI[en] ?? en;
}
