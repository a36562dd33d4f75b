// `hatang plan`: allocate the address requests, keep and write the lock file, print the plan or the diff of two plans.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Option } from 'commander';
import {
  diffPlans, planAddresses, renderPlan, renderPlanDiff, serializeLock,
  type AddressPlan,
} from '../../addressing/index.js';
import { loadInventory, type Lang, type Model } from '../../model/index.js';
import { renderValidationText, validationReport } from '../../report/index.js';
import { EXIT, defaultInventory, type CliContext, type CommandRegistration, type CommonOptions } from '../context.js';
import type { ArtifactProducer } from '../artifacts.js';
import { LOCK_FILE, readAddressLock } from '../../addressing/index.js';
import { writeFileAtomic } from '../write.js';
import { commonOptions } from './common.js';

const run = promisify(execFile);


interface PlanCliOptions extends CommonOptions {
  readonly lock?: string;
  readonly frozen?: boolean;
  readonly release?: boolean;
  readonly write: boolean;
  readonly diff?: string;
  readonly asOf?: string;
}

type Loaded = { ok: true; model: Model; plan: AddressPlan; lockPath: string; lockText?: string } | { ok: false; exit: number };

/** Loads an inventory and its lock, and plans; reports problems itself and says which exit code they mean. */
async function loadAndPlan(cli: CliContext, path: string, options: PlanCliOptions, lockPath: string): Promise<Loaded> {
  const result = await loadInventory(path);
  if (!result.model) {
    cli.io.stderr(renderValidationText(validationReport(path, result, [], cli.version), result, options.lang));
    return { ok: false, exit: EXIT.invalid };
  }
  const read = await readAddressLock(lockPath, result.model);
  if (read.diagnostics.length > 0) {
    for (const d of read.diagnostics) cli.io.stderr(`${d.location!.file}:${d.location!.line}:${d.location!.column}: error [lock-file] ${d.message[options.lang]}\n`);
    return { ok: false, exit: EXIT.invalid };
  }
  const lock = read.lock;
  const lockText = read.text;
  const plan = planAddresses(result.model, lock, {
    locate: result.locate,
    ...(options.release ? { release: true } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  return { ok: true, model: result.model, plan, lockPath, ...(lockText !== undefined ? { lockText } : {}) };
}

/** Copies the inventory folder as it was at a git revision into a temporary folder (read-only git commands). */
async function checkoutAt(ref: string, dir: string): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const abs = resolve(dir);
  const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: abs })).stdout.trim();
  const rel = relative(top, abs).split('\\').join('/');
  const listed = (await run('git', ['ls-tree', '-r', '--name-only', ref, '--', rel || '.'], { cwd: top, maxBuffer: 64 * 1024 * 1024 })).stdout
    .split('\n').filter((f) => f !== '');
  const temp = await mkdtemp(join(tmpdir(), 'hatang-diff-'));
  const root = join(temp, rel ? rel.split('/').pop()! : 'inventory');
  for (const file of listed) {
    const inside = rel ? file.slice(rel.length + 1) : file;
    const content = (await run('git', ['show', `${ref}:${file}`], { cwd: top, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })).stdout;
    await mkdir(dirname(join(root, inside)), { recursive: true });
    await writeFile(join(root, inside), content);
  }
  if (listed.length === 0) await mkdir(root, { recursive: true });
  return { path: root, cleanup: () => rm(temp, { recursive: true, force: true }) };
}

export const registerPlan: CommandRegistration = (program, cli) => {
  commonOptions(program.command('plan'), ['table', 'json', 'csv'])
    .description('plan addresses: allocate size requests, keep the lock file, print pools, utilisation and every prefix')
    .option('--lock <file>', `lock file (default: <dir>/${LOCK_FILE})`)
    .option('--frozen', 'never write the lock; exit 1 when it would change (for CI)')
    .option('--release', 'drop lock entries whose request is gone or changed, so that their prefixes can be reused')
    .option('--no-write', 'plan without writing the lock file')
    .option('--diff <git-ref|folder>', 'list prefixes and flows added, removed or changed since a git revision or another inventory folder')
    .addOption(new Option('--as-of <date>', 'date for age checks such as the yearly review of TSLCD pools (YYYY-MM-DD)'))
    .action(async (dir: string | undefined, options: PlanCliOptions) => {
      const lang: Lang = options.lang;
      const path = dir ?? defaultInventory();
      if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
        cli.io.stderr(lang === 'vi' ? `hatang: --as-of cần dạng YYYY-MM-DD, nhận "${options.asOf}".\n` : `hatang: --as-of needs YYYY-MM-DD, got "${options.asOf}".\n`);
        return cli.setExit(EXIT.invalid);
      }
      const format = options.format as 'table' | 'json' | 'csv';

      if (options.diff !== undefined) {
        let beforePath = options.diff;
        let cleanup = async () => {};
        const isFolder = await stat(options.diff).then((s) => s.isDirectory(), () => false);
        if (!isFolder) {
          try {
            const copy = await checkoutAt(options.diff, path);
            beforePath = copy.path;
            cleanup = copy.cleanup;
          } catch (error) {
            const reason = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
            cli.io.stderr(lang === 'vi'
              ? `hatang: "${options.diff}" không phải thư mục hay phiên bản git đọc được: ${reason}\n`
              : `hatang: "${options.diff}" is neither a folder nor a readable git revision: ${reason}\n`);
            return cli.setExit(EXIT.invalid);
          }
        }
        try {
          const before = await loadAndPlan(cli, beforePath, { ...options, release: false }, join(beforePath, LOCK_FILE));
          if (!before.ok) return cli.setExit(before.exit);
          const after = await loadAndPlan(cli, path, options, options.lock ?? join(path, LOCK_FILE));
          if (!after.ok) return cli.setExit(after.exit);
          cli.io.stdout(renderPlanDiff(diffPlans(before, after), format, lang, options.diff, path));
          return cli.setExit(EXIT.ok);
        } finally {
          await cleanup();
        }
      }

      const lockPath = options.lock ?? join(path, LOCK_FILE);
      const loaded = await loadAndPlan(cli, path, options, lockPath);
      if (!loaded.ok) return cli.setExit(loaded.exit);
      const { plan } = loaded;
      const text = serializeLock(plan.lock);
      const differs = loaded.lockText !== text;
      cli.io.stdout(renderPlan(plan, format, lang, path));
      if (options.frozen) {
        if (differs) {
          cli.io.stderr(lang === 'vi'
            ? `✖ ${lockPath} chưa cập nhật theo inventory (--frozen); chạy "hatang plan" rồi commit tệp khóa.\n`
            : `✖ ${lockPath} is out of date with the inventory (--frozen); run "hatang plan" and commit the lock file.\n`);
          return cli.setExit(EXIT.findings);
        }
      } else if (options.write && differs) {
        await writeFileAtomic(lockPath, text);
        cli.io.stderr(lang === 'vi' ? `Đã ghi ${lockPath}\n` : `Wrote ${lockPath}\n`);
      }
      const failing = plan.findings.some((f) => f.status === 'fail' && f.severity === 'error');
      cli.setExit(failing ? EXIT.findings : EXIT.ok);
    });
};

/** `hatang build` writes the plan as `addressing/plan.json` and `addressing/plan.csv`, planned with the committed lock. */
export const planArtifacts: ArtifactProducer = async (input) => {
  const plan = planAddresses(input.model, input.addressLock, { locate: input.result.locate });
  return [
    { path: 'addressing/plan.json', content: renderPlan(plan, 'json', input.options.lang, input.path) },
    { path: 'addressing/plan.csv', content: renderPlan(plan, 'csv', input.options.lang, input.path) },
  ];
};
