// Shell words for the commands of the runbooks. Every value a command takes from the inventory (a context, a
// namespace, a host name, an address) goes through `sh`, the only place that quotes: the schema already keeps those
// values to their grammar, and this keeps a value one argument even if it did not (defence in depth).

/** Characters that mean nothing to a POSIX shell inside a word (not at its start: `=` or `-` there is the caller's). */
const PLAIN = /^[A-Za-z0-9_.,:@%+=/-]+$/;
/** Control characters and line separators: a command is one line, and a Markdown fence must not end inside it. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * One shell word for `value`: as it is when it holds only plain characters (an identifier, an address), else in
 * single quotes, with `'` written as `'\''`. Control characters cannot be typed into a command and become `?`.
 */
export function shellWord(value: string | number): string {
  const text = String(value).replace(CONTROL, '?');
  return PLAIN.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A command line: the literal parts are written as they are (the command and its options, the template's own
 * operators); every `${value}` is one quoted word, or one quoted part of a word (`hatang-${name}`).
 */
export function sh(literals: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return literals.reduce((line, literal, i) => line + literal + (i < values.length ? shellWord(values[i]!) : ''), '');
}
