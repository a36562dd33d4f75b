// The message catalogue: every message that carries a count or a unit, in ICU MessageFormat, Vietnamese and English
// side by side (catalogue.ts). `msg(key, values)` formats both languages at once and returns a `Text`.
//
// Plural forms come from the language's plural rules: Vietnamese has only `other` ("2 thiết bị"), English `one` and
// `other` ("1 device", "2 devices"). `#` and `{n, number}` write numbers as each language groups thousands
// (10.000 / 10,000); a plain `{x}` prints the value as given (years, VLAN ids, prefix lengths, sizes with decimals).
// Dates are not formatted here: pass `dateText`/`viDate` results (or a `Text`) as values.
import { IntlMessageFormat } from 'intl-messageformat';
import { viDate } from '../dates.js';
import type { Lang, Text } from '../diagnostics.js';
import { durationText } from '../durations.js';
import { MESSAGES } from './catalogue.js';

export { MESSAGES } from './catalogue.js';

export type MessageKey = keyof typeof MESSAGES;

/** A value for an argument: a number, a string shown as is in both languages, or a `Text` shown in each language. */
export type MessageValue = string | number | Text;

type Illegal = ' ' | ',' | '{' | '}' | '#' | "'" | '\n';
type Clean<N extends string> = N extends '' ? never : N extends `${string}${Illegal}${string}` ? never : N;

/** Words that open a branch of a plural or select argument (`one {…}`): the brace after them is text, not an argument. */
type Selector = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | 'yes' | 'no';
type Branch<Before extends string> = Before extends `${string}${' ' | '{' | '}' | ','}${Selector} ` ? true : false;

/** The argument names of an ICU message: every `{name}` or `{name, …}` at any depth. */
export type ArgNames<S extends string> = S extends `${infer Before}{${infer After}`
  ? | (Branch<Before> extends true ? never : After extends `${infer N}}${string}` ? Clean<N> : never)
    | (After extends `${infer N},${string}` ? Clean<N> : never)
    | ArgNames<After>
  : never;

type Names<K extends MessageKey> = ArgNames<(typeof MESSAGES)[K]['vi']> | ArgNames<(typeof MESSAGES)[K]['en']>;

/** The values a message needs: none for a message without arguments, else exactly its arguments. */
export type MessageArgs<K extends MessageKey> = [Names<K>] extends [never] ? [] : [values: { readonly [A in Names<K>]: MessageValue }];

const compiled = new Map<string, IntlMessageFormat>();

function formatOf(key: MessageKey, lang: Lang): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    format = new IntlMessageFormat(MESSAGES[key][lang], lang);
    compiled.set(id, format);
  }
  return format;
}

function valuesIn(values: Readonly<Record<string, MessageValue>>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) out[name] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** Formats one language of a message. */
export function msgIn<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  const values = (args[0] ?? {}) as Readonly<Record<string, MessageValue>>;
  return String(formatOf(key, lang).format(valuesIn(values, lang)));
}

/** Formats a message of the catalogue in both languages. */
export function msg<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  return { vi: msgIn('vi', key, ...args), en: msgIn('en', key, ...args) };
}

/** A YYYY-MM-DD date as a message value: dd/mm/yyyy in Vietnamese, unchanged in English. */
export const dateValue = (iso: string): Text => ({ vi: viDate(iso), en: iso });

/** A number of minutes in words as a message value ("1 ngày 45 phút" / "1 day 45 minutes"). */
export const durationValue = (minutes: number): Text => ({ vi: durationText(minutes, 'vi'), en: durationText(minutes, 'en') });
