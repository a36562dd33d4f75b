import { Option, type Command } from 'commander';

/** What the `[dir]` argument of every command that reads one inventory says (docs/cli.md, the inventory folder). */
export const DIR_ARGUMENT =
  'inventory folder of one province (default: the folder hatang.yaml names; in a checkout of hatang, the bundled Quảng Ngãi inventory)';

/** `[dir]`, `--format` and `--lang`, shared by the commands that read one inventory. */
export function commonOptions(cmd: Command, formats: readonly string[] = ['table', 'json']): Command {
  return cmd
    .argument('[dir]', DIR_ARGUMENT)
    .addOption(new Option('--format <format>', 'output format').choices(formats as string[]).default(formats[0]))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'));
}
