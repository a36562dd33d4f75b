// `hatang --help` and `hatang <command> --help` in Vietnamese (the default): every description the help prints has a
// Vietnamese text (modules/cli/help-text.ts), the printed help has no English words left, and under `--lang en` the
// help stays English. The commands, options and arguments are read from the program itself, so that a new option
// without a Vietnamese text fails here.
import { Command } from 'commander';
import { describe, expect, test, vi } from 'vitest';
import { describe as inVietnamese } from '../../modules/cli/help-text.js';
import { runCli } from '../helpers.js';
import { WORDS, wordsRe } from '../i18n/scan.js';

/** The program `hatang` builds for `argv`, caught when it parses (main builds it inside), with what it printed. */
async function programFor(...argv: string[]): Promise<{ program: Command; stdout: string }> {
  const spy = vi.spyOn(Command.prototype, 'parseAsync');
  try {
    const { code, stdout } = await runCli(...argv);
    const program = spy.mock.contexts[0] as Command | undefined;
    if (code !== 0 || !program) throw new Error(`hatang ${argv.join(' ')}: exit ${code}, program ${program ? 'caught' : 'not caught'}`);
    return { program, stdout };
  } finally {
    spy.mockRestore();
  }
}

/** Every description the help of `cmd` prints, by where it is: the command's, its summary, its arguments and its options (hidden ones are not printed). */
function descriptions(cmd: Command): Map<string, string> {
  const out = new Map<string, string>();
  const add = (where: string, text: string) => void (text ? out.set(where, text) : undefined);
  add('description', cmd.description());
  add('summary', cmd.summary());
  for (const a of cmd.registeredArguments) add(`argument ${a.name()}`, a.description);
  for (const o of cmd.options) if (!o.hidden) add(`option ${o.flags}`, o.description);
  return out;
}

/** The root and every subcommand, by name. */
const commands = (program: Command): Map<string, Command> => new Map([['hatang', program], ...program.commands.map((c) => [c.name(), c] as const)]);

/** English words that must not be left in the Vietnamese help. */
const DENY = wordsRe([
  ...WORDS,
  ...['the', 'The', 'and', 'of', 'to', 'a', 'or', 'for', 'on', 'at', 'is', 'it', 'by', 'from', 'as', 'only', 'also', 'not', 'each'],
  ...['write', 'print', 'check', 'inventory', 'file', 'files', 'folder', 'report', 'runbook', 'runbooks', 'lock', 'with', 'when', 'default', 'output'],
  ...['language', 'messages', 'format', 'date', 'today', 'findings', 'finding', 'baseline', 'system', 'flows', 'prefixes', 'pools', 'repeatable'],
]);

/** The prose of a printed help: usage line, terms (command names, flags), placeholders, quoted values, code spans, paths
 * and file names removed. */
function prose(help: string): string {
  return help
    .replace(/^.*(Cách dùng|Usage):.*$/gm, '')
    .replace(/^ {2}\S.*?(?= {2,}|$)/gm, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^<>]*>/g, '')
    .replace(/"[^"\n]*"/g, '')
    .replace(/(?<![\p{L}\d])--?[a-zA-Z][\w-]*/gu, '')
    .replace(/[\w.@=-]*[/=][\w./@=-]*/g, '')
    .replace(/[\w-]*\.[a-z][\w.]*/g, '');
}

const words = (text: string): string[] => [...prose(text).matchAll(DENY)].map((m) => m[0]);
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const inVi = await programFor('--help');
const inEn = await programFor('--help', '--lang', 'en');
const names = [...commands(inVi.program).keys()];

describe('hatang --help in Vietnamese', () => {
  test('the program has its subcommands, the same under both languages', () => {
    expect(names).toEqual(expect.arrayContaining(['hatang', 'validate', 'build', 'plan', 'firewall']));
    expect([...commands(inEn.program).keys()]).toEqual(names);
  });

  test.each(names)('%s: every description it prints has a Vietnamese text', (name) => {
    const shown = descriptions(commands(inVi.program).get(name)!);
    const english = descriptions(commands(inEn.program).get(name)!);
    expect([...shown.keys()]).toEqual([...english.keys()]);
    const missing = [...english].filter(([where, text]) => inVietnamese(shown.get(where)!) === text).map(([where, text]) => `${where}: ${text}`);
    expect(missing).toEqual([]);
    const left = [...shown].flatMap(([where, text]) => words(inVietnamese(text)).map((w) => `${where}: «${w}» in ${inVietnamese(text)}`));
    expect(left).toEqual([]);
  });

  test.each(names)('%s --help: printed in Vietnamese, no English words', async (name) => {
    const argv = name === 'hatang' ? ['--help'] : [name, '--help'];
    const { code, stdout } = await runCli(...argv);
    expect(code).toBe(0);
    for (const text of descriptions(commands(inVi.program).get(name)!).values()) expect(flat(stdout)).toContain(flat(inVietnamese(text)));
    expect(words(stdout)).toEqual([]);
  });

  test.each(names)('%s --help --lang en: English, every description as registered', async (name) => {
    const argv = name === 'hatang' ? ['--help', '--lang', 'en'] : [name, '--help', '--lang', 'en'];
    const { code, stdout } = await runCli(...argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
    for (const text of descriptions(commands(inEn.program).get(name)!).values()) expect(flat(stdout)).toContain(flat(text));
    // The scan of the Vietnamese help would see English here: it is not blind.
    expect(words(stdout).length).toBeGreaterThan(0);
  });

  test('descriptions built with a value (the lock file name, the Chromium path) keep the value', () => {
    expect(inVietnamese('lock file (default: <dir>/x.lock.yaml)')).toBe('tệp khóa địa chỉ (mặc định: <dir>/x.lock.yaml)');
    expect(inVietnamese('Chromium executable for --pdf (default: /opt/c)')).toBe('tệp chạy Chromium dùng cho --pdf (mặc định: /opt/c)');
    expect(inVietnamese('no such description')).toBe('no such description');
  });
});
