// `hatang init`: the action, loaded only when the command runs (modules/cli/commands/init.ts registers it). The files
// come from modules/init; this writes them, each atomically, into a folder that is new or empty (or with --force).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateInventory, provinceForInit, slugOf } from '../../init/index.js';
import { msgIn, type Lang } from '../../model/index.js';
import type { Level } from '../../rules/index.js';
import { EXIT, type CliContext } from '../context.js';
import { writeFileAtomic } from '../write.js';

export interface InitCliOptions {
  readonly level: string;
  readonly dr?: boolean;
  readonly out?: string;
  readonly force?: boolean;
  readonly lang: Lang;
}

/** The entries of a folder, or undefined when it does not exist (a file in the way fails on writing). */
async function entriesOf(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch {
    return undefined;
  }
}

export async function runInit(cli: CliContext, code: string, options: InitCliOptions): Promise<void> {
  const lang = options.lang;
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const found = provinceForInit(code.trim());
  if ('error' in found) {
    cli.io.stderr(`hatang: init <code> "${code}": ${found.error[lang]}\n`);
    cli.setExit(EXIT.invalid);
    return;
  }
  const level = Number(options.level) as Level;
  const out = options.out ?? join('inventory', slugOf(found.province.name));
  const existing = await entriesOf(out);
  if (existing !== undefined && existing.length > 0 && options.force !== true) {
    cli.io.stderr(
      say(
        `hatang: init --out "${out}": thư mục đã có ${existing.length} mục; chọn thư mục khác hoặc thêm --force để ghi đè các tệp cùng tên.\n`,
        `hatang: init --out "${out}": the folder already holds ${existing.length} entries; choose another folder or add --force to replace files of the same name.\n`,
      ),
    );
    cli.setExit(EXIT.invalid);
    return;
  }
  const files = generateInventory({ province: found.province, level, dr: options.dr === true });
  for (const f of files) await writeFileAtomic(join(out, f.path), f.text);
  cli.io.stdout(
    say(
      `Đã ghi ${msgIn(lang, 'count.files', { n: files.length })} vào ${out} (cấp độ ${level}). Bước tiếp theo: điền các dòng đánh dấu TODO, chạy "hatang plan ${out} --write-lock" để cấp dải địa chỉ, rồi "hatang validate ${out}".\n`,
      `Wrote ${msgIn(lang, 'count.files', { n: files.length })} to ${out} (level ${level}). Next: fill in the lines marked TODO, run "hatang plan ${out} --write-lock" to allocate the address requests, then "hatang validate ${out}".\n`,
    ),
  );
  cli.setExit(EXIT.ok);
}
