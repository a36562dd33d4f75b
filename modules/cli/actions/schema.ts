// `hatang schema`: the action, loaded only when the command runs (modules/cli/commands/schema.ts registers it).
// The schema is the file the package ships (inventory/schema/inventory.schema.json, `hatang/schema` in its
// exports), printed as it is, so that an editor pointed at either sees the same schema.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../model/index.js';
import { EXIT, type CliContext } from '../context.js';
import { writeFileAtomic } from '../write.js';

export interface SchemaCliOptions {
  readonly out?: string;
  readonly lang: Lang;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The shipped schema, from the sources (modules/cli/actions) or from the compiled module (dist/modules/cli/actions). */
export function schemaPath(): string {
  const candidates = [resolve(here, '..', '..', '..'), resolve(here, '..', '..', '..', '..')].map((root) =>
    resolve(root, 'inventory', 'schema', 'inventory.schema.json'),
  );
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

export async function runSchema(cli: CliContext, options: SchemaCliOptions): Promise<void> {
  const content = await readFile(schemaPath(), 'utf8');
  if (options.out === undefined) {
    cli.io.stdout(content);
    return cli.setExit(EXIT.ok);
  }
  await writeFileAtomic(options.out, content);
  cli.io.stderr(`${options.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${options.out}\n`);
  cli.setExit(EXIT.ok);
}
