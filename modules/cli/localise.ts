// The command line's own words in the language of the run: commander's help headings, its help and version options,
// and its parser errors (unknown option or command, missing argument, invalid choice…), through commander's public
// configuration (configureHelp, configureOutput, helpOption, helpCommand). The typo suggestions commander makes stay.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../model/index.js';
import { describe } from './help-text.js';

/**
 * The language of the run, read from the command line before it is parsed, so that help and parser errors are in
 * it too: the last `--lang vi|en` (or `--lang=…`) before `--`, else Vietnamese, like every command's `--lang`.
 */
export function preferredLang(argv: readonly string[]): Lang {
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'vi' || value === 'en') lang = value;
  }
  return lang;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

/** `(choices: "vi", "en", default: "vi")` in Vietnamese. */
function extraInfo(text: string): string {
  return text.replace(
    /\b(choices|default|preset|env): /g,
    (_m, word: string) => `${{ choices: 'chọn một trong', default: 'mặc định', preset: 'khi không ghi giá trị', env: 'biến môi trường' }[word]}: `,
  );
}

/** A description with commander's additions: the description in Vietnamese (help-text.ts), the additions too. */
function withExtra(full: string, description: string): string {
  const rest = full.startsWith(description) ? full.slice(description.length) : full;
  return full.startsWith(description) ? `${describe(description)}${extraInfo(rest)}` : extraInfo(full);
}

const base = Help.prototype;

/** Help in Vietnamese: headings, usage words, descriptions and commander's additions to them. */
const VI_HELP: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd: Command) {
    return base.commandUsage.call(this, cmd).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
  },
  subcommandTerm(this: Help, cmd: Command) {
    return base.subcommandTerm.call(this, cmd).replace(' [options]', ' [tùy chọn]');
  },
  commandDescription: (cmd: Command) => describe(cmd.description()),
  subcommandDescription: (cmd: Command) => describe(cmd.summary() || cmd.description()),
  optionDescription(this: Help, option: Option) {
    return withExtra(base.optionDescription.call(this, option), option.description);
  },
  argumentDescription(this: Help, argument: Argument) {
    return withExtra(base.argumentDescription.call(this, argument), argument.description);
  },
};

/**
 * Sets the program's help and output in `lang` before its subcommands are added (they inherit it): Vietnamese help,
 * parser errors through `translateError`, suggestions after a typo, and exit codes left to the caller (exitOverride).
 */
export function localiseProgram(program: Command, lang: Lang, write: { out: (s: string) => void; err: (s: string) => void }): Command {
  const vi = lang === 'vi';
  return program
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (message, writeErr) => writeErr(vi ? translateError(message) : message),
    })
    .configureHelp({ showGlobalOptions: true, ...(vi ? VI_HELP : {}) })
    .helpOption('-h, --help', vi ? 'hiển thị trợ giúp của lệnh' : 'display help for command')
    .helpCommand(vi ? 'help [lệnh]' : 'help [command]', vi ? 'hiển thị trợ giúp của lệnh' : 'display help for command')
    .showSuggestionAfterError(true)
    .showHelpAfterError(vi ? '(xem hatang --help)' : '(hatang --help)');
}

/** commander's "(Did you mean …?)" in Vietnamese. */
function suggestion(text: string): string {
  return text.replace(/\(Did you mean one of (.+)\?\)/, '(Có phải là một trong: $1?)').replace(/\(Did you mean (.+)\?\)/, '(Có phải là $1?)');
}

/** What commander calls the thing it complains about: `option '--x <v>'` or `environment variable 'X'`. */
function subject(text: string): string {
  return text.replace(/^option '(.+)'$/, 'tùy chọn "$1"').replace(/^environment variable '(.+)'$/, 'biến môi trường "$1"');
}

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** commander 14's parser errors, one pattern each (lib/command.js); anything else is left as commander wrote it. */
const ERROR_RULES: readonly Rule[] = [
  [/^error: unknown option '(.+?)'(\n[\s\S]*)?$/, (flag, rest = '') => `lỗi: không có tùy chọn "${flag}"${suggestion(rest)}`],
  [/^error: unknown command '(.+?)'(\n[\s\S]*)?$/, (name, rest = '') => `lỗi: không có lệnh "${name}"${suggestion(rest)}`],
  [/^error: missing required argument '(.+)'$/, (name) => `lỗi: thiếu tham số bắt buộc "${name}"`],
  [/^error: option '(.+)' argument missing$/, (flags) => `lỗi: tùy chọn "${flags}" thiếu giá trị`],
  [/^error: required option '(.+)' not specified$/, (flags) => `lỗi: thiếu tùy chọn bắt buộc "${flags}"`],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `lỗi: không dùng được ${subject(a!)} cùng với ${subject(b!)}`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) => `lỗi: thừa tham số${name ? ` cho lệnh "${name}"` : ''}: nhận tối đa ${expected}, đã cho ${got}.`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (flags, value, choices) => `lỗi: giá trị "${value}" của tùy chọn "${flags}" không hợp lệ; chọn một trong: ${choices}.`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\.(.*)$/, (flags, value, rest) => `lỗi: giá trị "${value}" của tùy chọn "${flags}" không hợp lệ.${rest}`],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    (value, name, choices) => `lỗi: giá trị "${value}" của tham số "${name}" không hợp lệ; chọn một trong: ${choices}.`,
  ],
];

/** A parser error of commander in Vietnamese; an error no pattern knows stays as it is (English, never lost). */
export function translateError(message: string): string {
  const body = message.endsWith('\n') ? message.slice(0, -1) : message;
  for (const [pattern, say] of ERROR_RULES) {
    const m = pattern.exec(body);
    if (m) return `${say(...m.slice(1).map((g) => g ?? ''))}\n`;
  }
  return message;
}
