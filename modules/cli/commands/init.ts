import { Option } from 'commander';
import type { InitCliOptions } from '../actions/init.js';
import type { CommandRegistration } from '../context.js';

export const registerInit: CommandRegistration = (program, cli) => {
  program
    .command('init')
    .argument('<code>', 'two-digit code of the province or centrally-governed city (QĐ 19/2025/QĐ-TTg), e.g. 48')
    .description('write a starting inventory of one province: the minimum design of a security level, its communes and wards, TODO marks for what to fill in')
    .addOption(new Option('--level <n>', 'security level of the example system and of the minimum design').choices(['1', '2', '3', '4', '5']).default('3'))
    .option('--dr', 'add a DR site that mirrors the primary one (always added at level 5)')
    .option('--out <dir>', 'folder to write (default: inventory/<province name without diacritics>)')
    .option('--force', 'write into a folder that already holds files (files of the same name are replaced)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (code: string, options: InitCliOptions) => {
      const { runInit } = await import('../actions/init.js');
      await runInit(cli, code, options);
    });
};
