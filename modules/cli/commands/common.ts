import { Option, type Command } from 'commander';

/** `[dir]`, `--format` and `--lang`, shared by the commands that read one inventory. */
export function commonOptions(cmd: Command, formats: readonly string[] = ['table', 'json']): Command {
  return cmd
    .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
    .addOption(new Option('--format <format>', 'output format').choices(formats as string[]).default(formats[0]))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'));
}
