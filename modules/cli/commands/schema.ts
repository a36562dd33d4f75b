// `hatang schema`: print the JSON Schema of the inventory files, or write it to a file, for editors.
import { Option } from 'commander';
import type { SchemaCliOptions } from '../actions/schema.js';
import type { CommandRegistration } from '../context.js';

export const registerSchema: CommandRegistration = (program, cli) => {
  program
    .command('schema')
    .description('print the JSON Schema of the inventory files (for editors that check YAML as you type), or write it atomically to a file')
    .option('--out <file>', 'write the schema to this file instead of stdout')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (options: SchemaCliOptions) => {
      const { runSchema } = await import('../actions/schema.js');
      await runSchema(cli, options);
    });
};
